package id.go.netra.fostering;

import java.time.Instant;
import java.util.UUID;

/**
 * A reminder's wording for one election phase, with the placeholders of {@link ReminderText}; Indonesian, with an
 * English variant where the writer gives one. {@code shared}: BKN's, offered to every PPK; otherwise only the owner's.
 */
record ReminderTemplate(UUID id, String ownerAgency, boolean shared, String phaseCode, String title, String subject,
		String body, String subjectEn, String bodyEn, String updatedBy, Instant updatedAt) {

	/** A template as its writer enters it. */
	record TemplateDraft(String phaseCode, String title, String subject, String body, String subjectEn, String bodyEn) {
	}
}
