package id.go.netra.reporting;

import java.net.URI;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.regex.Pattern;

import id.go.netra.InvalidInput;
import id.go.netra.catalog.Regions;
import id.go.netra.personnel.Nik;
import id.go.netra.personnel.Nip;

/**
 * Checks a submission field by field and returns it cleaned (trimmed, contacts dropped when anonymous), or
 * refuses it listing every wrong field. NIP and NIK are checked for structure only: a report about someone
 * the registry does not know is still accepted, as identity unresolved.
 */
final class SubmissionCheck {

	static final int MAX_LINKS = 10;
	static final int MIN_DESCRIPTION = 20;
	private static final Pattern EMAIL = Pattern.compile("[^@\\s]{1,64}@[^@\\s]+\\.[^@\\s]{2,}");
	private static final Pattern PHONE = Pattern.compile("\\+?[0-9][0-9 -]{6,18}[0-9]");

	private SubmissionCheck() {
	}

	static ReportSubmission check(ReportSubmission submission, boolean publicReporter, Regions regions,
			LocalDate today) {
		InvalidInput.Collector problems = new InvalidInput.Collector();
		if (submission == null) {
			problems.reject("incident.description", "validation.required").throwIfAny();
		}
		ReportSubmission.Reported reported = reported(submission.reported(), problems);
		ReportSubmission.Incident incident = incident(submission.incident(), regions, today, problems);
		ReportSubmission.Reporter reporter = publicReporter ? reporter(submission.reporter(), problems)
				: new ReportSubmission.Reporter(false, null, null, null);
		if (publicReporter && !Boolean.TRUE.equals(submission.consent())) {
			problems.reject("consent", "reporting.consent.required");
		}
		problems.throwIfAny();
		return new ReportSubmission(reported, incident, reporter, Boolean.TRUE.equals(submission.consent()));
	}

	private static ReportSubmission.Reported reported(ReportSubmission.Reported given,
			InvalidInput.Collector problems) {
		ReportSubmission.Reported reported = given == null
				? new ReportSubmission.Reported(null, null, null, null, null) : given;
		String nip = blankToNull(reported.nip());
		String nik = blankToNull(reported.nik());
		Nip checkedNip = nip == null ? null : problems.check("reported.nip", () -> Nip.of(nip));
		Nik checkedNik = nik == null ? null : problems.check("reported.nik", () -> Nik.of(nik));
		String name = text(reported.name(), 200, "reported.name", problems);
		if (nip == null && nik == null && name == null) {
			problems.reject("reported.name", "reporting.reported.someone");
		}
		return new ReportSubmission.Reported(checkedNip == null ? null : checkedNip.value(),
				checkedNik == null ? null : checkedNik.value(), name,
				text(reported.employer(), 200, "reported.employer", problems),
				text(reported.position(), 200, "reported.position", problems));
	}

	private static ReportSubmission.Incident incident(ReportSubmission.Incident given, Regions regions,
			LocalDate today, InvalidInput.Collector problems) {
		ReportSubmission.Incident incident = given == null ? new ReportSubmission.Incident(null, null, null, null)
				: given;
		if (incident.date() == null) {
			problems.reject("incident.date", "validation.required");
		}
		else if (incident.date().isAfter(today)) {
			problems.reject("incident.date", "reporting.incident.future");
		}
		else if (incident.date().isBefore(today.minusYears(5))) {
			problems.reject("incident.date", "reporting.incident.tooOld");
		}
		String region = blankToNull(incident.regionCode());
		if (region == null) {
			problems.reject("incident.regionCode", "validation.required");
		}
		else if (!regions.exists(region)) {
			problems.reject("incident.regionCode", "reporting.incident.region", region);
		}
		String description = text(incident.description(), 8000, "incident.description", problems);
		if (description == null) {
			problems.reject("incident.description", "validation.required");
		}
		else if (description.length() < MIN_DESCRIPTION) {
			problems.reject("incident.description", "reporting.incident.shortDescription", MIN_DESCRIPTION);
		}
		return new ReportSubmission.Incident(incident.date(), region, description, links(incident.links(), problems));
	}

	static List<String> links(List<String> given, InvalidInput.Collector problems) {
		List<String> links = new ArrayList<>();
		if (given == null) {
			return links;
		}
		if (given.size() > MAX_LINKS) {
			problems.reject("incident.links", "reporting.links.tooMany", MAX_LINKS);
			return links;
		}
		for (String link : given) {
			String trimmed = blankToNull(link);
			if (trimmed == null) {
				continue;
			}
			if (trimmed.length() > 2000 || !isWebAddress(trimmed)) {
				problems.reject("incident.links", "reporting.links.invalid", trimmed.length() > 80
						? trimmed.substring(0, 80) + "..." : trimmed);
			}
			else {
				links.add(trimmed);
			}
		}
		return links;
	}

	private static ReportSubmission.Reporter reporter(ReportSubmission.Reporter given,
			InvalidInput.Collector problems) {
		boolean notify = given != null && Boolean.TRUE.equals(given.notifyOnStageChange());
		if (given == null || !Boolean.FALSE.equals(given.anonymous())) {
			if (notify) {
				// the notice needs an address, which an anonymous report does not keep
				problems.reject("reporter.notifyOnStageChange", "reporting.reporter.notify.anonymous");
			}
			// anonymous unless the reporter says otherwise: nothing that could identify them is kept
			return new ReportSubmission.Reporter(true, null, null, null);
		}
		String name = text(given.name(), 200, "reporter.name", problems);
		String email = text(given.email(), 200, "reporter.email", problems);
		String phone = text(given.phone(), 40, "reporter.phone", problems);
		if (name == null) {
			problems.reject("reporter.name", "validation.required");
		}
		if (email == null && phone == null) {
			problems.reject("reporter.email", "reporting.reporter.contact");
		}
		if (email != null && !EMAIL.matcher(email).matches()) {
			problems.reject("reporter.email", "reporting.reporter.email");
		}
		if (phone != null && !PHONE.matcher(phone).matches()) {
			problems.reject("reporter.phone", "reporting.reporter.phone");
		}
		if (notify && email == null) {
			problems.reject("reporter.notifyOnStageChange", "reporting.reporter.notify.email");
		}
		String nip = blankToNull(given.nip());
		Nip ownNip = nip == null ? null : problems.check("reporter.nip", () -> Nip.of(nip));
		return new ReportSubmission.Reporter(false, name, email, phone, notify, ownNip == null ? null : ownNip.value());
	}

	private static String text(String value, int max, String field, InvalidInput.Collector problems) {
		String trimmed = blankToNull(value);
		if (trimmed != null && trimmed.length() > max) {
			problems.reject(field, "validation.tooLongMax", max);
			return null;
		}
		return trimmed;
	}

	private static boolean isWebAddress(String text) {
		try {
			URI uri = new URI(text);
			return ("https".equalsIgnoreCase(uri.getScheme()) || "http".equalsIgnoreCase(uri.getScheme()))
					&& uri.getHost() != null;
		}
		catch (java.net.URISyntaxException e) {
			return false;
		}
	}

	static String blankToNull(String value) {
		return value == null || value.isBlank() ? null : value.trim();
	}
}
