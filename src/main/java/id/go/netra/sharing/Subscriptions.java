package id.go.netra.sharing;

import java.security.SecureRandom;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Clock;
import java.time.OffsetDateTime;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Base64;
import java.util.HashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.UUID;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

import id.go.netra.DomainException;
import id.go.netra.InvalidInput;
import id.go.netra.audit.AuditTrail;
import id.go.netra.casework.CaseScope;
import id.go.netra.identity.Actor;
import id.go.netra.identity.ClientActors;
import id.go.netra.identity.Role;
import id.go.netra.keys.Envelopes;

/**
 * Agency systems' webhooks. Only an API client subscribes, for its own agency; a subscription receives what its
 * client could read through the API at the time of the event ({@link CaseScope}, applied as SQL over the outbox
 * row). The secret signs deliveries, so it is kept sealed ({@link Envelopes}) and shown once. Administrators see
 * every agency's subscriptions; anyone else only its own agency's, and others' as if they did not exist.
 */
@Service
class Subscriptions {

	private static final SecureRandom RANDOM = new SecureRandom();

	private final JdbcClient jdbc;
	private final Envelopes envelopes;
	private final WebhookTargets targets;
	private final ClientActors clients;
	private final Deliveries deliveries;
	private final AuditTrail audit;
	private final Clock clock;

	Subscriptions(JdbcClient jdbc, Envelopes envelopes, WebhookTargets targets, ClientActors clients,
			Deliveries deliveries, AuditTrail audit, Clock clock) {
		this.jdbc = jdbc;
		this.envelopes = envelopes;
		this.targets = targets;
		this.clients = clients;
		this.deliveries = deliveries;
		this.audit = audit;
		this.clock = clock;
	}

	record Created(Subscription subscription, String secret) {
	}

	@Transactional
	Created create(Actor actor, String url, List<String> events) {
		if (actor.kind() != Actor.Kind.CLIENT) {
			throw new DomainException("forbidden", 403, "sharing.webhook.clientsOnly");
		}
		InvalidInput.Collector problems = new InvalidInput.Collector();
		String target = null;
		try {
			target = targets.check(url).toString();
		}
		catch (DomainException e) {
			problems.reject("url", e.messageCode(), e.arguments());
		}
		Set<String> types = types(events, problems);
		problems.throwIfAny();
		UUID id = UUID.randomUUID();
		String secret = newSecret();
		OffsetDateTime now = OffsetDateTime.now(clock);
		jdbc.sql("""
				insert into webhook_subscription (id, client_id, agency_code, url, event_types, secret_sealed, paused,
				  created_at, secret_set_at)
				values (:id, :client, :agency, :url, :types, :secret, false, :now, :now)
				""")
			.param("id", id)
			.param("client", actor.name())
			.param("agency", actor.agencyCode())
			.param("url", target)
			.param("types", String.join(",", types))
			.param("secret", envelopes.sealText(secret, id.toString()))
			.param("now", now)
			.update();
		audit.record("WEBHOOK_SUBSCRIBED", id.toString(), target + " " + types);
		return new Created(require(actor, id), secret);
	}

	List<Subscription> visibleTo(Actor actor) {
		StringBuilder sql = new StringBuilder("select * from webhook_subscription");
		Map<String, Object> params = new HashMap<>();
		if (!actor.has(Role.ADMIN)) {
			sql.append(" where agency_code = :agency");
			params.put("agency", actor.agencyCode());
		}
		return jdbc.sql(sql.append(" order by created_at, id").toString()).params(params).query(Subscriptions::map).list();
	}

	/** The subscription, if the actor may see it; otherwise not found, as if it did not exist. */
	Subscription require(Actor actor, UUID id) {
		return find(id).filter(s -> actor.has(Role.ADMIN) || s.agencyCode().equals(actor.agencyCode()))
			.orElseThrow(() -> DomainException.notFound("sharing.webhook.notFound"));
	}

	Optional<Subscription> find(UUID id) {
		return jdbc.sql("select * from webhook_subscription where id = :id").param("id", id).query(Subscriptions::map)
			.optional();
	}

	@Transactional
	Subscription pause(Actor actor, UUID id, boolean paused) {
		require(actor, id);
		jdbc.sql("update webhook_subscription set paused = :paused where id = :id").param("paused", paused)
			.param("id", id).update();
		audit.record(paused ? "WEBHOOK_PAUSED" : "WEBHOOK_RESUMED", id.toString(), null);
		return require(actor, id);
	}

	/** A new secret; the old one stops signing at once. Returns it, shown once. */
	@Transactional
	Created rotate(Actor actor, UUID id) {
		require(actor, id);
		String secret = newSecret();
		jdbc.sql("update webhook_subscription set secret_sealed = :secret, secret_set_at = :now where id = :id")
			.param("secret", envelopes.sealText(secret, id.toString()))
			.param("now", OffsetDateTime.now(clock))
			.param("id", id)
			.update();
		audit.record("WEBHOOK_SECRET_ROTATED", id.toString(), null);
		return new Created(require(actor, id), secret);
	}

