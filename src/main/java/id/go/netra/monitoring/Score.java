package id.go.netra.monitoring;

import java.util.List;

/**
 * The classifier's answer for one text: its label, the probability that it is partisan (0..1), and the terms that
 * drove the score most, strongest first, as a reviewer can read them (words, hashtags, names; never feature ids).
 */
public record Score(Label label, double score, List<String> terms) {

	public Score {
		terms = List.copyOf(terms);
	}
}
