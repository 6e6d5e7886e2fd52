package id.go.netra.enforcement;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Instant;
import java.time.OffsetDateTime;
import java.util.Collection;
import java.util.List;
import java.util.Optional;
import java.util.UUID;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

import id.go.netra.ChangeFeeds;

/** The {@code personnel_block} table. */
@Repository
class BlockRows {

	/** Who places or lifts a block. */
	record By(String actor, String name, String agencyCode) {
	}

	private final JdbcClient jdbc;

	BlockRows(JdbcClient jdbc) {
		this.jdbc = jdbc;
	}

	void insert(Block b) {
		jdbc.sql("""
				insert into personnel_block (id, scope, nip, employee_name, employer_code, blocks, block_type,
				  legal_basis, reason, case_id, complaint_number, placed_at, placed_by, placed_by_name,
				  placed_by_agency, letter_id, changed_at)
				values (:id, :scope, :nip, :name, :employer, :blocks, :type, :legalBasis, :reason, :caseId,
				  :complaintNumber, :placedAt, :placedBy, :placedByName, :placedByAgency, :letterId, current_timestamp)
				""")
			.param("id", b.id())
			.param("scope", b.scope().name())
			.param("nip", b.nip())
			.param("name", b.employeeName())
			.param("employer", b.employerCode())
			.param("blocks", b.blocks().name())
			.param("type", b.type().name())
			.param("legalBasis", b.legalBasis())
			.param("reason", b.reason())
			.param("caseId", b.caseId())
			.param("complaintNumber", b.complaintNumber())
			.param("placedAt", at(b.placedAt()))
			.param("placedBy", b.placedBy())
			.param("placedByName", b.placedByName())
			.param("placedByAgency", b.placedByAgency())
			.param("letterId", b.letterId())
			.update();
	}

	/** Lifts the block if it is still in force and unchanged; false when someone else got there first. */
	boolean lift(UUID id, int version, By by, String reason, Instant at) {
		return jdbc.sql("""
				update personnel_block set lifted_at = :at, lifted_by = :by, lifted_by_name = :name,
				  lift_reason = :reason, version = version + 1, change_seq = null, changed_at = current_timestamp
				where id = :id and version = :version and lifted_at is null
				""")
			.param("at", at(at))
			.param("by", by.actor())
			.param("name", by.name())
			.param("reason", reason)
			.param("id", id)
			.param("version", version)
			.update() == 1;
	}

	void attachLiftLetter(UUID id, UUID letterId) {
		jdbc.sql("""
				update personnel_block set lift_letter_id = :letter, change_seq = null, changed_at = current_timestamp
				where id = :id
				""")
			.param("letter", letterId)
			.param("id", id)
			.update();
	}

	Optional<Block> find(UUID id) {
		return jdbc.sql("select * from personnel_block where id = :id").param("id", id).query(BlockRows::map).optional();
	}

	/** Blocks in force for the employee: their own and their employer's. */
	List<Block> activeFor(String nip, String employerCode) {
		return jdbc.sql("""
				select * from personnel_block
				where lifted_at is null
				  and ((scope = 'EMPLOYEE' and nip = :nip) or (scope = 'EMPLOYER' and employer_code = :employer))
				order by placed_at
				""")
			.param("nip", nip)
			.param("employer", employerCode)
			.query(BlockRows::map)
			.list();
	}

	/** Blocks in force for any of the employees or employers, in one query. */
	List<Block> activeForAny(Collection<String> nips, Collection<String> employerCodes) {
		if (nips.isEmpty() && employerCodes.isEmpty()) {
			return List.of();
		}
		// an empty IN list is not SQL: a value no NIP or employer code has stands in for it
		return jdbc.sql("""
				select * from personnel_block
				where lifted_at is null
				  and ((scope = 'EMPLOYEE' and nip in (:nips)) or (scope = 'EMPLOYER' and employer_code in (:employers)))
				order by placed_at
				""")
			.param("nips", nips.isEmpty() ? List.of("") : nips)
			.param("employers", employerCodes.isEmpty() ? List.of("") : employerCodes)
			.query(BlockRows::map)
			.list();
	}

