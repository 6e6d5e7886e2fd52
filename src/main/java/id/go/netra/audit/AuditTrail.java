package id.go.netra.audit;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Clock;
import java.time.Instant;
import java.time.OffsetDateTime;
import java.time.ZoneId;
import java.time.ZoneOffset;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.HexFormat;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.jdbc.support.GeneratedKeyHolder;
import org.springframework.jdbc.support.KeyHolder;
import org.springframework.scheduling.annotation.Scheduled;
import org.springframework.security.core.Authentication;
import org.springframework.security.core.context.SecurityContextHolder;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Propagation;
import org.springframework.transaction.annotation.Transactional;
import org.springframework.web.context.request.RequestContextHolder;
import org.springframework.web.context.request.ServletRequestAttributes;

import net.javacrumbs.shedlock.spring.annotation.SchedulerLock;

import id.go.netra.Page;
import id.go.netra.audit.AuditRecord.ActorKind;
import id.go.netra.audit.AuditRecord.Outcome;

/**
 * The append-only audit trail. An entry commits with the transaction of the action it records (or on its own
 * when there is none), so nothing is done without its record; {@link AuditSealer} then seals it into the hash
 * chain within a second: it carries the SHA-256 of the entry sealed before it, so a changed or removed line
 * breaks the chain and {@link #verifyChain()} says where. Appending takes no lock (docs/adr/0004).
 */
@Service
public class AuditTrail {

	static final String GENESIS = "0".repeat(64);
	private static final ZoneId JAKARTA = ZoneId.of("Asia/Jakarta");

	private final JdbcClient jdbc;
	private final Clock clock;
	private final AuditSealer sealer;

	AuditTrail(JdbcClient jdbc, Clock clock, AuditSealer sealer) {
		this.jdbc = jdbc;
		this.clock = clock;
		this.sealer = sealer;
	}

	@Transactional(propagation = Propagation.REQUIRED)
	public AuditEntry record(AuditRecord record) {
		AuditRecord withAddress = record.withSourceAddress(sourceAddressOf(record));
		Instant now = clock.instant().truncatedTo(ChronoUnit.MILLIS);
		KeyHolder keys = new GeneratedKeyHolder();
		jdbc.sql("""
				insert into audit_entry (occurred_at, actor, actor_kind, agency_code, roles, action, target, detail,
				  source_address, outcome)
				values (:at, :actor, :kind, :agency, :roles, :action, :target, :detail, :address, :outcome)
				""")
			.param("at", OffsetDateTime.ofInstant(now, ZoneOffset.UTC))
			.param("actor", withAddress.actor())
			.param("kind", withAddress.actorKind().name())
			.param("agency", withAddress.agencyCode())
			.param("roles", withAddress.roles())
			.param("action", withAddress.action())
			.param("target", truncate(withAddress.target(), 200))
			.param("detail", truncate(withAddress.detail(), 4000))
			.param("address", withAddress.sourceAddress())
			.param("outcome", withAddress.outcome().name())
			.update(keys, "id");
		long id = keys.getKeyAs(Number.class).longValue();
		return new AuditEntry(id, now, withAddress.actor(), withAddress.actorKind(), withAddress.agencyCode(),
				withAddress.roles(), withAddress.action(), truncate(withAddress.target(), 200),
				truncate(withAddress.detail(), 4000), withAddress.sourceAddress(), withAddress.outcome(), null, null);
	}

	/** Seals what is pending into the chain (through the sealer's proxy: each batch its own transaction). */
	@SchedulerLock(name = "audit-seal", lockAtMostFor = "PT30S")
	@Scheduled(fixedDelayString = "${netra.audit.seal-interval:PT0.5S}", initialDelayString = "PT1S")
	void sealPending() {
		while (sealer.seal() == AuditSealer.BATCH) {
			// a backlog after a surge: keep sealing until it is gone
		}
	}

	/** Records a successful action of whoever is signed in now (or the system, outside a request). */
	@Transactional(propagation = Propagation.REQUIRED)
	public AuditEntry record(String action, String target, String detail) {
		return record(AuditRecord.of(currentActor(), action, target, detail, Outcome.SUCCESS));
	}

	/** Records an action refused to whoever is signed in now: out of role or out of scope. */
	@Transactional(propagation = Propagation.REQUIRES_NEW)
	public AuditEntry recordRefusal(String action, String target, String detail) {
		return record(AuditRecord.of(currentActor(), action, target, detail, Outcome.DENIED));
	}

	/** Whoever is signed in now; the system outside a request. */
	public AuditActor currentActor() {
		Authentication authentication = SecurityContextHolder.getContext().getAuthentication();
		if (authentication == null) {
			return AuditActor.SYSTEM;
		}
		if (authentication.getPrincipal() instanceof AuditActor.Attributable attributable) {
			return attributable.auditActor();
		}
		return AuditActor.anonymous(authentication.getName());
	}

