package id.go.netra.catalog;

import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZonedDateTime;
import java.time.format.DateTimeParseException;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * A time limit as the settings write it, the one parser for all of them: {@code 7d} (calendar days),
 * {@code 3wd} (working days on the {@link BusinessCalendar}) or an exact ISO-8601 duration such as {@code PT20S}
 * for drills and tests. It is counted two ways:
 * <ul>
 * <li>{@link #deadlineFrom}: a stage deadline, which ends at midnight (Jakarta) after its last day: a report
 * received on Monday with {@code 7d} may be verified until the end of the following Monday;</li>
 * <li>{@link #after}: an interval between two acts, which keeps the time of day: a warning sent on Monday at
 * 09:00 with {@code 5wd} is followed by the reprimand on the fifth working day after, at 09:00.</li>
 * </ul>
 *
 * @param days the number of days, when not {@code exact}
 * @param workingDays whether {@code days} are working days
 * @param exact the exact duration, or null for a day count
 */
public record TimeLimit(int days, boolean workingDays, Duration exact) {

	private static final Pattern DAYS = Pattern.compile("(\\d{1,3})(wd|d)");

	/** A stage's time limit: must be longer than nothing. */
	public static TimeLimit ofStage(String text) {
		TimeLimit limit = parse(text);
		if (limit.isZero()) {
			throw new IllegalArgumentException("a stage's time limit must be positive: " + text);
		}
		return limit;
	}

	/** An interval between two acts; zero is allowed (the next act follows at once). */
	public static TimeLimit parse(String text) {
		String value = text == null ? "" : text.trim();
		Matcher days = DAYS.matcher(value);
		if (days.matches()) {
			return new TimeLimit(Integer.parseInt(days.group(1)), days.group(2).equals("wd"), null);
		}
		try {
			Duration exact = Duration.parse(value);
			if (exact.isNegative()) {
				throw new IllegalArgumentException("a time limit cannot be negative: " + text);
			}
			return new TimeLimit(0, false, exact);
		}
		catch (DateTimeParseException e) {
			throw new IllegalArgumentException(
					"not a time limit: '" + text + "' (write 7d, 3wd, 0wd or an ISO-8601 duration such as PT20S)", e);
		}
	}

	public boolean isZero() {
		return exact != null ? exact.isZero() : days == 0;
	}

	/** The deadline of a stage entered at {@code start}: midnight after its last day, or start plus the exact duration. */
	public Instant deadlineFrom(Instant start, BusinessCalendar calendar) {
		if (exact != null) {
			return start.plus(exact);
		}
		LocalDate startDay = start.atZone(BusinessCalendar.ZONE).toLocalDate();
		return lastDay(startDay, calendar).plusDays(1).atStartOfDay(BusinessCalendar.ZONE).toInstant();
	}

	/** The moment this interval after {@code previous}, at the same time of day when counted in days. */
	public Instant after(Instant previous, BusinessCalendar calendar) {
		if (exact != null) {
			return previous.plus(exact);
		}
		if (days == 0) {
			return previous;
		}
		ZonedDateTime at = previous.atZone(BusinessCalendar.ZONE);
		return lastDay(at.toLocalDate(), calendar).atTime(at.toLocalTime()).atZone(BusinessCalendar.ZONE).toInstant();
	}

	private LocalDate lastDay(LocalDate start, BusinessCalendar calendar) {
		return workingDays ? calendar.plusWorkingDays(start, days) : start.plusDays(days);
	}

	@Override
	public String toString() {
		return exact != null ? exact.toString() : days + (workingDays ? "wd" : "d");
	}
}
