package id.go.netra.monitoring;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Instant;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

import org.springframework.jdbc.core.simple.JdbcClient;

/** The monitored_post table. */
class PostRows {

	record Filter(MonitoredPosts.Status status, Label label, String platform) {
	}

	private final JdbcClient jdbc;

	PostRows(JdbcClient jdbc) {
		this.jdbc = jdbc;
	}

	/** Inserts the post unless one with its platform and address is there; answers the new id, or empty. */
	Optional<Long> insertNew(IncomingPost post, Channel channel, String source, Instant receivedAt,
			PostSnapshot snapshot, Classifier.Scored scored, AuthorLinks.Link author) {
		int inserted = jdbc.sql("""
				insert into monitored_post (platform, url, author, posted_at, text, media, channel, source, received_at,
				  snapshot, snapshot_sha256, label, score, terms, model_version, author_nip, author_link)
				values (:platform, :url, :author, :postedAt, :text, :media, :channel, :source, :receivedAt, :snapshot,
				  :sha256, :label, :score, :terms, :modelVersion, :authorNip, :authorLink)
				on conflict do nothing
				""")
			.param("platform", post.platform())
			.param("url", post.url())
			.param("author", post.author())
			.param("postedAt", timestamp(post.postedAt()))
			.param("text", post.text())
			.param("media", post.media().isEmpty() ? null : String.join("\n", post.media()))
			.param("channel", channel.name())
			.param("source", source)
			.param("receivedAt", timestamp(receivedAt))
			.param("snapshot", snapshot.json())
			.param("sha256", snapshot.sha256())
			.param("label", scored.score().label().name())
			.param("score", scored.score().score())
			.param("terms", String.join("\n", scored.score().terms()))
			.param("modelVersion", scored.modelVersion())
			.param("authorNip", author == null ? null : author.nip())
			.param("authorLink", author == null ? null : author.kind().name())
			.update();
		return inserted == 0 ? Optional.empty() : find(post.platform(), post.url()).map(MonitoredPost::id);
	}

	Optional<MonitoredPost> find(String platform, String url) {
		return jdbc.sql("select * from monitored_post where platform = :platform and url = :url")
			.param("platform", platform)
			.param("url", url)
			.query(PostRows::map)
			.optional();
	}

	Optional<MonitoredPost> find(long id) {
		return jdbc.sql("select * from monitored_post where id = :id").param("id", id).query(PostRows::map).optional();
	}

	/** Locks the post's row for a decision. */
	Optional<MonitoredPost> lock(long id) {
		return jdbc.sql("select * from monitored_post where id = :id for update")
			.param("id", id)
			.query(PostRows::map)
			.optional();
	}

	Optional<String> snapshot(long id) {
		return jdbc.sql("select snapshot from monitored_post where id = :id").param("id", id).query(String.class)
			.optional();
	}

	Optional<String> timestampToken(long id) {
		return jdbc.sql("select timestamp_token from monitored_post where id = :id")
			.param("id", id)
			.query(String.class)
			.optional();
	}

	/** The queue: strongest score first among open posts; newest decisions first among decided ones. */
	List<MonitoredPost> list(Filter filter, int page, int size) {
		StringBuilder where = new StringBuilder(" where 1 = 1");
		Map<String, Object> params = new LinkedHashMap<>();
		restrict(filter, where, params);
		String order = filter.status() == MonitoredPosts.Status.OPEN ? " order by score desc, id" : " order by coalesce(decided_at, "
				+ "received_at) desc, id desc";
		return jdbc.sql("select * from monitored_post" + where + order + " limit :limit offset :offset")
			.params(params)
			.param("limit", size)
			.param("offset", (long) page * size)
			.query(PostRows::map)
			.list();
	}

	long count(Filter filter) {
		StringBuilder where = new StringBuilder(" where 1 = 1");
		Map<String, Object> params = new LinkedHashMap<>();
		restrict(filter, where, params);
		return jdbc.sql("select count(*) from monitored_post" + where).params(params).query(Long.class).single();
	}

