package id.go.netra.monitoring;

import java.net.URI;
import java.net.URISyntaxException;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Clock;
import java.time.Instant;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.List;
import java.util.Locale;
import java.util.Optional;

import org.springframework.dao.DuplicateKeyException;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.jdbc.support.GeneratedKeyHolder;
import org.springframework.jdbc.support.KeyHolder;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

import id.go.netra.DomainException;
import id.go.netra.InvalidInput;
import id.go.netra.audit.AuditTrail;

/**
 * The news feeds administrators configure, and the poller's bookkeeping on them: which are due (claimed with a
 * conditional update, so of several nodes one polls a feed), and how each poll went.
 */
@Service
class NewsFeeds {

	/** What an administrator sets; null in a change keeps what the feed has. */
	record FeedChange(String name, String url, Integer pollIntervalMinutes, Boolean enabled) {
	}

	/** The outcome of one poll, for the feed's record. */
	record Outcome(NewsFeed.Result result, String etag, String lastModified, String errorCode, String errorDetail,
			Integer items, Integer newItems) {
	}

	static final int LONGEST_INTERVAL_MINUTES = 7 * 24 * 60;

	private final JdbcClient jdbc;
	private final AuditTrail audit;
	private final Clock clock;
	private final ChannelSettings settings;

	NewsFeeds(JdbcClient jdbc, AuditTrail audit, Clock clock, ChannelSettings settings) {
		this.jdbc = jdbc;
		this.audit = audit;
		this.clock = clock;
		this.settings = settings;
	}

	List<NewsFeed> all() {
		return jdbc.sql("select * from news_feed order by name").query(NewsFeeds::map).list();
	}

	Optional<NewsFeed> find(long id) {
		return jdbc.sql("select * from news_feed where id = :id").param("id", id).query(NewsFeeds::map).optional();
	}

	NewsFeed require(long id) {
		return find(id).orElseThrow(() -> DomainException.notFound("monitoring.feed.notFound", id));
	}

	/** A new feed, polled at the poller's next look. */
	@Transactional
	NewsFeed create(FeedChange form, String by) {
		FeedChange valid = validate(form, true);
		OffsetDateTime now = OffsetDateTime.now(clock);
		KeyHolder keys = new GeneratedKeyHolder();
		try {
			jdbc.sql("""
					insert into news_feed (name, url, poll_interval_seconds, enabled, next_poll_at, items_received,
					  created_at, created_by)
					values (:name, :url, :interval, :enabled, :now, 0, :now, :by)
					""")
				.param("name", valid.name())
				.param("url", valid.url())
				.param("interval", valid.pollIntervalMinutes() * 60)
				.param("enabled", valid.enabled() == null || valid.enabled())
				.param("now", now)
				.param("by", by)
				.update(keys, "id");
		}
		catch (DuplicateKeyException e) {
			throw DomainException.conflict("monitoring.feed.nameTaken", valid.name());
		}
		audit.record("NEWS_FEED_CREATED", valid.name(), valid.url());
		return require(keys.getKeyAs(Number.class).longValue());
	}

	/**
	 * Changes what is given. A new address forgets the old one's ETag and Last-Modified, and the feed (or one
	 * enabled again) is polled at the poller's next look.
	 */
	@Transactional
	NewsFeed change(long id, FeedChange change) {
		NewsFeed feed = require(id);
		FeedChange valid = validate(new FeedChange(change.name() == null ? feed.name() : change.name(),
				change.url() == null ? feed.url() : change.url(),
				change.pollIntervalMinutes() == null ? (int) (feed.pollIntervalSeconds() / 60) : change.pollIntervalMinutes(),
				change.enabled() == null ? feed.enabled() : change.enabled()), false);
		boolean moved = !valid.url().equals(feed.url());
		boolean pollSoon = moved || valid.enabled() && !feed.enabled();
		try {
			jdbc.sql("update news_feed set name = :name, url = :url, poll_interval_seconds = :interval,"
					+ " enabled = :enabled, etag = case when :moved then null else etag end,"
					+ " last_modified = case when :moved then null else last_modified end,"
					+ " next_poll_at = case when :soon then :now else next_poll_at end where id = :id")
				.param("name", valid.name())
				.param("url", valid.url())
				.param("interval", valid.pollIntervalMinutes() * 60)
				.param("enabled", valid.enabled())
				.param("moved", moved)
				.param("soon", pollSoon)
				.param("now", OffsetDateTime.now(clock))
				.param("id", id)
				.update();
		}
		catch (DuplicateKeyException e) {
			throw DomainException.conflict("monitoring.feed.nameTaken", valid.name());
		}
		audit.record(valid.enabled() ? "NEWS_FEED_CHANGED" : "NEWS_FEED_DISABLED", valid.name(), valid.url());
		return require(id);
	}

	/** Removes a feed; what it brought in stays. */
	@Transactional
	void delete(long id) {
		NewsFeed feed = require(id);
		jdbc.sql("delete from news_feed where id = :id").param("id", id).update();
		audit.record("NEWS_FEED_DELETED", feed.name(), feed.url());
	}

