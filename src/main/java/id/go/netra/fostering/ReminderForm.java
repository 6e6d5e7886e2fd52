package id.go.netra.fostering;

import java.util.EnumSet;
import java.util.List;
import java.util.Set;
import java.util.UUID;

import id.go.netra.personnel.EmploymentType;
import id.go.netra.personnel.PositionClass;

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
				subject, body, subjectEn, bodyEn, employerCode, positionClasses(), employmentTypes(), offset());
	}

	Set<PositionClass> positionClasses() {
		return chosen(PositionClass.class, classes);
	}

	Set<EmploymentType> employmentTypes() {
		return chosen(EmploymentType.class, types);
	}

	/** The ticked boxes that name a value; anything else a browser sends is left out. */
	private static <E extends Enum<E>> Set<E> chosen(Class<E> type, List<String> ticked) {
		Set<E> chosen = EnumSet.noneOf(type);
		for (E value : type.getEnumConstants()) {
			if (ticked.contains(value.name())) {
				chosen.add(value);
			}
		}
		return chosen;
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
