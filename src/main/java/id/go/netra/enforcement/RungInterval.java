package id.go.netra.enforcement;

import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZonedDateTime;
import java.time.format.DateTimeParseException;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import id.go.netra.catalog.BusinessCalendar;

/**
 * The time between two rungs of the control ladder: {@code 5wd} (working days on the business calendar),
 * {@code 7d} (calendar days) or an ISO-8601 duration ({@code PT2S} for drills and tests). Zero is allowed: the
 * warning goes out as soon as the follow-up deadline passes. Day counts keep the time of day: a warning sent on
 * Monday at 09:00 with {@code 5wd} is followed by the reprimand the fifth working day after at 09:00 (Jakarta).
 */
record RungInterval(int days, boolean workingDays, Duration exact) {

	private static final Pattern DAYS = Pattern.compile("(\\d{1,3})(wd|d)");

	static RungInterval parse(String text) {
		String value = text == null ? "" : text.trim();
		Matcher days = DAYS.matcher(value);
		if (days.matches()) {
			return new RungInterval(Integer.parseInt(days.group(1)), days.group(2).equals("wd"), null);
		}
		try {
			Duration exact = Duration.parse(value);
			if (exact.isNegative()) {
				throw new IllegalArgumentException("a rung interval cannot be negative: " + text);
			}
			return new RungInterval(0, false, exact);
		}
		catch (DateTimeParseException e) {
			throw new IllegalArgumentException(
					"not a rung interval: '" + text + "' (write 0wd, 5wd, 7d or an ISO-8601 duration such as PT20S)", e);
		}
	}

	Instant after(Instant previous, BusinessCalendar calendar) {
		if (exact != null) {
			return previous.plus(exact);
		}
		if (days == 0) {
			return previous;
		}
		ZonedDateTime at = previous.atZone(BusinessCalendar.ZONE);
		LocalDate day = workingDays ? calendar.plusWorkingDays(at.toLocalDate(), days) : at.toLocalDate().plusDays(days);
		return day.atTime(at.toLocalTime()).atZone(BusinessCalendar.ZONE).toInstant();
	}

	@Override
	public String toString() {
		return exact != null ? exact.toString() : days + (workingDays ? "wd" : "d");
	}
}
