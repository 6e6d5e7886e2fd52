package id.go.netra.identity;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.EnumMap;
import java.util.EnumSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.security.crypto.password.PasswordEncoder;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Propagation;
import org.springframework.transaction.annotation.Transactional;

import id.go.netra.DomainException;
import id.go.netra.Page;
import id.go.netra.audit.AuditActor;
import id.go.netra.audit.AuditRecord;
import id.go.netra.audit.AuditRecord.Outcome;
import id.go.netra.audit.AuditTrail;

/** People's accounts: sign-in state (failures, lockout, second factor) and their administration. */
@Service
class UserAccounts {

	/** An administrator's new account; the password is given once and stored only as a hash. */
	record NewUser(String username, String displayName, String email, String agencyCode, Set<Role> roles,
			String password) {
	}

	static final int MIN_PASSWORD_LENGTH = 12;

	private final JdbcClient jdbc;
	private final PasswordEncoder passwords;
	private final Agencies agencies;
	private final AuditTrail audit;
	private final IdentitySettings settings;
	private final Clock clock;
	private final DirectoryVersion directory;
	private final CredentialThrottle throttle;
	private final SignedInSessions sessions;

	UserAccounts(JdbcClient jdbc, PasswordEncoder passwords, Agencies agencies, AuditTrail audit,
			IdentitySettings settings, Clock clock, DirectoryVersion directory, CredentialThrottle throttle,
			SignedInSessions sessions) {
		this.jdbc = jdbc;
		this.sessions = sessions;
		this.throttle = throttle;
		this.directory = directory;
		this.passwords = passwords;
		this.agencies = agencies;
		this.audit = audit;
		this.settings = settings;
		this.clock = clock;
	}

	Optional<UserAccount> find(String username) {
		if (username == null) {
			return Optional.empty();
		}
		// blocked_until: until when some address must wait before its next try (CredentialThrottle)
		return jdbc.sql("""
				select a.*, (select max(f.blocked_until) from credential_failure f
				  where f.subject = 'user:' || a.username) as blocked_until
				from user_account a where a.username = :u""")
			.param("u", username.trim().toLowerCase())
			.query((rs, row) -> new UserAccount(rs.getString("username"), rs.getString("display_name"),
					rs.getString("email"), rs.getString("agency_code"), rs.getString("password_hash"),
					rs.getString("totp_secret"), (Long) rs.getObject("totp_last_step", Long.class),
					rs.getBoolean("enabled"), rs.getInt("failed_attempts"), instant(rs.getObject("blocked_until",
							OffsetDateTime.class)), instant(rs.getObject("last_sign_in_at", OffsetDateTime.class)),
					rs.getBoolean("demo"), rolesOf(rs.getString("username"))))
			.optional();
	}

	/** The actor a person signs in as: the roles they ask for that their agency holds now. */
	Actor actorFor(UserAccount user) {
		Map<Role, Jurisdiction> held = agencies.rolesOf(user.agencyCode());
		Map<Role, Jurisdiction> roles = new EnumMap<>(Role.class);
		user.roles().stream().filter(held::containsKey).forEach(role -> roles.put(role, held.get(role)));
		String agencyName = agencies.find(user.agencyCode()).map(Agency::name).orElse(user.agencyCode());
		return new Actor(user.username(), user.displayName(), Actor.Kind.USER, user.agencyCode(), agencyName, roles);
	}

	/**
	 * Counts a failed password or code from an address; returns how long that address must now wait, if this
	 * failure starts a wait. An unknown name counts the same as a known one, so the answers cannot tell them apart.
	 * Commits on its own.
	 */
	@Transactional(propagation = Propagation.REQUIRES_NEW)
	Optional<Duration> recordFailure(String username, String what, String address) {
		CredentialThrottle.Failure failure = throttle.fail(CredentialThrottle.person(username), address);
		Optional<UserAccount> found = find(username);
		if (found.isEmpty()) {
			audit.record(AuditRecord.of(AuditActor.anonymous(username), "SIGN_IN_FAILED", username,
					"unknown account", Outcome.FAILURE));
			return failure.waitStarted();
		}
		UserAccount user = found.get();
		AuditActor actor = new AuditActor(user.username(), AuditRecord.ActorKind.USER, user.agencyCode(), null);
		audit.record(AuditRecord.of(actor, "SIGN_IN_FAILED", user.username(), what + ", failure " + failure.count()
				+ " from this address (a wait starts at " + settings.maxFailedSignIns() + ")", Outcome.FAILURE));
		failure.waitStarted()
			.ifPresent(wait -> audit.record(AuditRecord.of(actor, "ACCOUNT_LOCKED", user.username(), "locked for "
					+ wait + " for one address after " + failure.count() + " failures from it", Outcome.DENIED)));
		return failure.waitStarted();
	}

