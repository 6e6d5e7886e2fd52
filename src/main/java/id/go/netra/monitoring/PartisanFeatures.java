package id.go.netra.monitoring;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

import id.go.netra.monitoring.IndonesianText.Analysis;
import id.go.netra.monitoring.IndonesianText.Source;
import id.go.netra.monitoring.IndonesianText.Token;
import id.go.netra.monitoring.LexiconIndex.Hit;

/**
 * What the partisan model sees of a post: a sparse vector over 2^18 hashed features, each with the surface a
 * reviewer can read where there is one.
 * <ul>
 * <li>Words: stems of the non-stop words (emoji among them), pairs of neighbouring stems and whole hashtags, each
 * worth {@link #WORD_VALUE}.</li>
 * <li>Lexicon: a hit of each kind (a second and further hits count a quarter), the person or pair a hit refers to,
 * and combinations: a campaign word or a ballot number within five words of a candidate, pair or party; a candidate
 * in a hashtag or a mention, and whether such a hashtag joins the name to other words (a slogan) or is the name alone (a
 * topic tag); two different people named; a candidate beside "kamu"/"anda" (attack) or
 * "saya"/"kami"/"kita" (a stance); nobody of the lexicon named at all.</li>
 * <li>Stance: words of praise or attack (monitoring/stance-id.txt), and one within five words of a candidate, pair
 * or party; candidates of rival pairs named together (posts comparing them are often reports).</li>
 * <li>Form: a link and its host, a news outlet's site or account, a retweet and the credited account, mentions,
 * exclamation and question marks, words in capitals, title case, words of reporting ("menurut", "kata"), emoji,
 * length, and the shape of a news headline (a link, no first or second person, no exclamation, short).</li>
 * </ul>
 * Immutable and thread-safe.
 */
final class PartisanFeatures {

	static final int BITS = 18;
	static final int DIMENSION = 1 << BITS;

	static final int NEAR = 5;
	/** A word's value before training scales it by its Naive Bayes ratio: below a lexicon hit's 1. */
	static final float WORD_VALUE = 0.3f;

	static final int CAMPAIGN_NEAR_ACTOR = index("C:campaign~actor");
	static final int BALLOT_NEAR_ACTOR = index("C:ballot~actor");
	static final int YOU_NEAR_ACTOR = index("C:you~actor");
	static final int WE_NEAR_ACTOR = index("C:we~actor");
	static final int ACTOR_IN_HASHTAG = index("C:actor-in-hashtag");
	static final int ACTOR_MENTIONED = index("C:actor-mentioned");
	/** A hashtag that joins a name to other words ("#GanjarMahfudRebound", "#TusukPrabowoSandi"): a slogan. */
	static final int ACTOR_HASHTAG_SLOGAN = index("C:actor-hashtag-slogan");
	/** A hashtag that is a name and nothing else ("#AniesBaswedan"): a topic tag, as news outlets add them. */
	static final int NAME_ONLY_HASHTAG = index("C:name-only-hashtag");
	static final int TWO_ACTORS = index("C:two-actors");
	static final int NO_ACTOR = index("C:no-actor");
	static final int EXCLAIM_WITH_ACTOR = index("C:exclaim-actor");
	static final int URL = index("S:url");
	static final int RETWEET = index("S:retweet");
	static final int CREDIT = index("S:credit");
	static final int MENTION = index("S:mention");
	static final int QUESTION = index("S:question");
	static final int EXCLAMATION = index("S:exclamation");
	static final int SHOUTED = index("S:shouted");
	static final int EMOJI = index("S:emoji");
	static final int HEADLINE = index("S:headline");
	static final int YOU = index("S:you");
	static final int WE = index("S:we");
	static final int STANCE = index("S:stance");
	static final int NEWS_SOURCE = index("S:news-source");
	static final int RIVALS = index("C:rival-camps");
	static final int REPORTING = index("S:reporting");
	static final int TITLE_CASE = index("S:title-case");
	static final int STANCE_NEAR_ACTOR = index("C:stance~actor");