	@Transactional(readOnly = true)
	public Page<AuditEntry> search(AuditQuery query) {
		StringBuilder where = new StringBuilder(" where 1 = 1");
		Map<String, Object> params = new LinkedHashMap<>();
		if (hasText(query.actor())) {
			where.append(" and lower(actor) like :actor");
			params.put("actor", "%" + query.actor().trim().toLowerCase() + "%");
		}
		if (hasText(query.action())) {
			where.append(" and action = :action");
			params.put("action", query.action().trim());
		}
		if (hasText(query.agencyCode())) {
			where.append(" and agency_code = :agency");
			params.put("agency", query.agencyCode().trim());
		}
		if (query.outcome() != null) {
			where.append(" and outcome = :outcome");
			params.put("outcome", query.outcome().name());
		}
		if (query.from() != null) {
			where.append(" and occurred_at >= :from");
			params.put("from", query.from().atStartOfDay(JAKARTA).toOffsetDateTime());
		}
		if (query.to() != null) {
			where.append(" and occurred_at < :to");
			params.put("to", query.to().plusDays(1).atStartOfDay(JAKARTA).toOffsetDateTime());
		}
		long total = jdbc.sql("select count(*) from audit_entry" + where).params(params).query(Long.class).single();
		List<AuditEntry> items = jdbc
			.sql("select * from audit_entry" + where + " order by id desc limit :limit offset :offset")
			.params(params)
			.param("limit", query.size())
			.param("offset", (long) query.page() * query.size())
			.query(AuditTrail::entry)
			.list();
		return new Page<>(items, query.page(), query.size(), total);
	}

	/** The distinct actions recorded so far, for the filter of the browsing page. */
	@Transactional(readOnly = true)
	public List<String> actions() {
		return jdbc.sql("select distinct action from audit_entry order by action").query(String.class).list();
	}

	/**
	 * Seals what is pending, then recomputes the chain from the first entry in chain order. Returns the ids of
	 * entries whose hash or link does not match; an empty list means the trail is intact. Streams the table, so
	 * it also runs on a large trail.
	 */
	@Transactional(readOnly = true)
	public List<Long> verifyChain() {
		while (sealer.seal() == AuditSealer.BATCH) {
			// seal a backlog first: what is verified is everything committed so far
		}
		List<Long> broken = new ArrayList<>();
		String[] expectedPrevious = { GENESIS };
		jdbc.sql("select * from audit_entry where chain_seq is not null order by chain_seq").query(rs -> {
			AuditEntry entry = entry(rs, 0);
			boolean linked = expectedPrevious[0].equals(entry.previousHash());
			boolean intact = hash(entry.previousHash(), entry.occurredAt(), record(entry)).equals(entry.entryHash());
			if (!linked || !intact) {
				broken.add(entry.id());
			}
			expectedPrevious[0] = entry.entryHash();
		});
		return broken;
	}

	/** What an entry says, as it was recorded: the input of its hash. */
	static AuditRecord record(AuditEntry entry) {
		return new AuditRecord(entry.actor(), entry.actorKind(), entry.agencyCode(), entry.roles(), entry.action(),
				entry.target(), entry.detail(), entry.sourceAddress(), entry.outcome());
	}

	static String hash(String previous, Instant at, AuditRecord r) {
		String canonical = String.join("\u001f", nz(previous), at.toString(), r.actor(), r.actorKind().name(),
				nz(r.agencyCode()), nz(r.roles()), r.action(), nz(truncate(r.target(), 200)),
				nz(truncate(r.detail(), 4000)), nz(r.sourceAddress()), r.outcome().name());
		try {
			return HexFormat.of()
				.formatHex(MessageDigest.getInstance("SHA-256").digest(canonical.getBytes(StandardCharsets.UTF_8)));
		}
		catch (NoSuchAlgorithmException e) {
			throw new IllegalStateException("SHA-256 is part of every Java runtime", e);
		}
	}

	static AuditEntry entry(ResultSet rs, int row) throws SQLException {
		return new AuditEntry(rs.getLong("id"), rs.getObject("occurred_at", OffsetDateTime.class).toInstant(),
				rs.getString("actor"), ActorKind.valueOf(rs.getString("actor_kind")), rs.getString("agency_code"),
				rs.getString("roles"), rs.getString("action"), rs.getString("target"), rs.getString("detail"),
				rs.getString("source_address"), Outcome.valueOf(rs.getString("outcome")),
				rs.getString("previous_hash"), rs.getString("entry_hash"));
	}

	/**
	 * Where an action came from, kept only for those who answer for what they do: signed-in officers and API
	 * clients. Nobody else's address is kept, given or not (a citizen filing or checking a report, a failed
	 * sign-in, the system): an entry cannot be changed once sealed into the chain, so an address could not be made
	 * to expire, and the public limits count sources in memory (ADR 0023).
	 */
	private static String sourceAddressOf(AuditRecord record) {
		if (record.actorKind() != ActorKind.USER && record.actorKind() != ActorKind.CLIENT) {
			return null;
		}
		return record.sourceAddress() != null ? record.sourceAddress() : currentRemoteAddress();
	}

	private static String currentRemoteAddress() {
		if (RequestContextHolder.getRequestAttributes() instanceof ServletRequestAttributes attributes) {
			return attributes.getRequest().getRemoteAddr();
		}
		return null;
	}

	private static String truncate(String value, int max) {
		return value == null || value.length() <= max ? value : value.substring(0, max);
	}

	private static String nz(String value) {
		return value == null ? "" : value;
	}

	private static boolean hasText(String value) {
		return value != null && !value.isBlank();
	}
}
