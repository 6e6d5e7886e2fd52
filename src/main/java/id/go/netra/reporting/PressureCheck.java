package id.go.netra.reporting;

import java.time.LocalDate;

import id.go.netra.InvalidInput;
import id.go.netra.catalog.Regions;
import id.go.netra.personnel.Nip;

/**
 * Checks a pressure report on top of the intake's own check: the relation is given, a candidate or a campaign team
 * has no NIP, and the ASN who reports is never the one reported.
 */
final class PressureCheck {

	private PressureCheck() {
	}

	static PressureSubmission.Checked check(PressureSubmission submission, Regions regions, LocalDate today) {
		InvalidInput.Collector problems = new InvalidInput.Collector();
		PressureSubmission given = submission == null ? new PressureSubmission(null, null, null, null) : submission;
		PressureSubmission.PressedBy by = given.pressedBy() == null
				? new PressureSubmission.PressedBy(null, null, null, null, null) : given.pressedBy();
		PressureSubmission.PressureReporter reporter = given.reporter() == null
				? new PressureSubmission.PressureReporter(true, null, null, null, null) : given.reporter();
		if (by.relation() == null) {
			problems.reject("pressedBy.relation", "validation.required");
		}
		else if (!by.relation().civilServant() && SubmissionCheck.blankToNull(by.nip()) != null) {
			problems.reject("pressedBy.nip", "pressure.nip.notAnAsn");
		}
		boolean named = Boolean.FALSE.equals(reporter.anonymous());
		String reporterNip = named ? SubmissionCheck.blankToNull(reporter.nip()) : null;
		Nip checkedReporterNip = reporterNip == null ? null
				: problems.check("reporter.nip", () -> Nip.of(reporterNip));
		String presserNip = SubmissionCheck.blankToNull(by.nip());
		if (checkedReporterNip != null && presserNip != null && presserNip.equals(checkedReporterNip.value())) {
			problems.reject("pressedBy.nip", "pressure.nip.self");
		}
		ReportSubmission report = new ReportSubmission(
				new ReportSubmission.Reported(presserNip, null, by.name(), by.employer(), by.position()),
				given.pressure() == null ? null
						: new ReportSubmission.Incident(given.pressure().date(), given.pressure().regionCode(),
								given.pressure().description(), given.pressure().links()),
				new ReportSubmission.Reporter(reporter.anonymous(), reporter.name(), reporter.email(), reporter.phone()),
				given.consent());
		ReportSubmission checked;
		try {
			checked = SubmissionCheck.check(report, true, regions, today);
		}
		catch (InvalidInput refused) {
			// the intake names its fields after a report; the page and API name them after the pressure
			refused.problems()
				.forEach(p -> problems.reject(p.field().replace("reported.", "pressedBy.").replace("incident.", "pressure."),
						p.messageCode(), p.arguments()));
			throw problems.refusal();
		}
		problems.throwIfAny();
		return new PressureSubmission.Checked(checked, checkedReporterNip == null ? null : checkedReporterNip.value());
	}
}
