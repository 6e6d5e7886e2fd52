package id.go.netra.identity;

import java.time.Clock;

import java.time.OffsetDateTime;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

import org.springframework.context.ApplicationEventPublisher;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

import id.go.netra.DomainException;
import id.go.netra.Page;
import id.go.netra.audit.AuditTrail;
import id.go.netra.catalog.Regions;

/**
 * The agencies of the joint decree and the employers, and which roles each holds where. Granting and
 * revoking are edits in the running system, audited, effective at the holder's next request or sign-in.
 */
@Service
public class Agencies {

	private final JdbcClient jdbc;
	private final AuditTrail audit;
	private final Regions regions;
	private final Clock clock;
	private final ApplicationEventPublisher events;
	private final DirectoryVersion directory;

	Agencies(JdbcClient jdbc, AuditTrail audit, Regions regions, Clock clock, ApplicationEventPublisher events,
			DirectoryVersion directory) {
		this.jdbc = jdbc;
		this.directory = directory;
		this.audit = audit;
		this.regions = regions;
		this.clock = clock;
		this.events = events;
	}

	public Optional<Agency> find(String code) {
		if (code == null) {
			return Optional.empty();
		}
		return jdbc.sql("select * from agency where code = :code")
			.param("code", code)
			.query((rs, row) -> new Agency(rs.getString("code"), rs.getString("name"), rs.getString("name_en"),
					AgencyType.valueOf(rs.getString("agency_type")), rs.getString("region_code"),
					rs.getString("parent_code"), rs.getBoolean("active"), rs.getString("note"), grantsOf(code)))
			.optional();
	}

	/** Agencies whose code or name contains {@code text}, optionally of one type or holding one role. */
	public Page<Agency> search(String text, AgencyType type, Role role, int page, int size) {
		StringBuilder where = new StringBuilder(" where 1 = 1");
		Map<String, Object> params = new LinkedHashMap<>();
		if (text != null && !text.isBlank()) {
			where.append(" and (lower(a.code) like :text or lower(a.name) like :text)");
			params.put("text", "%" + text.trim().toLowerCase() + "%");
		}
		if (type != null) {
			where.append(" and a.agency_type = :type");
			params.put("type", type.name());
		}
		if (role != null) {
			where.append(" and exists (select 1 from agency_role r where r.agency_code = a.code and r.role = :role)");
			params.put("role", role.name());
		}
		long total = jdbc.sql("select count(*) from agency a" + where).params(params).query(Long.class).single();
		List<String> codes = jdbc.sql("select a.code from agency a" + where
				+ " order by a.agency_type, a.code limit :limit offset :offset")
			.params(params)
			.param("limit", size)
			.param("offset", (long) page * size)
			.query(String.class)
			.list();
		List<Agency> items = codes.stream().map(code -> find(code).orElseThrow()).toList();
		return new Page<>(items, page, size, total);
	}

	/** The roles an agency holds now, each with its jurisdiction; none while the agency is inactive. */
	public Map<Role, Jurisdiction> rolesOf(String agencyCode) {
		Map<Role, Set<String>> codes = new EnumMap<>(Role.class);
		jdbc.sql("""
				select r.role, r.jurisdiction from agency_role r join agency a on a.code = r.agency_code
				where r.agency_code = :code and a.active = true
				""").param("code", agencyCode).query(rs -> {
			codes.computeIfAbsent(Role.valueOf(rs.getString("role")), role -> new HashSet<>())
				.add(rs.getString("jurisdiction"));
		});
		Map<Role, Jurisdiction> roles = new EnumMap<>(Role.class);
		codes.forEach((role, jurisdictions) -> roles.put(role, Jurisdiction.of(jurisdictions)));
		return roles;
	}

	@Transactional
	public void grant(String agencyCode, Role role, String jurisdiction) {
		Agency agency = require(agencyCode);
		String where = validJurisdiction(jurisdiction);
		if (agency.grants().stream().anyMatch(g -> g.role() == role && g.jurisdiction().equals(where))) {
			throw DomainException.conflict("identity.grant.exists", agencyCode, role, where);
		}
		insertGrant(agencyCode, role, where, audit.currentActor().name());
		audit.record("ROLE_GRANTED", agencyCode, role + "@" + where);
		events.publishEvent(new AgencyRolesChanged(agencyCode));
	}