	/** Words of praise and attack (monitoring/stance-id.txt): language, not an election's data. */
	static final String STANCE_WORDS = "monitoring/stance-id.txt";

	private static final int[] KIND = Arrays.stream(LexiconEntry.Kind.values())
		.mapToInt(kind -> index("L:" + kind.name()))
		.toArray();
	private static final int[] LENGTH = { index("S:length<10"), index("S:length<25"), index("S:length<50"),
			index("S:length>=50") };
	/** Parts of the names of news outlets' sites and accounts: a link to or a credit of one reports, mostly. */
	private static final List<String> NEWS = List.of("news", "berita", "tribun", "detik", "kompas", "tempo",
			"antara", "cnn", "bbc", "kumparan", "liputan6", "okezone", "republika", "viva", "merdeka", "tirto",
			"jpnn", "idntimes", "suara", "tvone", "metrotv", "inews", "sindo", "media", "times", "post", "pos");
	/** Who speaks: words of the second and first person, and of reporting or of the election's process. */
	private enum Voice {
		YOU, WE, REPORTING
	}

	/** Words of reporting and of the election's process rather than of campaigning. */
	private static final Set<String> REPORTING_WORDS = Set.of("kata", "ujar", "menurut", "mengatakan", "menyampaikan",
			"menyebut", "mengaku", "menegaskan", "menjelaskan", "mengklaim", "membantah", "survei", "elektabilitas",
			"kpu", "bawaslu", "koalisi", "rangkuman", "via", "dilansir", "diberitakan", "wartawan");
	private static final Set<String> SECOND_PERSON = Set.of("kamu", "anda", "kalian", "engkau");
	private static final Set<String> FIRST_PERSON = Set.of("saya", "kami", "kita");
	private static final Map<String, Voice> VOICES = voices();

	/** A post as features: parallel arrays of feature index, value and readable surface (null: none). */
	static final class Vector {

		int size;
		/** The first {@code words} entries are words, pairs, hashtags and emoji; the rest lexicon and form. */
		int words;
		int[] index = new int[64];
		float[] value = new float[64];
		String[] surface = new String[64];
		/** For a pair of words, the first word's surface ({@code surface} holds the second's); otherwise null. */
		String[] partner = new String[64];

		void add(int feature, float v, String readable) {
			if (size == index.length) {
				index = Arrays.copyOf(index, size * 2);
				value = Arrays.copyOf(value, size * 2);
				surface = Arrays.copyOf(surface, size * 2);
				partner = Arrays.copyOf(partner, size * 2);
			}
			index[size] = feature;
			value[size] = v;
			surface[size] = readable;
			size++;
		}
	}

	private final IndonesianText text;
	private final LexiconIndex lexicon;
	private final LexiconIndex stance;
	/** For each person or pair the lexicon refers to, the pairs they stand in: posts naming rival camps compare. */
	private final Map<String, Set<String>> camps;

	PartisanFeatures(Lexicon lexicon) {
		this.text = new IndonesianText(SlangMap.standard(), LexiconIndex.words(lexicon));
		this.lexicon = new LexiconIndex(lexicon, text);
		this.stance = new LexiconIndex(STANCE_LEXICON, text);
		this.camps = camps(lexicon);
	}

	private static Map<String, Set<String>> camps(Lexicon lexicon) {
		Set<String> pairs = new HashSet<>();
		for (LexiconEntry entry : lexicon.entries()) {
			if (entry.kind() == LexiconEntry.Kind.PAIR && entry.refersTo() != null) {
				pairs.add(entry.refersTo());
			}
		}
		Map<String, Set<String>> camps = new HashMap<>();
		for (LexiconEntry entry : lexicon.entries()) {
			String person = entry.refersTo();
			if (person != null && !camps.containsKey(person)) {
				Set<String> in = new HashSet<>();
				for (String pair : pairs) {
					if (pair.equals(person) || pair.contains(person)) {
						in.add(pair);
					}
				}
				camps.put(person, Set.copyOf(in));
			}
		}
		return Map.copyOf(camps);
	}

