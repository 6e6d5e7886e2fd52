package id.go.netra.catalog;

import java.time.LocalDate;

/** A day that is not a working day besides weekends: a national holiday or a collective leave day. */
public record CalendarDay(LocalDate date, Kind kind, String name, String nameEn, String source, boolean provisional) {

	public enum Kind {
		HOLIDAY, COLLECTIVE_LEAVE
	}
}
