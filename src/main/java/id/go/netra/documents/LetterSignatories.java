package id.go.netra.documents;

import java.time.Clock;
import java.time.Instant;
import java.time.ZoneOffset;
import java.time.temporal.ChronoUnit;
import java.util.List;
import java.util.Optional;
import java.util.regex.Pattern;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

import id.go.netra.DomainException;
import id.go.netra.InvalidInput;
import id.go.netra.audit.AuditTrail;
import id.go.netra.identity.Agencies;
import id.go.netra.identity.CurrentActor;

/**
 * Who signs each agency's letters: data an administrator edits (API and {@code /admin/penandatangan}). A letter
 * prints the official on record when it is issued; a later change alters no letter already issued.
 */
@Service
public class LetterSignatories {

	private static final Pattern NIP = Pattern.compile("\\d{18}");

	private static final String COLUMNS = "agency_code, name, nip, position, updated_at, updated_by";

	private final JdbcClient jdbc;
	private final Agencies agencies;
	private final CurrentActor actor;
	private final AuditTrail audit;
	private final Clock clock;

	LetterSignatories(JdbcClient jdbc, Agencies agencies, CurrentActor actor, AuditTrail audit, Clock clock) {
		this.jdbc = jdbc;
		this.agencies = agencies;
		this.actor = actor;
		this.audit = audit;
		this.clock = clock;
	}

	@Transactional(readOnly = true)
	public Optional<LetterSignatory> of(String agencyCode) {
		if (agencyCode == null) {
			return Optional.empty();
		}
		return jdbc.sql("select " + COLUMNS + " from letter_signatory where agency_code = ?")
			.param(agencyCode.strip().toUpperCase(java.util.Locale.ROOT))
			.query(LetterSignatories::row)
			.optional();
	}

	@Transactional(readOnly = true)
	public List<LetterSignatory> all() {
		return jdbc.sql("select " + COLUMNS + " from letter_signatory order by agency_code")
			.query(LetterSignatories::row)
			.list();
	}

	/**
	 * Records who signs for the agency from now on; every field is checked first, and nothing changes when one is
	 * wrong.
	 */
	@Transactional
	public LetterSignatory record(String agencyCode, String name, String nip, String position) {
		InvalidInput.Collector problems = new InvalidInput.Collector();
		String code = agencyCode == null ? "" : agencyCode.strip().toUpperCase(java.util.Locale.ROOT);
		if (code.isEmpty() || agencies.find(code).isEmpty()) {
			problems.reject("agencyCode", "documents.signatory.unknownAgency");
		}
		String cleanName = text(problems, "name", name, 200);
		String cleanNip = nip == null ? "" : nip.replaceAll("[\\s.]", "");
		if (!NIP.matcher(cleanNip).matches()) {
			problems.reject("nip", "documents.signatory.nip");
		}
		String cleanPosition = text(problems, "position", position, 300);
		problems.throwIfAny();
		Instant now = clock.instant().truncatedTo(ChronoUnit.MILLIS);
		String by = actor.get().map(a -> a.name()).orElse("system");
		int updated = jdbc.sql("""
				update letter_signatory set name = ?, nip = ?, position = ?, updated_at = ?, updated_by = ?
				where agency_code = ?""")
			.params(cleanName, cleanNip, cleanPosition, now.atOffset(ZoneOffset.UTC), by, code)
			.update();
		if (updated == 0) {
			jdbc.sql("insert into letter_signatory (" + COLUMNS + ") values (?, ?, ?, ?, ?, ?)")
				.params(code, cleanName, cleanNip, cleanPosition, now.atOffset(ZoneOffset.UTC), by)
				.update();
		}
		audit.record("LETTER_SIGNATORY_RECORDED", code, cleanName + " (NIP " + cleanNip + "), " + cleanPosition);
		return new LetterSignatory(code, cleanName, cleanNip, cleanPosition, now, by);
	}

	/** Letters of the agency go back to the position named by the module that drafts them, without a name. */
	@Transactional
	public void remove(String agencyCode) {
		String code = agencyCode == null ? "" : agencyCode.strip().toUpperCase(java.util.Locale.ROOT);
		if (jdbc.sql("delete from letter_signatory where agency_code = ?").param(code).update() == 0) {
			throw DomainException.notFound("documents.signatory.notFound");
		}
		audit.record("LETTER_SIGNATORY_REMOVED", code, "no official on record");
	}

	private static String text(InvalidInput.Collector problems, String field, String value, int max) {
		String trimmed = value == null ? "" : value.strip();
		if (trimmed.isEmpty()) {
			problems.reject(field, "validation.required");
		}
		else if (trimmed.length() > max) {
			problems.reject(field, "validation.tooLongMax", max);
		}
		return trimmed;
	}

	private static LetterSignatory row(java.sql.ResultSet rs, int row) throws java.sql.SQLException {
		return new LetterSignatory(rs.getString("agency_code"), rs.getString("name"), rs.getString("nip"),
				rs.getString("position"), rs.getTimestamp("updated_at").toInstant(), rs.getString("updated_by"));
	}
}