	private boolean rivals(List<Hit> hits) {
		for (int a = 0; a < hits.size(); a++) {
			Set<String> first = camps.getOrDefault(String.valueOf(hits.get(a).entry().refersTo()), Set.of());
			for (int b = a + 1; b < hits.size() && !first.isEmpty(); b++) {
				Set<String> second = camps.getOrDefault(String.valueOf(hits.get(b).entry().refersTo()), Set.of());
				if (!second.isEmpty() && java.util.Collections.disjoint(first, second)) {
					return true;
				}
			}
		}
		return false;
	}

	private static final Lexicon STANCE_LEXICON = new Lexicon(0, SlangMap.lines(STANCE_WORDS)
		.stream()
		.map(term -> new LexiconEntry(LexiconEntry.Kind.CAMPAIGN_WORD, term, null))
		.toList());

	IndonesianText text() {
		return text;
	}

	List<Hit> hits(String post) {
		return lexicon.hits(text.analyse(post));
	}

	Vector extract(String post) {
		Analysis analysis = text.analyse(post);
		Vector vector = new Vector();
		words(analysis, vector);
		List<Hit> hits = lexicon.hits(analysis);
		List<Hit> actors = actors(hits);
		boolean named = lexiconFeatures(analysis, hits, actors, vector);
		stance(stance.hits(analysis), actors, vector);
		flag(vector, RIVALS, rivals(actors));
		boolean personal = voice(analysis, actors, vector);
		form(analysis, named, personal, vector);
		return vector;
	}

	private static void words(Analysis analysis, Vector vector) {
		Token previous = null;
		for (Token token : analysis.tokens) {
			if (token.stop()) {
				continue;
			}
			vector.add(index('u', token.stem()), 1, token.surface());
			if (previous != null) {
				vector.add(index('b', previous.stem(), token.stem()), 1, token.surface());
				vector.partner[vector.size - 1] = previous.surface();
			}
			previous = token;
		}
		for (int h = 0; h < analysis.hashtags.size(); h++) {
			vector.add(index('h', analysis.hashtags.get(h)), 1, analysis.hashtagSurfaces.get(h));
		}
		vector.words = vector.size;
		for (int k = 0; k < vector.size; k++) {
			vector.value[k] = WORD_VALUE;
		}
	}

	/** Adds the lexicon's features; true when a candidate, pair, party, slogan or campaign hashtag was named. */
	private static boolean lexiconFeatures(Analysis analysis, List<Hit> hits, List<Hit> actors, Vector vector) {
		int[] seen = new int[KIND.length];
		Set<String> people = new HashSet<>();
		boolean inHashtag = false;
		boolean mentioned = false;
		for (Hit hit : hits) {
			LexiconEntry.Kind kind = hit.entry().kind();
			int count = seen[kind.ordinal()]++;
			if (count <= 4) {
				vector.add(KIND[kind.ordinal()], count == 0 ? 1f : 0.25f, hit.surface());
			}
			if (hit.entry().refersTo() != null && people.add(hit.entry().refersTo())) {
				vector.add(index('r', hit.entry().refersTo()), 1, hit.surface());
			}
			if (isActor(kind)) {
				Source source = analysis.tokens.get(hit.start()).source();
				inHashtag |= source == Source.HASHTAG;
				mentioned |= source == Source.MENTION;
			}
			inHashtag |= kind == LexiconEntry.Kind.HASHTAG;
		}
		for (Hit hit : hits) {
			if (hit.start() < 0) {
				continue;
			}
			if (hit.entry().kind() == LexiconEntry.Kind.CAMPAIGN_WORD && near(hit, actors)) {
				vector.add(CAMPAIGN_NEAR_ACTOR, 1, hit.surface());
			}
			if (hit.entry().kind() == LexiconEntry.Kind.BALLOT_NUMBER && near(hit, actors)) {
				vector.add(BALLOT_NEAR_ACTOR, 1, hit.surface());
			}
		}
		if (inHashtag) {
			vector.add(ACTOR_IN_HASHTAG, 1, null);
		}
		hashtagShapes(analysis, actors, vector);
		if (mentioned) {
			vector.add(ACTOR_MENTIONED, 1, null);
		}
		if (people.size() >= 2) {
			vector.add(TWO_ACTORS, 1, null);
		}
		boolean named = !actors.isEmpty() || seen[LexiconEntry.Kind.HASHTAG.ordinal()] > 0
				|| seen[LexiconEntry.Kind.SLOGAN.ordinal()] > 0;
		if (!named) {
			vector.add(NO_ACTOR, 1, null);
		}
		return named;
	}

