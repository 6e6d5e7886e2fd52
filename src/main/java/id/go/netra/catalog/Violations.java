package id.go.netra.catalog;

import java.time.Clock;
import java.time.OffsetDateTime;
import java.util.List;
import java.util.Optional;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

import id.go.netra.DomainException;
import id.go.netra.audit.AuditTrail;

/** The violation catalogue. Administrators correct it at run time; every change is audited. */
@Service
public class Violations {

	/** What an administrator may change in an entry; the code and kind are its identity. */
	public record Change(SanctionLevel level, String name, String nameEn, String description, String legalBasis,
			boolean confirmed, boolean active, int expectedVersion) {
	}

	private final JdbcClient jdbc;
	private final AuditTrail audit;
	private final Clock clock;

	Violations(JdbcClient jdbc, AuditTrail audit, Clock clock) {
		this.jdbc = jdbc;
		this.audit = audit;
		this.clock = clock;
	}

	public List<Violation> all() {
		return jdbc.sql("select * from violation order by kind desc, code").query(Violations::map).list();
	}

	public List<Violation> active() {
		return all().stream().filter(Violation::active).toList();
	}

	public Optional<Violation> find(String code) {
		return jdbc.sql("select * from violation where code = :code").param("code", code).query(Violations::map)
			.optional();
	}

	@Transactional
	public Violation update(String code, Change change) {
		Violation before = find(code).orElseThrow(() -> DomainException.notFound("catalog.violation.notFound", code));
		if (before.kind() == ViolationKind.ETHICS && change.level() != SanctionLevel.MORAL) {
			throw DomainException.invalid("catalog.violation.ethicsIsMoral");
		}
		if (before.kind() == ViolationKind.DISCIPLINE && change.level() == SanctionLevel.MORAL) {
			throw DomainException.invalid("catalog.violation.disciplineNotMoral");
		}
		DomainException.checkLength(change.name(), 500, "catalog.name");
		DomainException.checkLength(change.nameEn(), 500, "catalog.nameEn");
		DomainException.checkLength(change.description(), 2000, "catalog.description");
		DomainException.checkLength(change.legalBasis(), 1000, "catalog.legalBasis");
		int updated = jdbc.sql("""
				update violation set sanction_level = :level, name = :name, name_en = :nameEn,
				  description = :description, legal_basis = :legalBasis, confirmed = :confirmed, active = :active,
				  updated_at = :now, updated_by = :by, version = version + 1
				where code = :code and version = :version
				""")
			.param("level", change.level().name())
			.param("name", change.name().trim())
			.param("nameEn", blankToNull(change.nameEn()))
			.param("description", blankToNull(change.description()))
			.param("legalBasis", change.legalBasis().trim())
			.param("confirmed", change.confirmed())
			.param("active", change.active())
			.param("now", OffsetDateTime.now(clock))
			.param("by", audit.currentActor().name())
			.param("code", code)
			.param("version", change.expectedVersion())
			.update();
		if (updated == 0) {
			throw DomainException.conflict("catalog.changedMeanwhile", code);
		}
		Violation after = find(code).orElseThrow();
		audit.record("CATALOG_VIOLATION_UPDATED", code, CatalogChanges.describe(before, after));
		return after;
	}

	static Violation map(java.sql.ResultSet rs, int row) throws java.sql.SQLException {
		return new Violation(rs.getString("code"), ViolationKind.valueOf(rs.getString("kind")),
				SanctionLevel.valueOf(rs.getString("sanction_level")), rs.getString("name"), rs.getString("name_en"),
				rs.getString("description"), rs.getString("legal_basis"), rs.getBoolean("confirmed"),
				rs.getBoolean("active"), rs.getInt("version"));
	}

	static String blankToNull(String value) {
		return value == null || value.isBlank() ? null : value.trim();
	}
}
