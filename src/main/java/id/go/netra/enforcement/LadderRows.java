package id.go.netra.enforcement;

import static id.go.netra.enforcement.BlockRows.at;
import static id.go.netra.enforcement.BlockRows.instant;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Instant;
import java.util.List;
import java.util.Optional;
import java.util.UUID;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

import id.go.netra.casework.ControlLevel;

/**
 * The {@code control_ladder} and {@code control_action} tables. Every change of a ladder is a conditional
 * update on what the caller saw, so two nodes acting at once cannot both climb the same rung.
 */
@Repository
class LadderRows {

	/** Where the follow-up of a forwarded case stands. */
	enum State {
		/** waiting for the PPK; the ladder climbs while it is overdue */
		AWAITING,
		/** the PPK imposed a lighter sanction; the auditor decides, the ladder waits */
		AUDIT,
		/** the sanction is imposed (in accordance, or accepted by the auditor) */
		SETTLED,
		/** the case closed without a sanction (cancelled, employee separated) */
		CLOSED
	}

	record Ladder(UUID caseId, String complaintNumber, String nip, String employeeName, String employerCode,
			String regionCode, Instant forwardedAt, State state, boolean overdue, Instant overdueSince,
			Instant followedUpAt, Instant settledAt, Instant closedAt, ControlLevel level, ControlLevel nextRung,
			Instant nextAt, String warningAfter, String reprimandAfter, String blockAfter, int version) {

		RungInterval intervalBefore(ControlLevel rung) {
			return RungInterval.parse(switch (rung) {
				case WARNING -> warningAfter;
				case REPRIMAND -> reprimandAfter;
				case BLOCKED -> blockAfter;
				case NONE -> throw new IllegalArgumentException("NONE is not a rung");
			});
		}
	}

	record Action(UUID caseId, ControlLevel rung, Instant firedAt, UUID letterId, UUID blockId) {
	}

	private final JdbcClient jdbc;

	LadderRows(JdbcClient jdbc) {
		this.jdbc = jdbc;
	}

	/**
	 * Starts the ladder of a case forwarded to its PPK; does nothing if it has one already, also when another
	 * listener starts it at the same moment (the events of one case are handled concurrently).
	 */
	void start(Ladder l) {
		jdbc.sql("""
				insert into control_ladder (case_id, complaint_number, nip, employee_name, employer_code, region_code,
				  forwarded_at, state, level, warning_after, reprimand_after, block_after)
				values (:caseId, :complaintNumber, :nip, :name, :employer, :region, :forwardedAt, 'AWAITING', 'NONE',
				  :warning, :reprimand, :block)
				on conflict do nothing
				""")
			.param("caseId", l.caseId())
			.param("complaintNumber", l.complaintNumber())
			.param("nip", l.nip())
			.param("name", l.employeeName())
			.param("employer", l.employerCode())
			.param("region", l.regionCode())
			.param("forwardedAt", at(l.forwardedAt()))
			.param("warning", l.warningAfter())
			.param("reprimand", l.reprimandAfter())
			.param("block", l.blockAfter())
			.update();
	}

	Optional<Ladder> find(UUID caseId) {
		return jdbc.sql("select * from control_ladder where case_id = :caseId")
			.param("caseId", caseId)
			.query(LadderRows::map)
			.optional();
	}

	/** The follow-up deadline passed: the next rung is due after its interval from now. */
	void overdue(UUID caseId, Instant at, ControlLevel nextRung, Instant nextAt) {
		jdbc.sql("""
				update control_ladder set overdue = true, overdue_since = :at, next_rung = :rung, next_at = :nextAt,
				  version = version + 1
				where case_id = :caseId and state = 'AWAITING'
				""")
			.param("at", at(at))
			.param("rung", nextRung == null ? null : nextRung.name())
			.param("nextAt", at(nextAt))
			.param("caseId", caseId)
			.update();
	}

