package id.go.netra.monitoring;

import java.nio.ByteBuffer;
import java.nio.CharBuffer;
import java.nio.charset.CharacterCodingException;
import java.nio.charset.Charset;
import java.nio.charset.CharsetEncoder;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;

import org.apache.lucene.analysis.CharArraySet;
import org.apache.lucene.analysis.id.IndonesianAnalyzer;
import org.apache.lucene.analysis.id.IndonesianStemmer;

/**
 * Indonesian social-media text as people write it, turned into words the classifier can count: slang and
 * abbreviations normalised through {@link SlangMap} ("yg" -> "yang", "gak" -> "tidak"), hashtags split into words
 * (#AMINAjaDulu -> amin aja dulu, by case, digits and known words), mentions of readable handles kept as names
 * (@jokowi -> jokowi) and hashed handles dropped, URLs, retweet markers and "[RE account]" credits noted but not
 * counted as words, emoji kept as tokens of their own, and text that was UTF-8 read as Windows-1252 (crawler
 * exports: "ðŸ‘") repaired first.
 * <p>
 * Words are stemmed with Lucene's Indonesian stemmer. It over-stems derivations ("memilih" -> "ilih"), which does
 * no harm where both the lexicon and the text go through the same stemmer; a stem shorter than three letters falls
 * back to the word with only its particles and possessives removed ("debatnya" -> "debat"). Thread-safe: its only
 * state is a bounded cache of normalised spellings.
 */
final class IndonesianText {

	/** Where a token came from in the post. */
	enum Source {
		WORD, HASHTAG, MENTION, EMOJI, NUMBER
	}

	/**
	 * One token: its normalised word (lower case, slang replaced), its stem, the surface a reviewer reads (the word
	 * as written, or the whole hashtag for a hashtag's words), where it came from, and whether it is a stop word.
	 */
	record Token(String word, String stem, String surface, Source source, boolean stop) {
	}

	/** A post, analysed. */
	static final class Analysis {

		final List<Token> tokens = new ArrayList<>();
		/** Hashtags without '#', lower case, and as written (with '#'). */
		final List<String> hashtags = new ArrayList<>();
		final List<String> hashtagSurfaces = new ArrayList<>();
		int urls;
		int mentions;
		boolean retweet;
		/** The account a retweet credits ("[RE tempodotco]"), lower case, or null. */
		String credit;
		int exclamations;
		int questions;
		/** Words of four letters or more written in capitals. */
		int shouted;
		/** Words of four letters or more starting with a capital (headlines capitalise every word). */
		int capitalised;
		int longWords;
		/** The host names of the links, lower case, without "www.". */
		final List<String> hosts = new ArrayList<>(2);
		/** The handles mentioned, lower case. */
		final List<String> handles = new ArrayList<>(2);
	}

	private static final Charset WINDOWS_1252 = Charset.forName("windows-1252");
	/** Words already normalised, by their spelling: most of a stream's words are a few thousand common ones. */
	private static final int WORD_CACHE = 50_000;

	/** A spelling's normalised words (slang may stand for several), their stems and stop-word flags. */
	private record Normal(String[] words, String[] stems, boolean[] stop, boolean number) {
	}

	private final Map<String, Normal> words = new ConcurrentHashMap<>();

	private final SlangMap slang;
	private final CharArraySet stopWords = IndonesianAnalyzer.getDefaultStopSet();
	private final Set<String> knownWords;

	/** @param extraWords words hashtags may be split into beside the stop words and slang targets (the lexicon's) */
	IndonesianText(SlangMap slang, Iterable<String> extraWords) {
		this.slang = slang;
		Set<String> known = new HashSet<>();
		for (Object stop : stopWords) {
			known.add(new String((char[]) stop));
		}
		slang.targets().forEach(known::add);
		extraWords.forEach(word -> known.add(word.toLowerCase(Locale.ROOT)));
		this.knownWords = Set.copyOf(known);
	}