	/**
	 * The enabled feeds whose time has come, each claimed for this node until its poll can no longer be running:
	 * another node's poller skips them, and a node that dies mid-poll leaves them due again after the lease.
	 */
	List<NewsFeed> claimDue(int limit) {
		Instant now = clock.instant();
		OffsetDateTime lease = OffsetDateTime.ofInstant(now.plus(settings.feedTimeout().multipliedBy(3)), ZoneOffset.UTC);
		return jdbc.sql("select * from news_feed where enabled = true and next_poll_at <= :now order by next_poll_at"
				+ " fetch first " + limit + " rows only")
			.param("now", OffsetDateTime.ofInstant(now, ZoneOffset.UTC))
			.query(NewsFeeds::map)
			.list()
			.stream()
			.filter(feed -> jdbc.sql("update news_feed set next_poll_at = :lease where id = :id and next_poll_at = :due")
				.param("lease", lease)
				.param("id", feed.id())
				.param("due", OffsetDateTime.ofInstant(feed.nextPollAt(), ZoneOffset.UTC))
				.update() == 1)
			.toList();
	}

	/** The ETag and Last-Modified the feed's server gave at the last successful poll: [etag, lastModified]. */
	String[] validators(long id) {
		return jdbc.sql("select etag, last_modified from news_feed where id = :id")
			.param("id", id)
			.query((rs, n) -> new String[] { rs.getString("etag"), rs.getString("last_modified") })
			.optional()
			.orElse(new String[2]);
	}

	/** Records a poll and sets the next one an interval later, success or not. */
	void record(NewsFeed feed, Outcome outcome) {
		Instant now = clock.instant();
		boolean failed = outcome.result() == NewsFeed.Result.FAILED;
		jdbc.sql("update news_feed set last_polled_at = :now, last_result = :result, last_error_code = :code,"
				+ " last_error_detail = :detail, next_poll_at = :next,"
				+ " etag = case when :keep then etag else :etag end,"
				+ " last_modified = case when :keep then last_modified else :modified end,"
				+ " last_items = case when :keep then last_items else :items end,"
				+ " last_new_items = :newItems, items_received = items_received + :newItems where id = :id")
			.param("now", OffsetDateTime.ofInstant(now, ZoneOffset.UTC))
			.param("result", outcome.result().name())
			.param("code", outcome.errorCode())
			.param("detail", outcome.errorDetail() == null ? null
					: outcome.errorDetail().substring(0, Math.min(1000, outcome.errorDetail().length())))
			.param("next", OffsetDateTime.ofInstant(now.plusSeconds(feed.pollIntervalSeconds()), ZoneOffset.UTC))
			.param("keep", failed || outcome.result() == NewsFeed.Result.UNCHANGED)
			.param("etag", outcome.etag())
			.param("modified", outcome.lastModified())
			.param("items", outcome.items())
			.param("newItems", outcome.newItems() == null ? 0 : outcome.newItems())
			.param("id", feed.id())
			.update();
	}

	private FeedChange validate(FeedChange form, boolean creating) {
		InvalidInput.Collector problems = new InvalidInput.Collector();
		String name = form.name() == null ? "" : form.name().strip();
		if (name.isEmpty()) {
			problems.reject("name", "monitoring.feed.nameRequired");
		}
		else if (name.length() > 200) {
			problems.reject("name", "monitoring.feed.nameTooLong", 200);
		}
		String url = form.url() == null ? "" : form.url().strip();
		if (!isFeedAddress(url)) {
			problems.reject("url", "monitoring.feed.urlInvalid");
		}
		long minimum = Math.max(1, settings.feedMinInterval().toMinutes());
		if (form.pollIntervalMinutes() == null && creating) {
			problems.reject("pollIntervalMinutes", "monitoring.feed.intervalRequired", minimum);
		}
		else if (form.pollIntervalMinutes() != null
				&& (form.pollIntervalMinutes() < minimum || form.pollIntervalMinutes() > LONGEST_INTERVAL_MINUTES)) {
			problems.reject("pollIntervalMinutes", "monitoring.feed.intervalRange", minimum, LONGEST_INTERVAL_MINUTES);
		}
		problems.throwIfAny();
		return new FeedChange(name, url, form.pollIntervalMinutes(), form.enabled());
	}

	/** An absolute http or https address with a host, at most 2,000 characters. */
	static boolean isFeedAddress(String url) {
		if (url.isEmpty() || url.length() > 2000) {
			return false;
		}
		try {
			URI uri = new URI(url);
			String scheme = uri.getScheme() == null ? "" : uri.getScheme().toLowerCase(Locale.ROOT);
			return (scheme.equals("http") || scheme.equals("https")) && uri.getHost() != null;
		}
		catch (URISyntaxException e) {
			return false;
		}
	}

	private static NewsFeed map(ResultSet rs, int row) throws SQLException {
		String result = rs.getString("last_result");
		return new NewsFeed(rs.getLong("id"), rs.getString("name"), rs.getString("url"),
				rs.getLong("poll_interval_seconds"), rs.getBoolean("enabled"), instant(rs, "next_poll_at"),
				instant(rs, "last_polled_at"), result == null ? null : NewsFeed.Result.valueOf(result),
				rs.getString("last_error_code"), rs.getString("last_error_detail"), (Integer) rs.getObject("last_items"),
				(Integer) rs.getObject("last_new_items"), rs.getLong("items_received"), instant(rs, "created_at"),
				rs.getString("created_by"));
	}

	private static Instant instant(ResultSet rs, String column) throws SQLException {
		OffsetDateTime value = rs.getObject(column, OffsetDateTime.class);
		return value == null ? null : value.toInstant();
	}
}
