package id.go.netra.fostering;

import java.util.List;
import java.util.UUID;

/**
 * The reminder form as the page sends it: {@code phase} is "ELECTION|PHASE" from one grouped select, the offset as
 * typed (blank sends today). Kept as typed, so a refused form comes back as the sender left it.
 */
record ReminderForm(String phase, String templateId, String subject, String body, String subjectEn, String bodyEn,
		String employerCode, List<String> classes, List<String> types, String offsetDays) {

	static ReminderForm empty() {
		return new ReminderForm(null, null, null, null, null, null, null, List.of(), List.of(), null);
	}

	ReminderForm {
		classes = classes == null ? List.of() : List.copyOf(classes);
		types = types == null ? List.of() : List.copyOf(types);
	}

	Reminders.ReminderDraft toDraft() {
		String[] parts = phase == null ? new String[0] : phase.split("\\|", 2);
		return new Reminders.ReminderDraft(parts.length > 0 ? parts[0] : null, parts.length > 1 ? parts[1] : null, uuid(),
				subject, body, subjectEn, bodyEn, employerCode, classes, types, offset());
	}

	private UUID uuid() {
		try {
			return templateId == null || templateId.isBlank() ? null : UUID.fromString(templateId.trim());
		}
		catch (IllegalArgumentException notAnId) {
			return null;
		}
	}

	/** A number of days; anything else is taken as "today", which the page shows back before anything is sent. */
	private Integer offset() {
		try {
			return offsetDays == null || offsetDays.isBlank() ? null : Integer.valueOf(offsetDays.trim());
		}
		catch (NumberFormatException notANumber) {
			return null;
		}
	}
}
