package id.go.netra.audit;

import java.util.ArrayList;
import java.util.List;

import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Propagation;
import org.springframework.transaction.annotation.Transactional;

/**
 * Seals committed audit entries into the hash chain, oldest id first, a batch at a time: each gets the hash of
 * the entry sealed before it, its own hash and its place in the chain. One sealer at a time holds the chain
 * head (also across nodes); an entry whose transaction commits late is sealed later, with a later place.
 * {@link AuditTrail} runs it every {@code netra.audit.seal-interval} (default half a second), and before the
 * chain is verified; each batch is its own transaction.
 */
@Component
class AuditSealer {

	static final int BATCH = 500;

	private final JdbcClient jdbc;
	private final JdbcTemplate template;

	AuditSealer(JdbcClient jdbc, JdbcTemplate template) {
		this.jdbc = jdbc;
		this.template = template;
	}

	/** Seals up to one batch of unsealed entries; returns how many. */
	@Transactional(propagation = Propagation.REQUIRES_NEW)
	public int seal() {
		Object[] head = jdbc.sql("select last_hash, coalesce(last_seq, 0) as last_seq from audit_chain_head where id = 1 for update")
			.query((rs, row) -> new Object[] { rs.getString("last_hash"), rs.getLong("last_seq") })
			.single();
		List<AuditEntry> pending = jdbc
			.sql("select * from audit_entry where chain_seq is null order by id fetch first " + BATCH + " rows only")
			.query(AuditTrail::entry)
			.list();
		if (pending.isEmpty()) {
			return 0;
		}
		String previous = (String) head[0];
		long seq = (Long) head[1];
		List<Object[]> updates = new ArrayList<>(pending.size());
		long lastId = 0;
		for (AuditEntry entry : pending) {
			String hash = AuditTrail.hash(previous, entry.occurredAt(), AuditTrail.record(entry));
			seq++;
			updates.add(new Object[] { previous, hash, seq, entry.id() });
			previous = hash;
			lastId = entry.id();
		}
		template.batchUpdate("update audit_entry set previous_hash = ?, entry_hash = ?, chain_seq = ?"
				+ " where id = ? and chain_seq is null", updates);
		jdbc.sql("update audit_chain_head set last_hash = :hash, last_seq = :seq, last_id = :id where id = 1")
			.param("hash", previous)
			.param("seq", seq)
			.param("id", lastId)
			.update();
		return pending.size();
	}
}