	Analysis analyse(String text) {
		Analysis analysis = new Analysis();
		String s = repairMojibake(text);
		int n = s.length();
		int i = 0;
		while (i < n) {
			char c = s.charAt(i);
			if (Character.isWhitespace(c)) {
				i++;
			}
			else if (startsUrl(s, i)) {
				analysis.urls++;
				int end = endOfRun(s, i);
				analysis.hosts.add(host(s, i, end));
				i = end;
			}
			else if (c == '[' && s.startsWith("[RE ", i)) {
				int end = s.indexOf(']', i);
				end = end < 0 ? n : end;
				analysis.retweet = true;
				analysis.credit = s.substring(i + 4, end).strip().toLowerCase(Locale.ROOT);
				i = Math.min(n, end + 1);
			}
			else if (c == '#' && i + 1 < n && Character.isLetterOrDigit(s.charAt(i + 1))) {
				int end = i + 1;
				while (end < n && (Character.isLetterOrDigit(s.charAt(end)) || s.charAt(end) == '_')) {
					end++;
				}
				hashtag(s.substring(i + 1, end), analysis);
				i = end;
			}
			else if (c == '@' && i + 1 < n && isHandle(s.charAt(i + 1))) {
				int end = i + 1;
				while (end < n && isHandle(s.charAt(end))) {
					end++;
				}
				mention(s.substring(i + 1, end), analysis);
				i = end;
			}
			else if (Character.isLetterOrDigit(c)) {
				int end = i + 1;
				while (end < n && (Character.isLetterOrDigit(s.charAt(end)) || isApostrophe(s.charAt(end)))) {
					end++;
				}
				word(s.substring(i, end), analysis);
				i = end;
			}
			else {
				int cp = s.codePointAt(i);
				if (isEmoji(cp)) {
					String emoji = new String(Character.toChars(cp));
					analysis.tokens.add(new Token(emoji, emoji, emoji, Source.EMOJI, false));
				}
				else if (c == '!') {
					analysis.exclamations++;
				}
				else if (c == '?') {
					analysis.questions++;
				}
				i += Character.charCount(cp);
			}
		}
		return analysis;
	}

	/** The normalised words of a lexicon term, as the same words in a post become: stems, in order. */
	List<String> stems(String term) {
		Analysis analysis = analyse(term);
		List<String> stems = new ArrayList<>(analysis.tokens.size());
		for (Token token : analysis.tokens) {
			stems.add(token.stem());
		}
		return stems;
	}

	private void word(String surface, Analysis analysis) {
		if (surface.equals("RT")) {
			analysis.retweet = true;
			return;
		}
		if (surface.length() >= 4) {
			analysis.longWords++;
			analysis.shouted += isCapitals(surface) ? 1 : 0;
			analysis.capitalised += Character.isUpperCase(surface.charAt(0)) ? 1 : 0;
		}
		if (slang.standardWords(surface.toLowerCase(Locale.ROOT)) != null) { // "mudah2an", "2periode" as a whole
			add(surface, surface, Source.WORD, analysis);
			return;
		}
		int start = 0;
		for (int k = 1; k <= surface.length(); k++) {
			if (k == surface.length() || Character.isDigit(surface.charAt(k)) != Character.isDigit(surface.charAt(k - 1))) {
				String part = surface.substring(start, k);
				boolean reduplication = k == surface.length() && start > 0 && part.equals("2");
				if (!reduplication) { // "hal2", "mudah2an": the 2 marks a repeated word, not a number
					add(part, surface, Source.WORD, analysis);
				}
				start = k;
			}
		}
	}

	private void hashtag(String raw, Analysis analysis) {
		String surface = "#" + raw;
		analysis.hashtags.add(raw.toLowerCase(Locale.ROOT));
		analysis.hashtagSurfaces.add(surface);
		for (String part : splitCompound(raw)) {
			add(part, surface, Source.HASHTAG, analysis);
		}
	}

	private void mention(String handle, Analysis analysis) {
		analysis.mentions++;
		analysis.handles.add(handle.toLowerCase(Locale.ROOT));
		boolean readable = handle.length() <= 20;
		for (int k = 0; k < handle.length() && readable; k++) {
			char c = handle.charAt(k);
			readable = c < 128 && (Character.isLetterOrDigit(c) || c == '_');
		}
		if (readable) { // a person's or an outlet's handle: its words count, a hashed handle says nothing
			for (String part : splitCompound(handle)) {
				add(part, "@" + handle, Source.MENTION, analysis);
			}
		}
	}