	@Transactional(propagation = Propagation.REQUIRES_NEW)
	void recordRefused(String username, boolean disabled, String address) {
		find(username).ifPresent(user -> audit.record(AuditRecord.of(
				new AuditActor(user.username(), AuditRecord.ActorKind.USER, user.agencyCode(), null),
				"SIGN_IN_REFUSED", user.username(),
				disabled ? "account disabled"
						: "locked for this address for another " + waitFor(username, address).orElse(Duration.ZERO),
				Outcome.DENIED)));
	}

	@Transactional
	void recordSignIn(Actor actor, String factors, String address) {
		jdbc.sql("update user_account set failed_attempts = 0, locked_until = null, last_sign_in_at = :now where username = :u")
			.param("now", OffsetDateTime.now(clock))
			.param("u", actor.name())
			.update();
		throttle.succeeded(CredentialThrottle.person(actor.name()), address);
		audit.record(AuditRecord.of(actor.auditActor(), "SIGN_IN", actor.name(), factors, Outcome.SUCCESS));
	}

	/** How long this address must still wait before trying this person's password or code again. */
	Optional<Duration> waitFor(String username, String address) {
		return throttle.waitFor(CredentialThrottle.person(username), address);
	}

	/** Verifies a second-factor code once; a wrong one counts as a failed sign-in. */
	@Transactional
	boolean verifyTotp(String username, String code) {
		UserAccount user = find(username).orElseThrow();
		if (user.totpSecret() == null) {
			return false;
		}
		long last = user.totpLastStep() == null ? Long.MIN_VALUE : user.totpLastStep();
		var step = Totp.verify(user.totpSecret(), code, clock.instant(), last);
		if (step.isEmpty()) {
			return false;
		}
		jdbc.sql("update user_account set totp_last_step = :s where username = :u")
			.param("s", step.getAsLong())
			.param("u", username)
			.update();
		return true;
	}

	/** Saves a secret after the person proved their app holds it by entering a valid code. */
	@Transactional
	boolean enrolTotp(String username, String secret, String code) {
		var step = Totp.verify(secret, code, clock.instant(), Long.MIN_VALUE);
		if (step.isEmpty()) {
			return false;
		}
		jdbc.sql("update user_account set totp_secret = :secret, totp_last_step = :s where username = :u")
			.param("secret", secret)
			.param("s", step.getAsLong())
			.param("u", username)
			.update();
		audit.record("TOTP_ENROLLED", username, null);
		return true;
	}

	@Transactional
	void create(NewUser user) {
		String username = user.username() == null ? "" : user.username().trim().toLowerCase();
		if (!username.matches("[a-z0-9][a-z0-9._-]{2,59}")) {
			throw DomainException.invalid("identity.user.usernameInvalid");
		}
		if (find(username).isPresent()) {
			throw DomainException.conflict("identity.user.exists", username);
		}
		if (agencies.find(user.agencyCode()).isEmpty()) {
			throw DomainException.invalid("identity.agency.notFound", user.agencyCode());
		}
		if (user.roles().isEmpty()) {
			throw DomainException.invalid("identity.user.noRole");
		}
		checkPassword(user.password());
		DomainException.checkLength(user.displayName(), 200, "user.displayName");
		DomainException.checkLength(user.email(), 200, "user.email");
		if (user.email() != null && !user.email().isBlank() && !user.email().trim().matches("[^@\\s]+@[^@\\s]+\\.[^@\\s]+")) {
			throw DomainException.invalid("identity.user.emailInvalid");
		}
		insert(username, user.displayName(), user.email(), user.agencyCode(), user.roles(),
				passwords.encode(user.password()), false);
		audit.record("USER_CREATED", username, "agency " + user.agencyCode() + ", roles " + user.roles());
	}

