package id.go.netra.monitoring;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * The synthetic examples shipped with Netra (monitoring/seed-examples-id.txt, written for it, in both labels) that
 * the classifier always learns from beside the reviewers' examples: general forms of campaigning and of reporting,
 * with placeholders for the candidates, pairs, parties and ballot numbers that are filled from the lexicon in use,
 * so that they speak of the election being watched. Filled deterministically (entries sorted, then picked by the
 * line's number), so the same lexicon gives the same examples on every node.
 */
final class SeedExamples {

	static final String RESOURCE = "monitoring/seed-examples-id.txt";

	private static final List<String> LINES = SlangMap.lines(RESOURCE);
	private static final Pattern PLACEHOLDER = Pattern.compile("\\{(calon2?|pasangan|partai|nomor|slogan|tagar)}");

	private SeedExamples() {
	}

	/** The seed examples filled from the lexicon; a line whose placeholder the lexicon cannot fill is left out. */
	static List<Example> of(Lexicon lexicon) {
		Map<LexiconEntry.Kind, List<LexiconEntry>> byKind = new EnumMap<>(LexiconEntry.Kind.class);
		lexicon.entries()
			.stream()
			.sorted(Comparator.comparing(LexiconEntry::kind).thenComparing(LexiconEntry::term))
			.forEach(entry -> byKind.computeIfAbsent(entry.kind(), kind -> new ArrayList<>()).add(entry));
		List<Example> seeds = new ArrayList<>(LINES.size());
		for (int n = 0; n < LINES.size(); n++) {
			String line = LINES.get(n);
			int bar = line.indexOf('|');
			if (bar < 0) {
				throw new IllegalStateException(RESOURCE + ": a line must be LABEL|text: " + line);
			}
			String text = fill(line.substring(bar + 1).strip(), n, byKind);
			if (text != null) {
				seeds.add(new Example("seed-" + (n + 1), text, Label.valueOf(line.substring(0, bar).strip())));
			}
		}
		return List.copyOf(seeds);
	}

	private static String fill(String template, int n, Map<LexiconEntry.Kind, List<LexiconEntry>> byKind) {
		Matcher placeholder = PLACEHOLDER.matcher(template);
		StringBuilder text = new StringBuilder();
		LexiconEntry candidate = null;
		while (placeholder.find()) {
			LexiconEntry entry = switch (placeholder.group(1)) {
				case "calon" -> candidate = pick(byKind.get(LexiconEntry.Kind.CANDIDATE), n, null);
				case "calon2" -> pick(byKind.get(LexiconEntry.Kind.CANDIDATE), n + 1, candidate);
				case "pasangan" -> pick(byKind.get(LexiconEntry.Kind.PAIR), n, null);
				case "partai" -> pick(byKind.get(LexiconEntry.Kind.PARTY), n, null);
				case "slogan" -> pick(byKind.get(LexiconEntry.Kind.SLOGAN), n, null);
				case "tagar" -> pick(byKind.get(LexiconEntry.Kind.HASHTAG), n, null);
				default -> pick(byKind.get(LexiconEntry.Kind.BALLOT_NUMBER), n, null);
			};
			if (entry == null) {
				return null;
			}
			placeholder.appendReplacement(text, Matcher.quoteReplacement(entry.term()));
		}
		placeholder.appendTail(text);
		return text.toString();
	}

	/**
	 * The entry at a place set by the line's number (spread over the list by a stride prime to most lengths); when
	 * {@code other} is given, the first from there that refers to someone else.
	 */
	private static LexiconEntry pick(List<LexiconEntry> entries, int n, LexiconEntry other) {
		if (entries == null || entries.isEmpty()) {
			return null;
		}
		for (int step = 0; step < entries.size(); step++) {
			LexiconEntry entry = entries.get((n * 7 + step) % entries.size());
			if (other == null || entry.refersTo() == null || !entry.refersTo().equals(other.refersTo())) {
				return entry;
			}
		}
		return null;
	}
}