	@Transactional
	public void revoke(String agencyCode, Role role, String jurisdiction) {
		require(agencyCode);
		int removed = jdbc.sql("delete from agency_role where agency_code = :code and role = :role and jurisdiction = :j")
			.param("code", agencyCode)
			.param("role", role.name())
			.param("j", jurisdiction)
			.update();
		if (removed == 0) {
			throw DomainException.notFound("identity.grant.notFound", agencyCode, role, jurisdiction);
		}
		directory.bump();
		audit.record("ROLE_REVOKED", agencyCode, role + "@" + jurisdiction);
		events.publishEvent(new AgencyRolesChanged(agencyCode));
	}

	/**
	 * Marks an agency active or not (KASN after its dissolution): an inactive agency's people and systems
	 * keep their accounts but hold no role.
	 */
	@Transactional
	public void setActive(String agencyCode, boolean active, String note) {
		require(agencyCode);
		DomainException.checkLength(note, 1000, "agency.note");
		jdbc.sql("update agency set active = :active, note = :note where code = :code")
			.param("active", active)
			.param("note", note == null || note.isBlank() ? null : note.trim())
			.param("code", agencyCode)
			.update();
		directory.bump();
		audit.record(active ? "AGENCY_ACTIVATED" : "AGENCY_DEACTIVATED", agencyCode, note);
		events.publishEvent(new AgencyRolesChanged(agencyCode));
	}

	/**
	 * Registers an employer (instansi) as an agency holding the PPK role, if it is not one yet; an agency of
	 * the joint decree that also employs ASN (BKN itself) just gains the PPK role. Idempotent.
	 */
	@Transactional
	public void registerEmployer(String code, String name, String nameEn, String regionCode) {
		if (find(code).isEmpty()) {
			insertAgency(code, name, nameEn, AgencyType.EMPLOYER, regionCode, null, null, true);
		}
		String where = regionCode == null ? Jurisdiction.NATIONAL_CODE : regionCode;
		boolean holds = jdbc.sql("select count(*) from agency_role where agency_code = :code and role = 'PPK'")
			.param("code", code)
			.query(Integer.class)
			.single() > 0;
		if (!holds) {
			insertGrant(code, Role.PPK, where, "system");
		}
	}

	void insertAgency(String code, String name, String nameEn, AgencyType type, String regionCode,
			String parentCode, String note, boolean active) {
		jdbc.sql("""
				insert into agency (code, name, name_en, agency_type, region_code, parent_code, active, note)
				values (:code, :name, :nameEn, :type, :region, :parent, :active, :note)
				""")
			.param("code", code)
			.param("name", name)
			.param("nameEn", nameEn)
			.param("type", type.name())
			.param("region", regionCode)
			.param("parent", parentCode)
			.param("active", active)
			.param("note", note)
			.update();
		directory.bump();
	}

	void insertGrant(String agencyCode, Role role, String jurisdiction, String grantedBy) {
		jdbc.sql("""
				insert into agency_role (agency_code, role, jurisdiction, granted_at, granted_by)
				values (:code, :role, :j, :at, :by)
				""")
			.param("code", agencyCode)
			.param("role", role.name())
			.param("j", jurisdiction)
			.param("at", OffsetDateTime.now(clock))
			.param("by", grantedBy)
			.update();
		directory.bump();
	}

	boolean isEmpty() {
		return jdbc.sql("select count(*) from agency").query(Long.class).single() == 0;
	}

	private List<RoleGrant> grantsOf(String code) {
		return new ArrayList<>(jdbc.sql("select * from agency_role where agency_code = :code order by role, jurisdiction")
			.param("code", code)
			.query((rs, row) -> new RoleGrant(Role.valueOf(rs.getString("role")), rs.getString("jurisdiction"),
					rs.getObject("granted_at", OffsetDateTime.class).toInstant(), rs.getString("granted_by")))
			.list());
	}

	private Agency require(String code) {
		return find(code).orElseThrow(() -> DomainException.notFound("identity.agency.notFound", code));
	}

	private String validJurisdiction(String jurisdiction) {
		String value = jurisdiction == null ? "" : jurisdiction.trim().toUpperCase();
		if (value.equals(Jurisdiction.NATIONAL_CODE) || regions.exists(value)) {
			return value;
		}
		throw DomainException.invalid("identity.jurisdiction.invalid", jurisdiction);
	}

}