	/** Deletes the subscription with its delivery log; nothing more is sent to it. */
	@Transactional
	void delete(Actor actor, UUID id) {
		require(actor, id);
		jdbc.sql("delete from webhook_delivery where subscription_id = :id").param("id", id).update();
		jdbc.sql("delete from webhook_subscription where id = :id").param("id", id).update();
		audit.record("WEBHOOK_DELETED", id.toString(), null);
	}

	/**
	 * Sends a delivery of a subscription the actor may see again now, with a new retry window; not found for
	 * another agency's, or while it is being sent.
	 */
	@Transactional
	void sendAgain(Actor actor, UUID deliveryId) {
		UUID subscription = deliveries.subscriptionOf(deliveryId)
			.map(id -> require(actor, id).id())
			.orElseThrow(() -> DomainException.notFound("sharing.delivery.notFound"));
		if (!deliveries.sendAgain(subscription, deliveryId, clock.instant())) {
			throw DomainException.notFound("sharing.delivery.notFound");
		}
		audit.record("WEBHOOK_DELIVERY_SENT_AGAIN", deliveryId.toString(), null);
	}

	/** The secret in clear, to sign a delivery. */
	String secretOf(UUID id) {
		String sealed = jdbc.sql("select secret_sealed from webhook_subscription where id = :id").param("id", id)
			.query(String.class).single();
		return envelopes.openText(sealed, id.toString());
	}

	/**
	 * Queues the event for every subscription that wants it and whose client may see it now; in the transaction
	 * that wrote the event. A paused subscription is left out: pausing stops deliveries, it does not hoard them.
	 */
	void fanOut(IntegrationEvent event) {
		record Candidate(UUID id, String clientId, String types) {
		}
		List<Candidate> candidates = jdbc.sql("select id, client_id, event_types from webhook_subscription where paused = false")
			.query((rs, row) -> new Candidate(rs.getObject(1, UUID.class), rs.getString(2), rs.getString(3)))
			.list();
		OffsetDateTime now = OffsetDateTime.now(clock);
		for (Candidate candidate : candidates) {
			if (!Arrays.asList(candidate.types().split(",")).contains(event.type().wireName())) {
				continue;
			}
			Optional<Actor> client = clients.of(candidate.clientId());
			if (client.isEmpty() || !covers(CaseScope.of(client.get()), event)) {
				continue;
			}
			jdbc.sql("""
					insert into webhook_delivery (id, subscription_id, outbox_id, event_type, status, attempts,
					  created_at, retry_from, next_attempt_at)
					values (:id, :subscription, :outbox, :type, 'PENDING', 0, :now, :now, :now)
					""")
				.param("id", UUID.randomUUID())
				.param("subscription", candidate.id())
				.param("outbox", event.id())
				.param("type", event.type().wireName())
				.param("now", now)
				.update();
		}
	}

	private boolean covers(CaseScope scope, IntegrationEvent event) {
		StringBuilder sql = new StringBuilder("select count(*) from sharing_outbox c where c.id = :id");
		Map<String, Object> params = new HashMap<>();
		params.put("id", event.id());
		scope.restrict(sql, params, "forwarded_at");
		return jdbc.sql(sql.toString()).params(params).query(Long.class).single() > 0;
	}

	private static Set<String> types(List<String> events, InvalidInput.Collector problems) {
		Set<String> types = new LinkedHashSet<>();
		List<String> unknown = new ArrayList<>();
		for (String event : events == null ? List.<String>of() : events) {
			String name = event == null ? "" : event.strip();
			EventType.ofWireName(name).ifPresentOrElse(type -> types.add(type.wireName()), () -> unknown.add(name));
		}
		if (!unknown.isEmpty()) {
			problems.reject("events", "sharing.webhook.eventUnknown", String.join(", ", unknown));
		}
		else if (types.isEmpty()) {
			problems.reject("events", "sharing.webhook.eventsRequired");
		}
		return types;
	}

	private static String newSecret() {
		byte[] bytes = new byte[32];
		RANDOM.nextBytes(bytes);
		return Base64.getUrlEncoder().withoutPadding().encodeToString(bytes);
	}

	private static Subscription map(ResultSet rs, int row) throws SQLException {
		return new Subscription(rs.getObject("id", UUID.class), rs.getString("client_id"), rs.getString("agency_code"),
				rs.getString("url"), List.of(rs.getString("event_types").split(",")), rs.getBoolean("paused"),
				rs.getObject("created_at", OffsetDateTime.class).toInstant(),
				rs.getObject("secret_set_at", OffsetDateTime.class).toInstant());
	}
}