	/** Splits a hashtag or handle at underscores, case changes, digits and, inside a lower-case run, known words. */
	List<String> splitCompound(String raw) {
		List<String> parts = new ArrayList<>();
		int start = 0;
		int n = raw.length();
		for (int k = 1; k <= n; k++) {
			boolean boundary = k == n || raw.charAt(k) == '_' || raw.charAt(k - 1) == '_';
			if (!boundary) {
				char previous = raw.charAt(k - 1);
				char current = raw.charAt(k);
				boundary = Character.isDigit(previous) != Character.isDigit(current)
						|| Character.isLowerCase(previous) && Character.isUpperCase(current)
						|| Character.isUpperCase(previous) && Character.isUpperCase(current) && k + 1 < n
								&& Character.isLowerCase(raw.charAt(k + 1));
			}
			if (boundary) {
				String part = raw.substring(start, k);
				if (!part.equals("_") && !part.isEmpty()) {
					if (part.length() >= 6 && isLower(part) && !knownWords.contains(part)) {
						parts.addAll(segment(part));
					}
					else {
						parts.add(part);
					}
				}
				start = k;
			}
		}
		return parts;
	}

	/** Known words covering as much of a lower-case run as possible, in as few pieces as possible. */
	private List<String> segment(String run) {
		int n = run.length();
		int[] cost = new int[n + 1];
		int[] from = new int[n + 1];
		for (int end = 1; end <= n; end++) {
			cost[end] = cost[end - 1] + 10; // one letter left unknown
			from[end] = end - 1;
			for (int begin = Math.max(0, end - 20); begin <= end - 3; begin++) {
				if (cost[begin] + 1 < cost[end] && knownWords.contains(run.substring(begin, end))) {
					cost[end] = cost[begin] + 1;
					from[end] = begin;
				}
			}
		}
		List<String> pieces = new ArrayList<>();
		int end = n;
		int unknownEnd = -1;
		while (end > 0) {
			int begin = from[end];
			boolean known = end - begin > 1 || knownWords.contains(run.substring(begin, end));
			if (known) {
				if (unknownEnd >= 0) {
					pieces.add(0, run.substring(end, unknownEnd));
					unknownEnd = -1;
				}
				pieces.add(0, run.substring(begin, end));
			}
			else if (unknownEnd < 0) {
				unknownEnd = end;
			}
			end = begin;
		}
		if (unknownEnd >= 0) {
			pieces.add(0, run.substring(0, unknownEnd));
		}
		return pieces;
	}

	private void add(String part, String surface, Source source, Analysis analysis) {
		Normal normal = words.get(part);
		if (normal == null) {
			normal = normalise(part);
			if (words.size() < WORD_CACHE) {
				words.put(part, normal);
			}
		}
		Source as = normal.number() && source == Source.WORD ? Source.NUMBER : source;
		for (int k = 0; k < normal.words().length; k++) {
			analysis.tokens.add(new Token(normal.words()[k], normal.stems()[k], surface, as, normal.stop()[k]));
		}
	}

	/** A word as written, normalised: lower case, apostrophes and repeated letters gone, slang replaced, stemmed. */
	private Normal normalise(String part) {
		String lower = collapseRepeats(stripApostrophes(part.toLowerCase(Locale.ROOT)));
		if (lower.isEmpty()) {
			return new Normal(new String[0], new String[0], new boolean[0], false);
		}
		if (Character.isDigit(lower.charAt(0))) {
			return new Normal(new String[] { lower }, new String[] { lower }, new boolean[1], true);
		}
		String[] standard = slang.standardWords(lower);
		String[] normalised = standard == null ? new String[] { lower } : standard;
		String[] stems = new String[normalised.length];
		boolean[] stop = new boolean[normalised.length];
		for (int k = 0; k < normalised.length; k++) {
			stems[k] = stem(normalised[k]);
			stop[k] = stopWords.contains(normalised[k]);
		}
		return new Normal(normalised, stems, stop, false);
	}

	private static String stem(String word) {
		IndonesianStemmer stemmer = new IndonesianStemmer(); // not thread-safe, and cheap
		char[] chars = word.toCharArray();
		int length = stemmer.stem(chars, chars.length, true);
		if (length < 3) {
			chars = word.toCharArray();
			length = stemmer.stem(chars, chars.length, false);
		}
		return length == word.length() ? word : new String(chars, 0, length);
	}

