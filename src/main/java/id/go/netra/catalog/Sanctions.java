package id.go.netra.catalog;

import java.time.Clock;
import java.time.OffsetDateTime;
import java.util.List;
import java.util.Optional;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

import id.go.netra.DomainException;
import id.go.netra.InvalidInput;
import id.go.netra.audit.AuditTrail;

/** The sanction catalogue, ordered by severity. Administrators correct it at run time; changes are audited. */
@Service
public class Sanctions {

	/** What an administrator may change in an entry; code, kind and level are its identity. */
	public record Change(String name, String nameEn, String legalBasis, Integer durationMonths, boolean active,
			int expectedVersion) {
	}

	private final JdbcClient jdbc;
	private final AuditTrail audit;
	private final Clock clock;

	Sanctions(JdbcClient jdbc, AuditTrail audit, Clock clock) {
		this.jdbc = jdbc;
		this.audit = audit;
		this.clock = clock;
	}

	public List<Sanction> all() {
		return jdbc.sql("select * from sanction order by severity").query(Sanctions::map).list();
	}

	public Optional<Sanction> find(String code) {
		return jdbc.sql("select * from sanction where code = :code").param("code", code).query(Sanctions::map)
			.optional();
	}

	@Transactional
	public Sanction update(String code, Change change) {
		Sanction before = find(code).orElseThrow(() -> DomainException.notFound("catalog.sanction.notFound", code));
		if (change.durationMonths() != null && (change.durationMonths() < 1 || change.durationMonths() > 60)) {
			new InvalidInput.Collector().reject("durationMonths", "catalog.sanction.duration").throwIfAny();
		}
		DomainException.checkLength(change.name(), 500, "catalog.name");
		DomainException.checkLength(change.nameEn(), 500, "catalog.nameEn");
		DomainException.checkLength(change.legalBasis(), 1000, "catalog.legalBasis");
		int updated = jdbc.sql("""
				update sanction set name = :name, name_en = :nameEn, legal_basis = :legalBasis,
				  duration_months = :duration, active = :active, updated_at = :now, updated_by = :by,
				  version = version + 1
				where code = :code and version = :version
				""")
			.param("name", change.name().trim())
			.param("nameEn", Violations.blankToNull(change.nameEn()))
			.param("legalBasis", change.legalBasis().trim())
			.param("duration", change.durationMonths())
			.param("active", change.active())
			.param("now", OffsetDateTime.now(clock))
			.param("by", audit.currentActor().name())
			.param("code", code)
			.param("version", change.expectedVersion())
			.update();
		if (updated == 0) {
			throw DomainException.conflict("catalog.changedMeanwhile", code);
		}
		Sanction after = find(code).orElseThrow();
		audit.record("CATALOG_SANCTION_UPDATED", code, CatalogChanges.describe(before, after));
		return after;
	}

	static Sanction map(java.sql.ResultSet rs, int row) throws java.sql.SQLException {
		Integer duration = rs.getObject("duration_months") == null ? null : rs.getInt("duration_months");
		return new Sanction(rs.getString("code"), SanctionKind.valueOf(rs.getString("kind")),
				SanctionLevel.valueOf(rs.getString("sanction_level")), rs.getInt("severity"), duration,
				rs.getString("name"), rs.getString("name_en"), rs.getString("legal_basis"), rs.getBoolean("active"),
				rs.getInt("version"));
	}
}
