package id.go.netra.casework;

import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import id.go.netra.catalog.BusinessCalendar;

/**
 * How long a stage may take, as the settings write it: {@code 7d} (calendar days), {@code 3wd} (working days
 * on the business calendar) or an exact ISO-8601 duration such as {@code PT20S} for drills and tests. Day
 * counts end at midnight (Jakarta time) after the last day: a report received on Monday with {@code 7d} may be
 * verified until the end of the following Monday.
 */
record StageDuration(int days, boolean workingDays, Duration exact) {

	private static final Pattern DAYS = Pattern.compile("(\\d{1,3})(wd|d)");

	static StageDuration parse(String text) {
		String value = text == null ? "" : text.trim();
		Matcher days = DAYS.matcher(value);
		if (days.matches()) {
			return new StageDuration(Integer.parseInt(days.group(1)), days.group(2).equals("wd"), null);
		}
		try {
			Duration exact = Duration.parse(value);
			if (exact.isNegative() || exact.isZero()) {
				throw new IllegalArgumentException("a stage duration must be positive: " + text);
			}
			return new StageDuration(0, false, exact);
		}
		catch (DateTimeParseException e) {
			throw new IllegalArgumentException(
					"not a stage duration: '" + text + "' (write 7d, 3wd or an ISO-8601 duration such as PT20S)", e);
		}
	}

	Instant deadlineFrom(Instant start, BusinessCalendar calendar) {
		if (exact != null) {
			return start.plus(exact);
		}
		LocalDate startDay = start.atZone(BusinessCalendar.ZONE).toLocalDate();
		LocalDate lastDay = workingDays ? calendar.plusWorkingDays(startDay, days) : startDay.plusDays(days);
		return lastDay.plusDays(1).atStartOfDay(BusinessCalendar.ZONE).toInstant();
	}

	@Override
	public String toString() {
		return exact != null ? exact.toString() : days + (workingDays ? "wd" : "d");
	}
}