	/**
	 * Per hashtag that names a candidate, pair or party: whether its other words say something (a slogan) or it is the
	 * name alone (a topic tag); each shape counted once.
	 */
	private static void hashtagShapes(Analysis analysis, List<Hit> actors, Vector vector) {
		boolean slogan = false;
		boolean nameOnly = false;
		List<Token> tokens = analysis.tokens;
		for (int p = 0; p < tokens.size();) {
			Token token = tokens.get(p);
			int end = p + 1;
			if (token.source() != Source.HASHTAG) {
				p = end;
				continue;
			}
			while (end < tokens.size() && tokens.get(end).source() == Source.HASHTAG
					&& tokens.get(end).surface().equals(token.surface())) {
				end++;
			}
			boolean named = false;
			boolean more = false;
			for (int q = p; q < end; q++) {
				boolean inName = false;
				for (Hit actor : actors) {
					inName |= actor.start() <= q && q < actor.end();
				}
				named |= inName;
				more |= !inName && !tokens.get(q).stop();
			}
			slogan |= named && more;
			nameOnly |= named && !more;
			p = end;
		}
		flag(vector, ACTOR_HASHTAG_SLOGAN, slogan);
		flag(vector, NAME_ONLY_HASHTAG, nameOnly);
	}

	private static void stance(List<Hit> stances, List<Hit> actors, Vector vector) {
		boolean near = false;
		for (int k = 0; k < stances.size() && k < 3; k++) {
			vector.add(STANCE, k == 0 ? 1f : 0.5f, stances.get(k).surface());
		}
		for (Hit hit : stances) {
			if (!near && near(hit, actors)) {
				vector.add(STANCE_NEAR_ACTOR, 1, hit.surface());
				near = true;
			}
		}
	}

	private static List<Hit> actors(List<Hit> hits) {
		List<Hit> actors = new ArrayList<>();
		for (Hit hit : hits) {
			if (isActor(hit.entry().kind())) {
				actors.add(hit);
			}
		}
		return actors;
	}

	/** Candidates, pairs and parties: whom a post may promote or attack. */
	private static boolean isActor(LexiconEntry.Kind kind) {
		return kind == LexiconEntry.Kind.CANDIDATE || kind == LexiconEntry.Kind.PAIR || kind == LexiconEntry.Kind.PARTY;
	}

	private static Map<String, Voice> voices() {
		Map<String, Voice> voices = new HashMap<>();
		SECOND_PERSON.forEach(word -> voices.put(word, Voice.YOU));
		FIRST_PERSON.forEach(word -> voices.put(word, Voice.WE));
		REPORTING_WORDS.forEach(word -> voices.put(word, Voice.REPORTING));
		return Map.copyOf(voices);
	}

	/** Adds the features of who speaks; true when the post speaks in the first or second person. */
	private static boolean voice(Analysis analysis, List<Hit> actors, Vector vector) {
		boolean you = false;
		boolean we = false;
		boolean youNear = false;
		boolean weNear = false;
		boolean reporting = false;
		for (int p = 0; p < analysis.tokens.size(); p++) {
			Voice voice = VOICES.get(analysis.tokens.get(p).word());
			if (voice == Voice.YOU) {
				you = true;
				youNear |= near(p, actors);
			}
			else if (voice == Voice.WE) {
				we = true;
				weNear |= near(p, actors);
			}
			reporting |= voice == Voice.REPORTING;
		}
		flag(vector, REPORTING, reporting);
		if (you) {
			vector.add(YOU, 1, null);
		}
		if (we) {
			vector.add(WE, 1, null);
		}
		if (youNear) {
			vector.add(YOU_NEAR_ACTOR, 1, null);
		}
		if (weNear) {
			vector.add(WE_NEAR_ACTOR, 1, null);
		}
		return you || we;
	}