	List<Block> forCase(UUID caseId) {
		return jdbc.sql("select * from personnel_block where case_id = :caseId order by placed_at")
			.param("caseId", caseId)
			.query(BlockRows::map)
			.list();
	}

	/** Blocks in force or all, optionally for one employer or employee, newest first. */
	List<Block> search(Boolean active, String employerCode, String nip, int offset, int limit) {
		return jdbc.sql("select * from personnel_block where " + where(active, employerCode, nip)
				+ " order by placed_at desc, id offset :offset rows fetch next :limit rows only")
			.param("employer", employerCode)
			.param("nip", nip)
			.param("offset", offset)
			.param("limit", limit)
			.query(BlockRows::map)
			.list();
	}

	long count(Boolean active, String employerCode, String nip) {
		return jdbc.sql("select count(*) from personnel_block where " + where(active, employerCode, nip))
			.param("employer", employerCode)
			.param("nip", nip)
			.query(Long.class)
			.single();
	}

	/** The change feed's table and name (ADR 0043). */
	static final String FEED = "personnel_block";

	/**
	 * Blocks changed after the change numbered {@code after} and at or after {@code since}, in change order, for
	 * one employer or all; numbered rows only ({@link ChangeFeeds}).
	 */
	List<ChangeFeeds.Numbered<Block>> changes(String employerCode, long after, Instant since, int limit) {
		return jdbc.sql("select * from personnel_block where " + changed(employerCode)
				+ " order by change_seq fetch first :limit rows only")
			.param("employer", employerCode)
			.param("after", after)
			.param("since", at(since))
			.param("limit", limit)
			.query((rs, n) -> new ChangeFeeds.Numbered<>(rs.getLong("change_seq"), map(rs, n)))
			.list();
	}

	long countChanges(String employerCode, long after, Instant since) {
		return jdbc.sql("select count(*) from personnel_block where " + changed(employerCode))
			.param("employer", employerCode)
			.param("after", after)
			.param("since", at(since))
			.query(Long.class)
			.single();
	}

	private static String changed(String employerCode) {
		return where(null, employerCode, null) + " and change_seq > :after and changed_at >= :since";
	}

	private static String where(Boolean active, String employerCode, String nip) {
		StringBuilder where = new StringBuilder("1 = 1");
		if (active != null) {
			where.append(active ? " and lifted_at is null" : " and lifted_at is not null");
		}
		if (employerCode != null) {
			where.append(" and employer_code = :employer");
		}
		if (nip != null) {
			where.append(" and nip = :nip");
		}
		return where.toString();
	}

	static OffsetDateTime at(Instant instant) {
		return instant == null ? null : instant.atOffset(java.time.ZoneOffset.UTC);
	}

	static Instant instant(ResultSet rs, String column) throws SQLException {
		OffsetDateTime value = rs.getObject(column, OffsetDateTime.class);
		return value == null ? null : value.toInstant();
	}

	private static Block map(ResultSet rs, int row) throws SQLException {
		return new Block(rs.getObject("id", UUID.class), Block.Scope.valueOf(rs.getString("scope")), rs.getString("nip"),
				rs.getString("employee_name"), rs.getString("employer_code"), Block.Blocked.valueOf(rs.getString("blocks")),
				Block.Type.valueOf(rs.getString("block_type")), rs.getString("legal_basis"), rs.getString("reason"),
				rs.getObject("case_id", UUID.class), rs.getString("complaint_number"), instant(rs, "placed_at"),
				rs.getString("placed_by"), rs.getString("placed_by_name"), rs.getString("placed_by_agency"),
				rs.getObject("letter_id", UUID.class), instant(rs, "lifted_at"), rs.getString("lifted_by"),
				rs.getString("lifted_by_name"), rs.getString("lift_reason"), rs.getObject("lift_letter_id", UUID.class),
				rs.getInt("version"));
	}
}