	/** Text that was UTF-8 decoded as Windows-1252, once or twice over ("ÃƒÂ°Ã‚Å¸"), decoded back. */
	static String repairMojibake(String text) {
		String s = text;
		for (int round = 0; round < 3 && looksMisdecoded(s); round++) {
			CharsetEncoder encoder = WINDOWS_1252.newEncoder().onUnmappableCharacter(CodingErrorAction.REPORT)
				.onMalformedInput(CodingErrorAction.REPORT);
			try {
				// an undefined Windows-1252 byte was read as U+FFFD: it is lost, and its character with it
				ByteBuffer bytes = encoder.encode(CharBuffer.wrap(s.replace("\uFFFD", "")));
				String repaired = StandardCharsets.UTF_8.newDecoder().onMalformedInput(CodingErrorAction.REPLACE)
					.onUnmappableCharacter(CodingErrorAction.REPLACE).decode(bytes).toString();
				if (repaired.equals(s)) {
					break;
				}
				s = repaired;
			}
			catch (CharacterCodingException e) {
				break; // real non-Latin characters beside the garbling: leave the text as it is
			}
		}
		return s;
	}

	private static boolean looksMisdecoded(String s) {
		for (int k = 0; k < s.length(); k++) {
			char c = s.charAt(k);
			if (c == 'Ã' || c == 'Â' || c == 'ð' || c == 'â' && k + 1 < s.length() && s.charAt(k + 1) == '€') {
				return true;
			}
		}
		return false;
	}

	static boolean isEmoji(int cp) {
		boolean modifier = cp >= 0x1F3FB && cp <= 0x1F3FF;
		return !modifier && (cp >= 0x1F000 && cp <= 0x1FAFF || cp >= 0x2600 && cp <= 0x27BF
				|| cp >= 0x2300 && cp <= 0x23FF || cp >= 0x2B00 && cp <= 0x2BFF);
	}

	private static boolean startsUrl(String s, int i) {
		return s.startsWith("http://", i) || s.startsWith("https://", i) || s.startsWith("www.", i)
				|| s.startsWith("pic.twitter.com/", i);
	}

	private static String host(String s, int start, int end) {
		int from = s.indexOf("//", start);
		from = from < 0 || from >= end ? start : from + 2;
		int to = from;
		while (to < end && s.charAt(to) != '/' && s.charAt(to) != '?' && s.charAt(to) != ':') {
			to++;
		}
		String host = s.substring(from, to).toLowerCase(Locale.ROOT);
		return host.startsWith("www.") ? host.substring(4) : host;
	}

	private static int endOfRun(String s, int i) {
		int end = i;
		while (end < s.length() && !Character.isWhitespace(s.charAt(end))) {
			end++;
		}
		return end;
	}

	private static boolean isHandle(char c) {
		return Character.isLetterOrDigit(c) || c == '_' || c == '+' || c == '/' || c == '=';
	}

	private static boolean isApostrophe(char c) {
		return c == '\'' || c == '\u2019';
	}

	private static String stripApostrophes(String word) {
		return word.indexOf('\'') < 0 && word.indexOf('\u2019') < 0 ? word
				: word.replace("'", "").replace("\u2019", "");
	}

	/** "yesss", "tuuuh": three or more of a letter become one. */
	private static String collapseRepeats(String word) {
		int n = word.length();
		boolean repeats = false;
		for (int k = 2; k < n && !repeats; k++) {
			repeats = word.charAt(k) == word.charAt(k - 1) && word.charAt(k) == word.charAt(k - 2);
		}
		if (!repeats) {
			return word;
		}
		StringBuilder out = new StringBuilder(n);
		int k = 0;
		while (k < n) {
			char c = word.charAt(k);
			int end = k;
			while (end < n && word.charAt(end) == c) {
				end++;
			}
			out.append(c);
			if (end - k == 2) {
				out.append(c);
			}
			k = end;
		}
		return out.length() == n ? word : out.toString();
	}

	private static boolean isCapitals(String word) {
		for (int k = 0; k < word.length(); k++) {
			if (!Character.isUpperCase(word.charAt(k))) {
				return false;
			}
		}
		return true;
	}

	private static boolean isLower(String word) {
		for (int k = 0; k < word.length(); k++) {
			if (!Character.isLowerCase(word.charAt(k))) {
				return false;
			}
		}
		return true;
	}
}
