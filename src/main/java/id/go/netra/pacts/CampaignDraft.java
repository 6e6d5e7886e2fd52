package id.go.netra.pacts;

import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import java.util.List;

import id.go.netra.InvalidInput;

/**
 * What a campaign's opener asks for, checked field by field: a title, an election from the calendar (checked by
 * {@link Campaigns}), a deadline not before today, and optionally the pact's own wording (else the shipped template)
 * and, for a cascade, the employers or kinds of employer it reaches.
 */
record CampaignDraft(String title, String election, LocalDate deadline, String text, String legalBasis,
		List<String> employers, List<String> employerKinds) {

	static final int MAX_TEXT = 20000;

	/** Parses and checks what a form or a JSON body gave; refuses with every field's problem at once. */
	static CampaignDraft of(String title, String election, String deadline, String text, String legalBasis,
			List<String> employers, List<String> employerKinds, LocalDate today) {
		InvalidInput.Collector problems = new InvalidInput.Collector();
		if (title == null || title.isBlank()) {
			problems.reject("title", "pacts.campaign.titleRequired");
		}
		else if (title.strip().length() > 300) {
			problems.reject("title", "validation.tooLongMax", 300);
		}
		if (election == null || election.isBlank()) {
			problems.reject("election", "pacts.campaign.electionRequired");
		}
		LocalDate due = null;
		if (deadline == null || deadline.isBlank()) {
			problems.reject("deadline", "pacts.campaign.deadlineRequired");
		}
		else {
			try {
				due = LocalDate.parse(deadline.strip());
				if (due.isBefore(today)) {
					problems.reject("deadline", "pacts.campaign.deadlinePast");
				}
			}
			catch (DateTimeParseException e) {
				problems.reject("deadline", "pacts.campaign.deadlineFormat");
			}
		}
		if (text != null && text.strip().length() > MAX_TEXT) {
			problems.reject("text", "validation.tooLongMax", MAX_TEXT);
		}
		if (legalBasis != null && legalBasis.strip().length() > 4000) {
			problems.reject("legalBasis", "validation.tooLongMax", 4000);
		}
		problems.throwIfAny();
		return new CampaignDraft(title.strip(), election.strip(), due, blankToNull(text), blankToNull(legalBasis),
				employers == null ? List.of() : employers, employerKinds == null ? List.of() : employerKinds);
	}

	private static String blankToNull(String value) {
		return value == null || value.isBlank() ? null : value.strip();
	}
}
