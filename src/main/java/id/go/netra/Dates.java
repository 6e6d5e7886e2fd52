package id.go.netra;

import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalTime;
import java.time.ZoneId;
import java.time.ZonedDateTime;
import java.time.format.DateTimeFormatter;
import java.util.Locale;

/**
 * Dates and times as a person reads them, in Jakarta time (WIB), where the agencies sit and legal deadlines run:
 * "9 Desember 2026" in Bahasa Indonesia, "9 December 2026" in English. The Indonesian months are spelled out
 * here rather than taken from the runtime's locale data, so a page and a letter read the same whatever JDK
 * renders them.
 */
public final class Dates {

	public static final ZoneId ZONE = ZoneId.of("Asia/Jakarta");

	private static final String[] MONTHS = { "Januari", "Februari", "Maret", "April", "Mei", "Juni", "Juli",
			"Agustus", "September", "Oktober", "November", "Desember" };

	private static final DateTimeFormatter ENGLISH_DAY = DateTimeFormatter.ofPattern("d MMMM yyyy", Locale.ENGLISH);

	private static final DateTimeFormatter INDONESIAN_TIME = DateTimeFormatter.ofPattern("HH.mm");

	private static final DateTimeFormatter ENGLISH_TIME = DateTimeFormatter.ofPattern("HH:mm");

	private Dates() {
	}

	/** "9 Desember 2026", or "9 December 2026" in English. */
	public static String day(LocalDate date, Locale locale) {
		if (english(locale)) {
			return ENGLISH_DAY.format(date);
		}
		return date.getDayOfMonth() + " " + MONTHS[date.getMonthValue() - 1] + " " + date.getYear();
	}

	/** "9 Desember 2026, 14.05" (Indonesian writes the time with a dot), or "9 December 2026, 14:05"; WIB. */
	public static String dateTime(Instant at, Locale locale) {
		ZonedDateTime jakarta = at.atZone(ZONE);
		return day(jakarta.toLocalDate(), locale) + ", "
				+ (english(locale) ? ENGLISH_TIME : INDONESIAN_TIME).format(jakarta);
	}

	/**
	 * The last day on which a deadline can still be met. Day-counted deadlines are kept as the midnight that
	 * follows their last day, which a person would misread as one day more; a deadline at any other time (a drill
	 * of minutes) falls on its own day.
	 */
	public static LocalDate lastDay(Instant deadline) {
		ZonedDateTime jakarta = deadline.atZone(ZONE);
		return jakarta.toLocalTime().equals(LocalTime.MIDNIGHT) ? jakarta.toLocalDate().minusDays(1)
				: jakarta.toLocalDate();
	}

	/** A deadline as its last day ("9 Desember 2026"), with its time only when it does not end at midnight. */
	public static String deadline(Instant deadline, Locale locale) {
		ZonedDateTime jakarta = deadline.atZone(ZONE);
		return jakarta.toLocalTime().equals(LocalTime.MIDNIGHT) ? day(lastDay(deadline), locale)
				: dateTime(deadline, locale) + " WIB";
	}

	private static boolean english(Locale locale) {
		return "en".equals(locale.getLanguage());
	}
}