	void insert(String username, String displayName, String email, String agencyCode, Set<Role> roles,
			String passwordHash, boolean demo) {
		jdbc.sql("""
				insert into user_account (username, display_name, email, agency_code, password_hash, enabled,
				  failed_attempts, created_at, demo)
				values (:u, :name, :email, :agency, :hash, true, 0, :now, :demo)
				""")
			.param("u", username)
			.param("name", displayName == null || displayName.isBlank() ? username : displayName.trim())
			.param("email", email == null || email.isBlank() ? null : email.trim())
			.param("agency", agencyCode)
			.param("hash", passwordHash)
			.param("now", OffsetDateTime.now(clock))
			.param("demo", demo)
			.update();
		for (Role role : roles) {
			jdbc.sql("insert into user_role (username, role) values (:u, :r)")
				.param("u", username)
				.param("r", role.name())
				.update();
		}
		directory.bump();
	}

	@Transactional
	void unlock(String username) {
		requireUpdated(jdbc.sql("update user_account set failed_attempts = 0, locked_until = null where username = :u")
			.param("u", username)
			.update(), username);
		throttle.forget(CredentialThrottle.person(username));
		audit.record("ACCOUNT_UNLOCKED", username, null);
	}

	@Transactional
	void resetTotp(String username) {
		requireUpdated(jdbc.sql("update user_account set totp_secret = null, totp_last_step = null where username = :u")
			.param("u", username)
			.update(), username);
		audit.record("TOTP_RESET", username, "the person enrols a new authenticator at the next sign-in");
	}

	@Transactional
	void setEnabled(String username, boolean enabled) {
		requireUpdated(jdbc.sql("update user_account set enabled = :e where username = :u")
			.param("e", enabled)
			.param("u", username)
			.update(), username);
		directory.bump();
		// a disabled account is signed out at once, on every node (the sessions are in the database)
		int ended = enabled ? 0 : sessions.end(username);
		audit.record(enabled ? "USER_ENABLED" : "USER_DISABLED", username,
				ended == 0 ? null : ended + " session(s) ended");
	}

	Page<UserAccount> search(String text, String agencyCode, int page, int size) {
		StringBuilder where = new StringBuilder(" where 1 = 1");
		Map<String, Object> params = new LinkedHashMap<>();
		if (text != null && !text.isBlank()) {
			where.append(" and (lower(username) like :t or lower(display_name) like :t)");
			params.put("t", "%" + text.trim().toLowerCase() + "%");
		}
		if (agencyCode != null && !agencyCode.isBlank()) {
			where.append(" and agency_code = :a");
			params.put("a", agencyCode.trim());
		}
		long total = jdbc.sql("select count(*) from user_account" + where).params(params).query(Long.class).single();
		List<UserAccount> items = jdbc.sql("select username from user_account" + where
				+ " order by username limit :limit offset :offset")
			.params(params)
			.param("limit", size)
			.param("offset", (long) page * size)
			.query(String.class)
			.list()
			.stream()
			.map(username -> find(username).orElseThrow())
			.toList();
		return new Page<>(items, page, size, total);
	}

	static void checkPassword(String password) {
		if (password == null || password.length() < MIN_PASSWORD_LENGTH) {
			throw DomainException.invalid("identity.password.tooShort", MIN_PASSWORD_LENGTH);
		}
	}

	private Set<Role> rolesOf(String username) {
		Set<Role> roles = EnumSet.noneOf(Role.class);
		jdbc.sql("select role from user_role where username = :u")
			.param("u", username)
			.query(String.class)
			.list()
			.forEach(role -> roles.add(Role.valueOf(role)));
		return roles;
	}

	private static void requireUpdated(int rows, String username) {
		if (rows == 0) {
			throw DomainException.notFound("identity.user.notFound", username);
		}
	}

	private static Instant instant(OffsetDateTime value) {
		return value == null ? null : value.toInstant();
	}

	private static OffsetDateTime offset(Instant value) {
		return value == null ? null : OffsetDateTime.ofInstant(value, ZoneOffset.UTC);
	}

}
