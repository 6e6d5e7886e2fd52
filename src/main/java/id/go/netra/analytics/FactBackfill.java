package id.go.netra.analytics;

import java.util.List;
import java.util.UUID;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.boot.context.event.ApplicationReadyEvent;
import org.springframework.context.event.EventListener;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.scheduling.annotation.Async;
import org.springframework.stereotype.Component;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * Fills the read model for cases it has no row for (cases filed before analytics existed, or whose event was
 * lost to a crash before the registry kept it), in the background after start-up, a page at a time.
 */
@Component
class FactBackfill {

	private static final Logger log = LoggerFactory.getLogger(FactBackfill.class);
	private static final int PAGE = 500;

	private final id.go.netra.casework.Casework casework;
	private final CaseFacts facts;
	private final JdbcClient jdbc;
	private final TransactionTemplate transactions;

	FactBackfill(id.go.netra.casework.Casework casework, CaseFacts facts, JdbcClient jdbc,
			TransactionTemplate transactions) {
		this.casework = casework;
		this.facts = facts;
		this.jdbc = jdbc;
		this.transactions = transactions;
	}

	@Async
	@EventListener(ApplicationReadyEvent.class)
	void catchUp() {
		int filled = 0;
		UUID after = null;
		List<UUID> page;
		do {
			page = casework.idsAfter(after, PAGE);
			for (UUID id : page) {
				boolean known = jdbc.sql("select count(*) from case_fact where case_id = :id").param("id", id)
					.query(Long.class).single() > 0;
				if (!known) {
					transactions.executeWithoutResult(tx -> facts.refresh(id));
					filled++;
				}
			}
			after = page.isEmpty() ? after : page.get(page.size() - 1);
		}
		while (page.size() == PAGE);
		if (filled > 0) {
			log.info("Analytics read model: {} cases added that had no row yet", filled);
		}
	}
}
