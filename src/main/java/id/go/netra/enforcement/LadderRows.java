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

import id.go.netra.casework.CaseSnapshot;
import id.go.netra.casework.ControlLevel;
import id.go.netra.catalog.BusinessCalendar;
import id.go.netra.catalog.TimeLimit;

/**
 * The {@code control_ladder} and {@code control_action} tables. A ladder holds its own rungs (the level climbed,
 * the next rung and when it is due); what it knows of its case (the {@link State}, overdue or not) is derived
 * from the case's snapshot by {@link Following#of} and written only by {@link #follow}. Every change of a ladder
 * is a conditional update on what the caller saw, so two nodes acting at once cannot both climb the same rung.
 */
@Repository
class LadderRows {

	/** Where the follow-up of a forwarded case stands, as its case's stage and status say. */
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
			Instant nextAt, String warningAfter, String reprimandAfter, String blockAfter, int version,
			int caseVersion) {

		TimeLimit intervalBefore(ControlLevel rung) {
			return TimeLimit.parse(switch (rung) {
				case WARNING -> warningAfter;
				case REPRIMAND -> reprimandAfter;
				case BLOCKED -> blockAfter;
				case NONE -> throw new IllegalArgumentException("NONE is not a rung");
			});
		}
	}

	record Action(UUID caseId, ControlLevel rung, Instant firedAt, UUID letterId, UUID blockId) {
	}

	/** What a ladder follows of its case at one version of it. */
	record Following(int caseVersion, State state, boolean overdue, Instant overdueSince, Instant followedUpAt,
			Instant settledAt, Instant closedAt) {

		static Following of(CaseSnapshot c) {
			State state = switch (c.stage()) {
				case FOLLOW_UP -> State.AWAITING;
				case AUDIT -> State.AUDIT;
				case CLOSED -> c.sanctioned() ? State.SETTLED : State.CLOSED;
				// a forwarded case never goes back to an earlier stage
				default -> throw new IllegalArgumentException("no follow-up yet: " + c.stage());
			};
			boolean overdue = state == State.AWAITING && c.overdue();
			return new Following(c.version(), state, overdue, overdue ? c.overdueSince() : null,
					c.followUp() == null ? null : c.followUp().recordedAt(),
					state == State.SETTLED ? c.closedAt() : null, state == State.CLOSED ? c.closedAt() : null);
		}
	}

	private final JdbcClient jdbc;

	LadderRows(JdbcClient jdbc) {
		this.jdbc = jdbc;
	}

	/**
	 * Starts the ladder of a case forwarded to its PPK; does nothing if it has one already, also when another
	 * listener starts it at the same moment (the events of one case are handled concurrently).
	 */
	boolean start(Ladder l) {
		return jdbc.sql("""
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
			.update() == 1;
	}

	Optional<Ladder> find(UUID caseId) {
		return jdbc.sql("select * from control_ladder where case_id = :caseId")
			.param("caseId", caseId)
			.query(LadderRows::map)
			.optional();
	}

	/**
	 * Brings the ladder to its case's version in {@code f}, unless it has followed that version or a newer one (a
	 * late event). The next rung is armed when the follow-up has just become overdue (due its interval after the
	 * deadline passed), and disarmed when the follow-up is no longer awaited or no longer overdue. Returns the
	 * ladder as it was before, when it changed.
	 */
	Optional<Ladder> follow(UUID caseId, Following f, BusinessCalendar calendar) {
		for (int attempt = 0; attempt < 5; attempt++) {
			Optional<Ladder> found = find(caseId);
			if (found.isEmpty() || found.get().caseVersion() >= f.caseVersion()) {
				return Optional.empty();
			}
			Ladder seen = found.get();
			ControlLevel nextRung = null;
			Instant nextAt = null;
			if (f.overdue() && seen.state() == State.AWAITING && seen.overdue()) {
				nextRung = seen.nextRung();
				nextAt = seen.nextAt();
			}
			else if (f.overdue()) {
				nextRung = seen.level().next();
				nextAt = nextRung == null ? null : seen.intervalBefore(nextRung).after(f.overdueSince(), calendar);
			}
			int updated = jdbc.sql("""
					update control_ladder set state = :state, overdue = :overdue, overdue_since = :overdueSince,
					  followed_up_at = coalesce(followed_up_at, :followedUpAt), settled_at = :settledAt,
					  closed_at = :closedAt, next_rung = :rung, next_at = :nextAt, case_version = :caseVersion,
					  version = version + 1
					where case_id = :caseId and version = :version
					""")
				.param("state", f.state().name())
				.param("overdue", f.overdue())
				.param("overdueSince", at(f.overdueSince()))
				.param("followedUpAt", at(f.followedUpAt()))
				.param("settledAt", at(f.settledAt()))
				.param("closedAt", at(f.closedAt()))
				.param("rung", nextRung == null ? null : nextRung.name())
				.param("nextAt", at(nextAt))
				.param("caseVersion", f.caseVersion())
				.param("caseId", caseId)
				.param("version", seen.version())
				.update();
			if (updated == 1) {
				return Optional.of(seen);
			}
			// the watch climbed a rung, or another node followed the case, meanwhile: look again
		}
		throw new org.springframework.dao.ConcurrencyFailureException("ladder of " + caseId + " kept changing");
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
				rs.getString("reprimand_after"), rs.getString("block_after"), rs.getInt("version"),
				rs.getInt("case_version"));
	}
}
