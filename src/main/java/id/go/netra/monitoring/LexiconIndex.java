package id.go.netra.monitoring;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;

/**
 * A lexicon prepared for matching: every term normalised and stemmed as a post's words are, looked up by its first
 * stem, the longest term winning where several start at one word; hashtag terms are matched against a post's
 * hashtags whole. Immutable and thread-safe.
 */
final class LexiconIndex {

	/** A lexicon term found in a post: token positions [start, end) (-1 for a whole hashtag) and the surface. */
	record Hit(LexiconEntry entry, int start, int end, String surface) {
	}

	private record Phrase(String[] stems, LexiconEntry entry) {
	}

	private final Map<String, List<Phrase>> byFirstStem = new HashMap<>();
	private final Map<String, LexiconEntry> hashtags = new HashMap<>();

	LexiconIndex(Lexicon lexicon, IndonesianText text) {
		for (LexiconEntry entry : lexicon.entries()) {
			if (entry.kind() == LexiconEntry.Kind.HASHTAG) {
				hashtags.putIfAbsent(hashtagKey(entry.term()), entry);
				continue;
			}
			String[] stems = text.stems(entry.term()).toArray(String[]::new);
			if (stems.length > 0) {
				byFirstStem.computeIfAbsent(stems[0], first -> new ArrayList<>()).add(new Phrase(stems, entry));
			}
		}
		byFirstStem.values().forEach(phrases -> phrases.sort((a, b) -> b.stems().length - a.stems().length));
	}

	/** The words of every term, lower case, so that hashtags can be split into them. */
	static List<String> words(Lexicon lexicon) {
		List<String> words = new ArrayList<>();
		for (LexiconEntry entry : lexicon.entries()) {
			for (String word : entry.term().toLowerCase(Locale.ROOT).split("[^\\p{L}\\p{N}]+")) {
				if (word.length() >= 3) {
					words.add(word);
				}
			}
		}
		return words;
	}

	List<Hit> hits(IndonesianText.Analysis analysis) {
		List<Hit> hits = new ArrayList<>();
		List<IndonesianText.Token> tokens = analysis.tokens;
		int p = 0;
		while (p < tokens.size()) {
			List<Phrase> candidates = byFirstStem.get(tokens.get(p).stem());
			Phrase match = null;
			if (candidates != null) {
				for (Phrase phrase : candidates) {
					if (matches(phrase.stems(), tokens, p)) {
						match = phrase;
						break;
					}
				}
			}
			if (match == null) {
				p++;
			}
			else {
				int end = p + match.stems().length;
				hits.add(new Hit(match.entry(), p, end, surface(tokens, p, end)));
				p = end;
			}
		}
		for (int h = 0; h < analysis.hashtags.size(); h++) {
			LexiconEntry entry = hashtags.get(analysis.hashtags.get(h));
			if (entry != null) {
				hits.add(new Hit(entry, -1, -1, analysis.hashtagSurfaces.get(h)));
			}
		}
		return hits;
	}

	private static boolean matches(String[] stems, List<IndonesianText.Token> tokens, int p) {
		if (p + stems.length > tokens.size()) {
			return false;
		}
		for (int k = 0; k < stems.length; k++) {
			if (!stems[k].equals(tokens.get(p + k).stem())) {
				return false;
			}
		}
		return true;
	}

	/** The words as written, a hashtag once however many of its words the term covers. */
	private static String surface(List<IndonesianText.Token> tokens, int start, int end) {
		if (end - start == 1) {
			return tokens.get(start).surface();
		}
		StringBuilder out = new StringBuilder();
		String last = null;
		for (int k = start; k < end; k++) {
			String surface = tokens.get(k).surface();
			if (!surface.equals(last)) {
				if (out.length() > 0) {
					out.append(' ');
				}
				out.append(surface);
				last = surface;
			}
		}
		return out.toString();
	}

	private static String hashtagKey(String term) {
		String key = term.strip().toLowerCase(Locale.ROOT);
		return key.startsWith("#") ? key.substring(1) : key;
	}
}
