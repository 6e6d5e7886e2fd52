package id.go.netra.casework;

import java.time.LocalDateTime;
import java.time.format.DateTimeFormatter;
import java.time.format.DateTimeParseException;
import java.util.Arrays;
import java.util.Locale;
import java.util.Map;

import org.springframework.context.MessageSource;

import id.go.netra.Dates;

/**
 * A history note as a person reads it. Some transitions write a code or a stamp into their note: a reject reason
 * ("NOT_AN_ASN: ..."), the sanction imposed ("BERAT-TURUN-JABATAN, 800/12-BKD/2026"), the deadline that passed
 * ("tenggat 2026-12-10 00:00 WIB"). The API and the audit trail keep them as written; the page puts words in
 * their place, in the reader's language.
 */
final class HistoryNotes {

	/** How {@link Case#markOverdue} stamps the deadline that passed. */
	private static final String PASSED_PREFIX = "tenggat ";

	private static final DateTimeFormatter PASSED = DateTimeFormatter.ofPattern("yyyy-MM-dd HH:mm 'WIB'");

	private HistoryNotes() {
	}

	/** @param sanctionNames the sanction catalogue's names by code, in the reader's language */
	static String shown(CaseDetails.HistoryView h, Map<String, String> sanctionNames, MessageSource messages,
			Locale locale) {
		String note = h.note();
		if (note == null) {
			return null;
		}
		return switch (h.transition()) {
			case REJECTED -> Arrays.stream(RejectReason.values())
				.filter(r -> note.equals(r.name()) || note.startsWith(r.name() + ": "))
				.findFirst()
				.map(r -> messages.getMessage("case.closing." + r.name(), null, locale)
						+ note.substring(r.name().length()))
				.orElse(note);
			case FOLLOW_UP_RECORDED, FOLLOW_UP_NOT_IN_ACCORDANCE -> {
				int comma = note.indexOf(", ");
				String code = comma < 0 ? note : note.substring(0, comma);
				String name = sanctionNames.get(code);
				yield name == null ? note : name + note.substring(code.length());
			}
			case DEADLINE_PASSED -> passed(note, messages, locale);
			default -> note;
		};
	}

	private static String passed(String note, MessageSource messages, Locale locale) {
		if (!note.startsWith(PASSED_PREFIX)) {
			return note;
		}
		try {
			LocalDateTime deadline = LocalDateTime.parse(note.substring(PASSED_PREFIX.length()), PASSED);
			return messages.getMessage("case.history.deadlineWas",
					new Object[] { Dates.deadline(deadline.atZone(Dates.ZONE).toInstant(), locale) }, locale);
		}
		catch (DateTimeParseException notAStamp) {
			return note;
		}
	}
}