	/** The PPK recorded a follow-up: the ladder stops; settled, or waiting for the auditor. */
	void followedUp(UUID caseId, Instant at, boolean settled) {
		jdbc.sql("""
				update control_ladder set state = :state, followed_up_at = coalesce(followed_up_at, :at),
				  settled_at = :settledAt, overdue = false, next_rung = null, next_at = null, version = version + 1
				where case_id = :caseId and state in ('AWAITING', 'AUDIT')
				""")
			.param("state", settled ? State.SETTLED.name() : State.AUDIT.name())
			.param("at", at(at))
			.param("settledAt", settled ? at(at) : null)
			.param("caseId", caseId)
			.update();
	}

	/** The auditor sent a lighter follow-up back: the PPK must act again, against a new deadline. */
	void sentBack(UUID caseId) {
		jdbc.sql("""
				update control_ladder set state = 'AWAITING', overdue = false, next_rung = null, next_at = null,
				  version = version + 1
				where case_id = :caseId and state = 'AUDIT'
				""")
			.param("caseId", caseId)
			.update();
	}

	boolean close(UUID caseId, Instant at) {
		return jdbc.sql("""
				update control_ladder set state = 'CLOSED', closed_at = :at, overdue = false, next_rung = null,
				  next_at = null, version = version + 1
				where case_id = :caseId and state in ('AWAITING', 'AUDIT')
				""")
			.param("at", at(at))
			.param("caseId", caseId)
			.update() == 1;
	}

	/** Ladders whose next rung is due, oldest first. */
	List<Ladder> due(Instant now, int limit) {
		return jdbc.sql("""
				select * from control_ladder
				where state = 'AWAITING' and overdue = true and next_at <= :now
				order by next_at fetch first :limit rows only
				""")
			.param("now", at(now))
			.param("limit", limit)
			.query(LadderRows::map)
			.list();
	}

	/**
	 * Climbs one rung if the ladder is still where the caller saw it. Exactly one of several nodes trying at
	 * once gets true; the others see the changed row and get false.
	 */
	boolean claim(Ladder seen, ControlLevel after, Instant afterAt) {
		return jdbc.sql("""
				update control_ladder set level = :rung, next_rung = :after, next_at = :afterAt, version = version + 1
				where case_id = :caseId and version = :version and state = 'AWAITING' and next_rung = :rung
				""")
			.param("rung", seen.nextRung().name())
			.param("after", after == null ? null : after.name())
			.param("afterAt", at(afterAt))
			.param("caseId", seen.caseId())
			.param("version", seen.version())
			.update() == 1;
	}

	void recordAction(Action action) {
		jdbc.sql("""
				insert into control_action (id, case_id, rung, fired_at, letter_id, block_id)
				values (:id, :caseId, :rung, :at, :letter, :block)
				""")
			.param("id", UUID.randomUUID())
			.param("caseId", action.caseId())
			.param("rung", action.rung().name())
			.param("at", at(action.firedAt()))
			.param("letter", action.letterId())
			.param("block", action.blockId())
			.update();
	}

	List<Action> actions(UUID caseId) {
		return jdbc.sql("select * from control_action where case_id = :caseId order by fired_at")
			.param("caseId", caseId)
			.query((rs, row) -> new Action(rs.getObject("case_id", UUID.class), ControlLevel.valueOf(rs.getString("rung")),
					instant(rs, "fired_at"), rs.getObject("letter_id", UUID.class), rs.getObject("block_id", UUID.class)))
			.list();
	}

	private static Ladder map(ResultSet rs, int row) throws SQLException {
		String next = rs.getString("next_rung");
		return new Ladder(rs.getObject("case_id", UUID.class), rs.getString("complaint_number"), rs.getString("nip"),
				rs.getString("employee_name"), rs.getString("employer_code"), rs.getString("region_code"),
				instant(rs, "forwarded_at"), State.valueOf(rs.getString("state")), rs.getBoolean("overdue"),
				instant(rs, "overdue_since"), instant(rs, "followed_up_at"), instant(rs, "settled_at"),
				instant(rs, "closed_at"), ControlLevel.valueOf(rs.getString("level")),
				next == null ? null : ControlLevel.valueOf(next), instant(rs, "next_at"), rs.getString("warning_after"),
				rs.getString("reprimand_after"), rs.getString("block_after"), rs.getInt("version"));
	}
}
