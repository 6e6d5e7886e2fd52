package id.go.netra.reporting;

import java.time.LocalDate;
import java.util.Arrays;
import java.util.List;

import org.springframework.format.annotation.DateTimeFormat;

/** An agency's report as the form sends it: flat fields, links one per line. */
record AgencyReportForm(ReportKind kind, String nip, String nik, String name, String employer, String position,
		@DateTimeFormat(iso = DateTimeFormat.ISO.DATE) LocalDate date, String regionCode, String description,
		String links) implements java.io.Serializable {

	static AgencyReportForm empty() {
		return new AgencyReportForm(null, null, null, null, null, null, null, null, null, null);
	}

	/** The agency is the reporter, so there is no reporter block; consent is the agency's duty, not a tick. */
	ReportSubmission submission() {
		return new ReportSubmission(new ReportSubmission.Reported(nip, nik, name, employer, position),
				new ReportSubmission.Incident(date, regionCode, description, linkList()), null, true);
	}

	private List<String> linkList() {
		return links == null ? List.of()
				: Arrays.stream(links.split("\\R")).map(String::trim).filter(line -> !line.isEmpty()).toList();
	}
}
