package id.go.netra.monitoring;

import java.util.List;

/** The election lexicon the classifier uses: the entries of the elections being watched, with a version. */
public record Lexicon(long version, List<LexiconEntry> entries) {

	public Lexicon {
		entries = List.copyOf(entries);
	}

	public static Lexicon empty() {
		return new Lexicon(0, List.of());
	}
}
