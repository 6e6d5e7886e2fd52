package id.go.netra.reporting;

import java.time.Instant;
import java.time.LocalDate;
import java.util.List;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Service;

import id.go.netra.catalog.BusinessCalendar;

/**
 * The port screening asks "who reported under their own NIP, and when" (issue 23, retaliation). It answers NIPs
 * and days only: not the report, its complaint number, whom it named or the reporter's contact, which stay sealed
 * on the report for the task force's verifiers (ADR 0048).
 */
@Service
public class NamedReporters {

	/** A civil servant who filed a named report under their own NIP on that day. */
	public record NamedReport(String nip, LocalDate reportedOn) {
	}

	private final JdbcClient jdbc;

	NamedReporters(JdbcClient jdbc) {
		this.jdbc = jdbc;
	}

	/** Named reports filed on or after the given day, oldest first. */
	public List<NamedReport> since(LocalDate from) {
		return jdbc.sql("select nip, reported_on from reporter_nip_log where reported_on >= :from"
				+ " order by reported_on, id")
			.param("from", from)
			.query((rs, n) -> new NamedReport(rs.getString("nip"), rs.getObject("reported_on", LocalDate.class)))
			.list();
	}

	/**
	 * Forgets the named reports filed before the given day: the retaliation check no longer needs them. Answers how
	 * many were forgotten.
	 */
	@org.springframework.transaction.annotation.Transactional
	public int forgetBefore(LocalDate day) {
		return jdbc.sql("delete from reporter_nip_log where reported_on < :day").param("day", day).update();
	}

	void note(String nip, Instant filedAt) {
		jdbc.sql("insert into reporter_nip_log (nip, reported_on) values (:nip, :day)")
			.param("nip", nip)
			.param("day", filedAt.atZone(BusinessCalendar.ZONE).toLocalDate())
			.update();
	}
}
