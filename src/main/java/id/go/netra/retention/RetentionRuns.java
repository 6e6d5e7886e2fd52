package id.go.netra.retention;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Instant;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.ArrayList;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.jdbc.support.GeneratedKeyHolder;
import org.springframework.stereotype.Repository;

import id.go.netra.Page;

/** The schedule row that makes one node at a time run, and the record of every run. */
@Repository
class RetentionRuns {

	private final JdbcClient jdbc;

	RetentionRuns(JdbcClient jdbc) {
		this.jdbc = jdbc;
	}

	/**
	 * Claims the scheduled run when it is due, moving the next one to {@code next}; the row stays locked until the
	 * caller's transaction ends, so a second node waits and then finds the run no longer due.
	 */
	boolean claimDue(Instant now, Instant next) {
		return jdbc.sql("update retention_schedule set next_run_at = :next where id = 1 and next_run_at <= :now")
			.param("next", at(next))
			.param("now", at(now))
			.update() == 1;
	}

	/** Locks the schedule row for a run by hand, so it never overlaps a scheduled one. */
	void lock() {
		jdbc.sql("update retention_schedule set next_run_at = next_run_at where id = 1").update();
	}

	Instant nextRunAt() {
		return jdbc.sql("select next_run_at from retention_schedule where id = 1")
			.query((rs, n) -> rs.getObject(1, OffsetDateTime.class).toInstant())
			.single();
	}

	RetentionRun save(RetentionRun run) {
		GeneratedKeyHolder key = new GeneratedKeyHolder();
		jdbc.sql("""
				insert into retention_run (started_at, finished_at, triggered_by, cutoff, cases, identities_erased,
				  files_deleted, bytes_deleted, notices_deleted)
				values (:started, :finished, :by, :cutoff, :cases, :identities, :files, :bytes, :notices)""")
			.param("started", at(run.startedAt()))
			.param("finished", at(run.finishedAt()))
			.param("by", run.triggeredBy())
			.param("cutoff", at(run.cutoff()))
			.param("cases", run.cases())
			.param("identities", run.identitiesErased())
			.param("files", run.filesDeleted())
			.param("bytes", run.bytesDeleted())
			.param("notices", run.noticesDeleted())
			.update(key, "id");
		long id = key.getKey().longValue();
		for (String number : run.complaintNumbers()) {
			jdbc.sql("insert into retention_run_case (run_id, complaint_number) values (:run, :number)")
				.param("run", id)
				.param("number", number)
				.update();
		}
		return new RetentionRun(id, run.startedAt(), run.finishedAt(), run.triggeredBy(), run.cutoff(), run.cases(),
				run.identitiesErased(), run.filesDeleted(), run.bytesDeleted(), run.noticesDeleted(),
				run.complaintNumbers());
	}

	/** Runs, newest first, each with the complaint numbers it touched. */
	Page<RetentionRun> page(int page, int size) {
		long total = jdbc.sql("select count(*) from retention_run").query(Long.class).single();
		List<RetentionRun> runs = jdbc.sql("select * from retention_run order by started_at desc, id desc"
				+ " limit :size offset :offset")
			.param("size", size)
			.param("offset", (long) page * size)
			.query((rs, n) -> run(rs, List.of()))
			.list();
		if (runs.isEmpty()) {
			return new Page<>(runs, page, size, total);
		}
		Map<Long, List<String>> numbers = new TreeMap<>();
		jdbc.sql("select run_id, complaint_number from retention_run_case where run_id in (:ids)"
				+ " order by complaint_number")
			.param("ids", runs.stream().map(RetentionRun::id).toList())
			.query((rs, n) -> numbers.computeIfAbsent(rs.getLong(1), id -> new ArrayList<>()).add(rs.getString(2)))
			.list();
		return new Page<>(runs.stream()
			.map(run -> new RetentionRun(run.id(), run.startedAt(), run.finishedAt(), run.triggeredBy(), run.cutoff(),
					run.cases(), run.identitiesErased(), run.filesDeleted(), run.bytesDeleted(), run.noticesDeleted(),
					numbers.getOrDefault(run.id(), List.of())))
			.toList(), page, size, total);
	}

	private static RetentionRun run(ResultSet rs, List<String> numbers) throws SQLException {
		return new RetentionRun(rs.getLong("id"), instant(rs, "started_at"), instant(rs, "finished_at"),
				rs.getString("triggered_by"), instant(rs, "cutoff"), rs.getInt("cases"), rs.getInt("identities_erased"),
				rs.getInt("files_deleted"), rs.getLong("bytes_deleted"), rs.getInt("notices_deleted"), numbers);
	}

	private static Instant instant(ResultSet rs, String column) throws SQLException {
		return rs.getObject(column, OffsetDateTime.class).toInstant();
	}

	private static OffsetDateTime at(Instant instant) {
		return OffsetDateTime.ofInstant(instant, ZoneOffset.UTC);
	}
}