	private static void restrict(Filter filter, StringBuilder where, Map<String, Object> params) {
		switch (filter.status()) {
			case OPEN -> where.append(" and decision is null");
			case LEAD -> where.append(" and decision = 'LEAD'");
			case DISMISSED -> where.append(" and decision = 'DISMISS'");
			case ALL -> {
			}
		}
		if (filter.label() != null) {
			where.append(" and label = :label");
			params.put("label", filter.label().name());
		}
		if (filter.platform() != null && !filter.platform().isBlank()) {
			where.append(" and platform = :platform");
			params.put("platform", filter.platform().strip().toLowerCase(java.util.Locale.ROOT));
		}
	}

	void decide(long id, Decision decision, String by, String note, String complaintNumber, Instant at) {
		jdbc.sql("""
				update monitored_post set decision = :decision, decided_at = :at, decided_by = :by, decision_note = :note,
				  complaint_number = :number
				where id = :id
				""")
			.param("decision", decision.name())
			.param("at", timestamp(at))
			.param("by", by)
			.param("note", note)
			.param("number", complaintNumber)
			.param("id", id)
			.update();
	}

	void linkAuthor(long id, String nip, AuthorLink link) {
		jdbc.sql("update monitored_post set author_nip = :nip, author_link = :link where id = :id")
			.param("nip", nip)
			.param("link", link == null ? null : link.name())
			.param("id", id)
			.update();
	}

	/** Links the open posts of an account whose author nobody linked yet. */
	int linkAccount(String platform, String author, String nip) {
		return jdbc.sql("""
				update monitored_post set author_nip = :nip, author_link = 'CONFIRMED'
				where platform = :platform and lower(author) in (:author, :atAuthor) and author_nip is null
				""")
			.param("nip", nip)
			.param("platform", platform)
			.param("author", AuthorLinks.key(author))
			.param("atAuthor", "@" + AuthorLinks.key(author))
			.update();
	}

	record Unstamped(long id, String sha256) {
	}

	List<Unstamped> unstamped(int limit) {
		return jdbc.sql("""
				select id, snapshot_sha256 from monitored_post where timestamped_at is null order by id limit :limit
				""")
			.param("limit", limit)
			.query((rs, n) -> new Unstamped(rs.getLong("id"), rs.getString("snapshot_sha256")))
			.list();
	}

	boolean stamp(long id, String tokenBase64, Instant at, String authority) {
		return jdbc.sql("""
				update monitored_post set timestamp_token = :token, timestamped_at = :at, timestamp_authority = :authority
				where id = :id and timestamped_at is null
				""")
			.param("token", tokenBase64)
			.param("at", timestamp(at))
			.param("authority", authority)
			.param("id", id)
			.update() == 1;
	}

	static MonitoredPost map(ResultSet rs, int row) throws SQLException {
		String decision = rs.getString("decision");
		String media = rs.getString("media");
		String terms = rs.getString("terms");
		String link = rs.getString("author_link");
		return new MonitoredPost(rs.getLong("id"), rs.getString("platform"), rs.getString("url"),
				rs.getString("author"), instant(rs, "posted_at"), rs.getString("text"),
				media == null ? List.of() : Arrays.asList(media.split("\n")), Channel.valueOf(rs.getString("channel")),
				rs.getString("source"), instant(rs, "received_at"),
				new MonitoredPost.Capture(rs.getString("snapshot_sha256"), instant(rs, "timestamped_at"),
						rs.getString("timestamp_authority")),
				Label.valueOf(rs.getString("label")), rs.getDouble("score"),
				terms == null || terms.isEmpty() ? List.of() : Arrays.asList(terms.split("\n")),
				rs.getInt("model_version"), rs.getString("author_nip"), link == null ? null : AuthorLink.valueOf(link),
				decision == null ? null
						: new MonitoredPost.Reviewed(Decision.valueOf(decision), instant(rs, "decided_at"),
								rs.getString("decided_by"), rs.getString("decision_note"),
								rs.getString("complaint_number")));
	}

	private static Instant instant(ResultSet rs, String column) throws SQLException {
		OffsetDateTime value = rs.getObject(column, OffsetDateTime.class);
		return value == null ? null : value.toInstant();
	}

	private static OffsetDateTime timestamp(Instant at) {
		return at == null ? null : OffsetDateTime.ofInstant(at, ZoneOffset.UTC);
	}
}
