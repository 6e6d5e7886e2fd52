package id.go.netra.reporting;

import java.util.List;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.boot.context.event.ApplicationStartedEvent;
import org.springframework.context.event.EventListener;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * Seals the reporters' identities that an older version stored in plain text (V1_42), at every start until none
 * is left: Flyway runs before the keys are at hand, so the upgrade finishes here. Each row is sealed and its plain
 * columns emptied in one conditional update, so two nodes starting together never seal a row twice, and a crash
 * half-way leaves the remaining rows for the next start. Logs how many, never whom.
 */
@Component
class PlaintextReporterSealer {

	private static final Logger log = LoggerFactory.getLogger(PlaintextReporterSealer.class);
	private static final int BATCH = 200;

	private final JdbcClient jdbc;
	private final ReporterSeal seal;
	private final TransactionTemplate transactions;

	PlaintextReporterSealer(JdbcClient jdbc, ReporterSeal seal, TransactionTemplate transactions) {
		this.jdbc = jdbc;
		this.seal = seal;
		this.transactions = transactions;
	}

	@EventListener(ApplicationStartedEvent.class)
	void sealOnStart() {
		int sealed = sealRemaining();
		if (sealed > 0) {
			log.info("Sealed the identity of {} reporter(s) stored in plain text by an earlier version", sealed);
		}
	}

	/** Seals every plaintext identity left; returns how many rows it changed. */
	int sealRemaining() {
		int total = 0;
		while (true) {
			Integer done = transactions.execute(status -> sealBatch());
			if (done == null || done == 0) {
				return total;
			}
			total += done;
		}
	}

	private int sealBatch() {
		List<Plain> rows = jdbc.sql("""
				select id, anonymous, reporter_name, reporter_email, reporter_phone from report
				where reporter_name is not null or reporter_email is not null or reporter_phone is not null
				order by id limit :limit
				""")
			.param("limit", BATCH)
			.query((rs, n) -> new Plain(rs.getLong("id"), rs.getBoolean("anonymous"),
					new ReporterIdentity(rs.getString("reporter_name"), rs.getString("reporter_email"),
							rs.getString("reporter_phone"))))
			.list();
		int changed = 0;
		for (Plain row : rows) {
			// an anonymous report keeps no identity, even one left behind by an old bug
			String sealed = row.anonymous() ? null : seal.seal(row.id(), row.identity());
			changed += jdbc.sql("""
					update report set reporter_identity = coalesce(reporter_identity, :sealed),
					  reporter_name = null, reporter_email = null, reporter_phone = null
					where id = :id
					  and (reporter_name is not null or reporter_email is not null or reporter_phone is not null)
					""").param("sealed", sealed).param("id", row.id()).update();
		}
		return changed;
	}

	private record Plain(long id, boolean anonymous, ReporterIdentity identity) {
	}
}
