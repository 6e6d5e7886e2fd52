package id.go.netra.monitoring;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.boot.context.event.ApplicationReadyEvent;
import org.springframework.context.event.EventListener;
import org.springframework.stereotype.Component;

import id.go.netra.catalog.ElectionCalendar;

/**
 * The lexicon Netra starts with: the Pemilu 2024 (and 2019) candidates, pairs, ballot numbers, parties and campaign
 * words ({@code monitoring/lexicon-pemilu-2024.csv}, public facts with their sources), under the election PEMILU-2024
 * of the calendar, once: when no lexicon was ever saved. After that the lexicons are the administrators'.
 */
@Component
class LexiconSeeder {

	private static final Logger log = LoggerFactory.getLogger(LexiconSeeder.class);
	static final String ELECTION = "PEMILU-2024";

	private final Lexicons lexicons;
	private final ElectionCalendar elections;

	LexiconSeeder(Lexicons lexicons, ElectionCalendar elections) {
		this.lexicons = lexicons;
		this.elections = elections;
	}

	/** Before the classifier's warm-up ({@link Classifier#warmUp}), so its first model knows the lexicon. */
	@EventListener(ApplicationReadyEvent.class)
	@org.springframework.core.annotation.Order(org.springframework.core.Ordered.HIGHEST_PRECEDENCE)
	void seedOnce() {
		if (lexicons.version() > 0 || elections.election(ELECTION).isEmpty()) {
			return;
		}
		int entries = lexicons.seed(ELECTION, DefaultLexicons.read(DefaultLexicons.PEMILU_2024)).size();
		log.info("Election lexicon {} seeded with {} entries from {}", ELECTION, entries, DefaultLexicons.PEMILU_2024);
	}
}