	private static void form(Analysis analysis, boolean actor, boolean personal, Vector vector) {
		int words = 0;
		boolean emoji = false;
		for (Token token : analysis.tokens) {
			words += token.stop() ? 0 : 1;
			emoji |= token.source() == Source.EMOJI;
		}
		flag(vector, URL, analysis.urls > 0);
		flag(vector, RETWEET, analysis.retweet);
		flag(vector, MENTION, analysis.mentions > 0);
		flag(vector, QUESTION, analysis.questions > 0);
		flag(vector, EXCLAMATION, analysis.exclamations > 0);
		flag(vector, SHOUTED, analysis.shouted >= 2);
		flag(vector, EMOJI, emoji);
		flag(vector, EXCLAIM_WITH_ACTOR, actor && analysis.exclamations > 0);
		flag(vector, HEADLINE, analysis.urls > 0 && analysis.exclamations == 0 && !personal && !emoji && words <= 20);
		boolean news = analysis.credit != null && isNews(analysis.credit);
		for (String host : analysis.hosts) {
			news |= isNews(host);
			if (!host.equals("t.co")) {
				vector.add(index('d', host), 1, null);
			}
		}
		for (String handle : analysis.handles) {
			news |= isNews(handle);
		}
		flag(vector, NEWS_SOURCE, news);
		flag(vector, TITLE_CASE, analysis.longWords >= 4 && analysis.capitalised * 10 >= analysis.longWords * 6);
		if (analysis.credit != null) {
			vector.add(CREDIT, 1, null);
			vector.add(index('c', analysis.credit), 1, null);
		}
		vector.add(LENGTH[words < 10 ? 0 : words < 25 ? 1 : words < 50 ? 2 : 3], 1, null);
	}

	private static boolean isNews(String name) {
		for (String part : NEWS) {
			if (name.contains(part)) {
				return true;
			}
		}
		return false;
	}

	private static void flag(Vector vector, int feature, boolean on) {
		if (on) {
			vector.add(feature, 1, null);
		}
	}

	private static boolean near(Hit hit, List<Hit> actors) {
		for (Hit actor : actors) {
			if (hit.start() - actor.end() < NEAR && actor.start() - hit.end() < NEAR) {
				return true;
			}
		}
		return false;
	}

	private static boolean near(int position, List<Hit> actors) {
		for (Hit actor : actors) {
			if (position - actor.end() < NEAR && actor.start() - position <= NEAR) {
				return true;
			}
		}
		return false;
	}

	static int index(LexiconEntry.Kind kind) {
		return KIND[kind.ordinal()];
	}

	static int index(String name) {
		return finish(hash(0x811C9DC5, name));
	}

	static int index(char prefix, String a) {
		return finish(hash((0x811C9DC5 ^ prefix) * 0x01000193, a));
	}

	static int index(char prefix, String a, String b) {
		int h = hash((0x811C9DC5 ^ prefix) * 0x01000193, a);
		return finish(hash((h ^ ' ') * 0x01000193, b));
	}

	/** FNV-1a over the characters: the same index on every JVM, so a stored model scores the same everywhere. */
	private static int hash(int h, String s) {
		for (int k = 0; k < s.length(); k++) {
			h = (h ^ s.charAt(k)) * 0x01000193;
		}
		return h;
	}

	private static int finish(int h) {
		h ^= h >>> 16;
		h *= 0x85EBCA6B;
		h ^= h >>> 13;
		return h & (DIMENSION - 1);
	}
}
