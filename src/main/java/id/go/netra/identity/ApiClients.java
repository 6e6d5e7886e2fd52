package id.go.netra.identity;

import java.security.SecureRandom;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.OffsetDateTime;
import java.util.Base64;
import java.util.EnumMap;
import java.util.EnumSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.atomic.AtomicLong;
import java.util.function.Function;

import org.springframework.context.event.EventListener;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.security.crypto.password.PasswordEncoder;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

import id.go.netra.ClusterSignal;
import id.go.netra.ClusterSignals;
import id.go.netra.DomainException;
import id.go.netra.audit.AuditTrail;

/** Agency systems' API credentials. A secret is shown once, when it is made, and stored only as a hash. */
@Service
class ApiClients {

	private static final SecureRandom RANDOM = new SecureRandom();
	static final Duration ACTOR_CACHE_TIME = Duration.ofSeconds(10);
	/** The topic of {@link ClusterSignals} that tells every node to look a client up again. */
	private static final String SIGNAL = "api-client";

	private record CachedActor(Optional<Actor> actor, Instant until) {
	}

	private final Map<String, CachedActor> actors = new ConcurrentHashMap<>();
	/** Moves on with every change heard; an actor resolved before the latest one is answered but not kept. */
	private final AtomicLong changes = new AtomicLong();

	private final JdbcClient jdbc;
	private final PasswordEncoder passwords;
	private final Agencies agencies;
	private final AuditTrail audit;
	private final Clock clock;
	private final ClusterSignals signals;

	ApiClients(JdbcClient jdbc, PasswordEncoder passwords, Agencies agencies, AuditTrail audit, Clock clock,
			ClusterSignals signals) {
		this.jdbc = jdbc;
		this.signals = signals;
		this.passwords = passwords;
		this.agencies = agencies;
		this.audit = audit;
		this.clock = clock;
	}

	Optional<ApiClient> find(String clientId) {
		return jdbc.sql("select * from api_client where client_id = :id")
			.param("id", clientId)
			.query((rs, row) -> new ApiClient(rs.getString("client_id"), rs.getString("name"),
					rs.getString("agency_code"), rs.getString("secret_hash"), rs.getBoolean("enabled"),
					rs.getBoolean("demo"), rolesOf(rs.getString("client_id"))))
			.optional();
	}

	List<ApiClient> all() {
		return jdbc.sql("select client_id from api_client order by client_id")
			.query(String.class)
			.list()
			.stream()
			.map(id -> find(id).orElseThrow())
			.toList();
	}

	/**
	 * The actor a client acts as: its roles that its agency holds now. Resolved on every API request, so it is
	 * cached briefly; any change of roles, agencies or clients empties the cache on every node within about a
	 * second ({@link ClusterSignals}), and at worst, should a signal be lost, after {@link #ACTOR_CACHE_TIME}.
	 */
	Optional<Actor> actorFor(String clientId) {
		return actorFor(clientId, this::resolve);
	}

	Optional<Actor> actorFor(String clientId, Function<String, Optional<Actor>> resolver) {
		Instant now = clock.instant();
		CachedActor cached = actors.get(clientId);
		if (cached != null && cached.until().isAfter(now)) {
			return cached.actor();
		}
		long heard = changes.get();
		Optional<Actor> actor = resolver.apply(clientId);
		if (actors.size() > 10_000) {
			actors.clear();
		}
		actors.put(clientId, new CachedActor(actor, now.plus(ACTOR_CACHE_TIME)));
		if (changes.get() != heard) {
			// a client disabled or roles changed while this one was read: keeping what was read could let a
			// disabled client in for the cache's ten seconds
			actors.remove(clientId);
		}
		return actor;
	}

	@EventListener
	void forget(AgencyRolesChanged change) {
		changes.incrementAndGet();
		actors.clear();
		signals.send(SIGNAL, "");
	}

	@EventListener
	void forget(ClusterSignal signal) {
		if (signal.concerns(SIGNAL)) {
			changes.incrementAndGet();
			if (signal.all()) {
				actors.clear();
			}
			else {
				actors.remove(signal.subject());
			}
		}
	}

	private Optional<Actor> resolve(String clientId) {
		return find(clientId).filter(ApiClient::enabled).map(client -> {
			Map<Role, Jurisdiction> held = agencies.rolesOf(client.agencyCode());
			Map<Role, Jurisdiction> roles = new EnumMap<>(Role.class);
			client.roles().stream().filter(held::containsKey).forEach(role -> roles.put(role, held.get(role)));
			String agencyName = agencies.find(client.agencyCode()).map(Agency::name).orElse(client.agencyCode());
			return new Actor(client.clientId(), client.name(), Actor.Kind.CLIENT, client.agencyCode(), agencyName,
					roles);
		});
	}

	/** Creates a client and returns its secret, which is never shown again. */
	@Transactional
	String create(String clientId, String name, String agencyCode, Set<Role> roles) {
		String id = clientId == null ? "" : clientId.trim().toLowerCase();
		if (!id.matches("[a-z0-9][a-z0-9._-]{2,79}")) {
			throw DomainException.invalid("identity.client.idInvalid");
		}
		if (find(id).isPresent()) {
			throw DomainException.conflict("identity.client.exists", id);
		}
		if (agencies.find(agencyCode).isEmpty()) {
			throw DomainException.invalid("identity.agency.notFound", agencyCode);
		}
		if (roles.isEmpty()) {
			throw DomainException.invalid("identity.user.noRole");
		}
		DomainException.checkLength(name, 200, "client.name");
		byte[] bytes = new byte[32];
		RANDOM.nextBytes(bytes);
		String secret = Base64.getUrlEncoder().withoutPadding().encodeToString(bytes);
		insert(id, name, agencyCode, roles, passwords.encode(secret), false);
		audit.record("API_CLIENT_CREATED", id, "agency " + agencyCode + ", roles " + roles);
		return secret;
	}

	@Transactional
	void setEnabled(String clientId, boolean enabled) {
		if (jdbc.sql("update api_client set enabled = :e where client_id = :id").param("e", enabled).param("id", clientId)
			.update() == 0) {
			throw DomainException.notFound("identity.client.notFound", clientId);
		}
		audit.record(enabled ? "API_CLIENT_ENABLED" : "API_CLIENT_DISABLED", clientId, null);
		actors.remove(clientId);
		signals.send(SIGNAL, clientId);
	}

	void insert(String clientId, String name, String agencyCode, Set<Role> roles, String secretHash, boolean demo) {
		jdbc.sql("""
				insert into api_client (client_id, name, agency_code, secret_hash, enabled, created_at, demo)
				values (:id, :name, :agency, :hash, true, :now, :demo)
				""")
			.param("id", clientId)
			.param("name", name == null || name.isBlank() ? clientId : name.trim())
			.param("agency", agencyCode)
			.param("hash", secretHash)
			.param("now", OffsetDateTime.now(clock))
			.param("demo", demo)
			.update();
		for (Role role : roles) {
			jdbc.sql("insert into api_client_role (client_id, role) values (:id, :r)")
				.param("id", clientId)
				.param("r", role.name())
				.update();
		}
	}

	private Set<Role> rolesOf(String clientId) {
		Set<Role> roles = EnumSet.noneOf(Role.class);
		jdbc.sql("select role from api_client_role where client_id = :id")
			.param("id", clientId)
			.query(String.class)
			.list()
			.forEach(role -> roles.add(Role.valueOf(role)));
		return roles;
	}
}
