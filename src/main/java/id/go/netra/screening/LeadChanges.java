package id.go.netra.screening;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.util.Locale;

import org.springframework.context.MessageSource;

import id.go.netra.catalog.BusinessCalendar;

/**
 * The evidence of a lead about a change of post (the rotation ban, retaliation): the post before and after as the
 * registry held it, when it changed, and the window it fell in (the ban's, or the months after the report).
 */
public record LeadChanges(String electionCode, String regionCode, OffsetDateTime changedAt, LocalDate changedOn,
		LocalDate windowFrom,
		LocalDate windowTo, LocalDate reportedOn, Post before, Post after, String statusAfter,
		String statusAfterText) {

	/** One side of the change; {@code positionClassText} in the reader's language. */
	public record Post(String employerCode, String unit, String positionClass, String positionClassText,
			String title, String grade) {

		/** The post in words for a case description: title, unit, employer. */
		String describe() {
			StringBuilder text = new StringBuilder(title == null ? "-" : title);
			if (positionClassText != null) {
				text.append(" (").append(positionClassText).append(')');
			}
			if (unit != null) {
				text.append(", ").append(unit);
			}
			return text.append(", ").append(employerCode).toString();
		}
	}

	/** The change of the current row, or null for a lead that is not about one (party membership). */
	static LeadChanges of(ResultSet rs, MessageSource messages, Locale locale) throws SQLException {
		OffsetDateTime changedAt = rs.getObject("changed_at", OffsetDateTime.class);
		if (changedAt == null) {
			return null;
		}
		String statusAfter = rs.getString("status_after");
		return new LeadChanges(rs.getString("election_code"), rs.getString("lead_region"), changedAt,
				changedAt.atZoneSameInstant(BusinessCalendar.ZONE).toLocalDate(),
				rs.getObject("window_from", LocalDate.class), rs.getObject("window_to", LocalDate.class),
				rs.getObject("reported_on", LocalDate.class),
				post(rs, "before", messages, locale), post(rs, "after", messages, locale), statusAfter,
				statusAfter == null ? null
						: messages.getMessage("screening.employeeStatus." + statusAfter, null, statusAfter, locale));
	}

	private static Post post(ResultSet rs, String side, MessageSource messages, Locale locale) throws SQLException {
		String positionClass = rs.getString("class_" + side);
		return new Post(rs.getString("employer_" + side), rs.getString("unit_" + side), positionClass,
				positionClass == null ? null
						: messages.getMessage("screening.position." + positionClass, null, positionClass, locale),
				rs.getString("title_" + side), rs.getString("grade_" + side));
	}
}
