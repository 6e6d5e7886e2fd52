package id.go.netra.monitoring;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

/** Placeholder until the classifier lands (same API): lexicon hits only. Replaced in this merge. */
final class PartisanModel {

	private final Lexicon lexicon;

	private PartisanModel(Lexicon lexicon) {
		this.lexicon = lexicon;
	}

	static PartisanModel cold(Lexicon lexicon) {
		return new PartisanModel(lexicon);
	}

	static PartisanModel train(Lexicon lexicon, List<Example> examples) {
		return new PartisanModel(lexicon);
	}

	Score score(String text) {
		String lower = text.toLowerCase(Locale.ROOT);
		List<String> terms = new ArrayList<>();
		for (LexiconEntry entry : lexicon.entries()) {
			if (lower.contains(entry.term().toLowerCase(Locale.ROOT))) {
				terms.add(entry.term());
			}
		}
		double score = terms.isEmpty() ? 0.1 : 0.9;
		return new Score(score >= 0.5 ? Label.PARTISAN : Label.NEUTRAL, score, terms.stream().limit(5).toList());
	}
}
