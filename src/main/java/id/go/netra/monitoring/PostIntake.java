package id.go.netra.monitoring;

import java.net.URI;
import java.net.URISyntaxException;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.regex.Pattern;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

import id.go.netra.InvalidInput;
import id.go.netra.audit.AuditTrail;

/**
 * Every channel's way in. Posts are checked all together (one wrong post refuses the call and stores nothing),
 * then each is stored once per platform and address, captured (canonical snapshot and its SHA-256; the timestamp
 * follows, see {@link CaptureStamps}), linked to its author where the registry or an officer knows them, and
 * scored by the classifier in use. A post sent again is answered as it was stored, not stored twice.
 */
@Service
public class PostIntake {

	static final int MAX_TEXT = 20_000;
	static final int MAX_URL = 2000;
	static final int MAX_AUTHOR = 200;
	static final int MAX_MEDIA = 20;
	private static final Pattern PLATFORM = Pattern.compile("[a-z0-9][a-z0-9:._-]{0,59}");
	/** A post dated further ahead than this is refused: clocks drift, posts do not come from the future. */
	private static final Duration FUTURE_TOLERANCE = Duration.ofHours(1);

	private final PostRows rows;
	private final Classifier classifier;
	private final AuthorLinks authors;
	private final Clock clock;
	private final AuditTrail audit;
	private final MonitoringSettings settings;

	PostIntake(JdbcClient jdbc, Classifier classifier, AuthorLinks authors, Clock clock, AuditTrail audit,
			MonitoringSettings settings) {
		this.rows = new PostRows(jdbc);
		this.classifier = classifier;
		this.authors = authors;
		this.clock = clock;
		this.audit = audit;
		this.settings = settings;
	}

	/** What is wrong with one post, field by field (paths relative to the post); empty when it may come in. */
	public List<InvalidInput.FieldProblem> problems(IncomingPost post) {
		InvalidInput.Collector problems = new InvalidInput.Collector();
		check(post, "", problems);
		return problems.refusal().problems();
	}

	/**
	 * Receives the posts of one call from a channel; {@code source} names the feed, push source, file or client it
	 * came through. Refuses the whole call with every problem when a post is wrong.
	 */
	@Transactional
	public List<ReceivedPost> receive(Channel channel, String source, List<IncomingPost> posts) {
		InvalidInput.Collector problems = new InvalidInput.Collector();
		if (posts == null || posts.isEmpty()) {
			problems.reject("posts", "monitoring.posts.empty").throwIfAny();
		}
		if (posts.size() > settings.maxPostsPerCall()) {
			problems.reject("posts", "monitoring.posts.tooMany", settings.maxPostsPerCall()).throwIfAny();
		}
		for (int i = 0; i < posts.size(); i++) {
			check(posts.get(i), "posts[" + i + "].", problems);
		}
		problems.throwIfAny();
		Instant now = clock.instant();
		List<ReceivedPost> received = new ArrayList<>(posts.size());
		int created = 0;
		for (IncomingPost post : posts) {
			IncomingPost clean = normalised(post);
			ReceivedPost one = rows.find(clean.platform(), clean.url())
				.map(known -> answer(known, false))
				.orElseGet(() -> store(clean, channel, source, now));
			received.add(one);
			created += one.created() ? 1 : 0;
		}
		audit.record("monitoring.posts.received", channel.name() + (source == null ? "" : " " + source),
				created + " new of " + posts.size());
		return received;
	}

	private ReceivedPost store(IncomingPost post, Channel channel, String source, Instant now) {
		PostSnapshot snapshot = PostSnapshot.of(post, channel, source, now);
		Classifier.Scored scored = classifier.score(post.text());
		AuthorLinks.Link author = authors.of(post.platform(), post.author()).orElse(null);
		return rows.insertNew(post, channel, source, now, snapshot, scored, author)
			.flatMap(rows::find)
			.map(stored -> answer(stored, true))
			// another call stored the same post a moment earlier
			.orElseGet(() -> answer(rows.find(post.platform(), post.url()).orElseThrow(), false));
	}

	static ReceivedPost answer(MonitoredPost post, boolean created) {
		return new ReceivedPost(post.id(), post.platform(), post.url(), post.label(), post.score(), post.terms(),
				post.modelVersion(), created, post.authorNip(), post.authorLink());
	}

	private void check(IncomingPost post, String prefix, InvalidInput.Collector problems) {
		if (post == null) {
			problems.reject(prefix.isEmpty() ? "post" : prefix.substring(0, prefix.length() - 1), "validation.required");
			return;
		}
		String platform = post.platform() == null ? "" : post.platform().strip().toLowerCase(Locale.ROOT);
		if (platform.isEmpty()) {
			problems.reject(prefix + "platform", "validation.required");
		}
		else if (!PLATFORM.matcher(platform).matches()) {
			problems.reject(prefix + "platform", "monitoring.post.platform");
		}
		if (post.url() == null || post.url().isBlank()) {
			problems.reject(prefix + "url", "validation.required");
		}
		else if (post.url().strip().length() > MAX_URL || !webAddress(post.url().strip())) {
			problems.reject(prefix + "url", "monitoring.post.url");
		}
		if (post.author() != null && post.author().strip().length() > MAX_AUTHOR) {
			problems.reject(prefix + "author", "validation.tooLongMax", MAX_AUTHOR);
		}
		if (post.text() == null || post.text().isBlank()) {
			problems.reject(prefix + "text", "validation.required");
		}
		else if (post.text().length() > MAX_TEXT) {
			problems.reject(prefix + "text", "validation.tooLongMax", MAX_TEXT);
		}
		if (post.postedAt() != null && post.postedAt().isAfter(clock.instant().plus(FUTURE_TOLERANCE))) {
			problems.reject(prefix + "postedAt", "monitoring.post.postedAtFuture");
		}
		if (post.media().size() > MAX_MEDIA) {
			problems.reject(prefix + "media", "monitoring.post.mediaTooMany", MAX_MEDIA);
		}
		for (int i = 0; i < post.media().size(); i++) {
			String media = post.media().get(i).strip();
			if (media.length() > MAX_URL || !webAddress(media)) {
				problems.reject(prefix + "media[" + i + "]", "monitoring.post.url");
			}
		}
	}

	private static IncomingPost normalised(IncomingPost post) {
		String author = post.author() == null || post.author().isBlank() ? null : post.author().strip();
		return new IncomingPost(post.platform().strip().toLowerCase(Locale.ROOT), post.url().strip(), author,
				post.postedAt(), post.text().strip(), post.media().stream().map(String::strip).toList());
	}

	static boolean webAddress(String text) {
		try {
			URI uri = new URI(text);
			String scheme = uri.getScheme();
			return uri.isAbsolute() && uri.getHost() != null
					&& ("https".equalsIgnoreCase(scheme) || "http".equalsIgnoreCase(scheme));
		}
		catch (URISyntaxException e) {
			return false;
		}
	}
}
