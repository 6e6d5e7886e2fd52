package id.go.netra.identity;

import java.time.Clock;
import java.time.OffsetDateTime;
import java.util.EnumMap;
import java.util.EnumSet;
import java.util.Map;
import java.util.Set;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

import id.go.netra.DemoMode;
import id.go.netra.DomainException;
import id.go.netra.audit.AuditTrail;

/**
 * Who needs a TOTP second factor. {@code netra.security.totp-required} (default: true, false while the demo seed
 * is on) makes it every officer's default; an administrator may then exempt a role, but never {@link Role#ADMIN}
 * or {@link Role#TASK_FORCE}, who hold the keys to everything else and the reporters' identities. With the setting
 * off, an administrator requires it role by role. Demo accounts in demo mode are exempt (tests and the README sign in with them).
 */
@Service
class RolePolicies {

	static final Set<Role> ALWAYS_TOTP = EnumSet.of(Role.ADMIN, Role.TASK_FORCE);

	private final JdbcClient jdbc;
	private final AuditTrail audit;
	private final Clock clock;
	private final DemoMode demo;
	private final SecuritySettings settings;

	RolePolicies(JdbcClient jdbc, AuditTrail audit, Clock clock, DemoMode demo, SecuritySettings settings) {
		this.jdbc = jdbc;
		this.audit = audit;
		this.clock = clock;
		this.demo = demo;
		this.settings = settings;
	}

	/** Whether every officer needs a second factor unless a role is exempted. */
	boolean totpRequiredByDefault() {
		return settings.totpRequired() == null ? !demo.enabled() : settings.totpRequired();
	}

	/** Whether an administrator may exempt this role. */
	boolean mayExempt(Role role) {
		return !(totpRequiredByDefault() && ALWAYS_TOTP.contains(role));
	}

	/** Each role's rule for an ordinary (not demo) account. */
	Map<Role, Boolean> totpRequired() {
		Map<Role, Boolean> stored = stored();
		Map<Role, Boolean> required = new EnumMap<>(Role.class);
		for (Role role : Role.values()) {
			required.put(role, requiredFor(role, stored, totpRequiredByDefault()));
		}
		return required;
	}

	/** Whether an account needs a second factor; the demo accounts never do while the demo seed is on. */
	boolean totpRequiredFor(boolean demoAccount, Set<Role> roles) {
		if (demoAccount && demo.enabled()) {
			return false;
		}
		Map<Role, Boolean> stored = stored();
		return roles.stream().anyMatch(role -> requiredFor(role, stored, totpRequiredByDefault()));
	}

	private boolean requiredFor(Role role, Map<Role, Boolean> stored, boolean byDefault) {
		if (Boolean.TRUE.equals(stored.get(role))) {
			return true;
		}
		return mayExempt(role) ? stored.getOrDefault(role, byDefault) : byDefault;
	}

	private Map<Role, Boolean> stored() {
		Map<Role, Boolean> stored = new EnumMap<>(Role.class);
		jdbc.sql("select role, totp_required from role_policy")
			.query(rs -> {
				stored.put(Role.valueOf(rs.getString("role")), rs.getBoolean("totp_required"));
			});
		return stored;
	}

	@Transactional
	void requireTotp(Role role, boolean required) {
		if (!required && !mayExempt(role)) {
			throw DomainException.invalid("identity.policy.totpMandatory");
		}
		int updated = jdbc.sql("update role_policy set totp_required = :r, updated_at = :at, updated_by = :by where role = :role")
			.param("r", required)
			.param("at", OffsetDateTime.now(clock))
			.param("by", audit.currentActor().name())
			.param("role", role.name())
			.update();
		if (updated == 0) {
			jdbc.sql("insert into role_policy (role, totp_required, updated_at, updated_by) values (:role, :r, :at, :by)")
				.param("role", role.name())
				.param("r", required)
				.param("at", OffsetDateTime.now(clock))
				.param("by", audit.currentActor().name())
				.update();
		}
		audit.record("ROLE_POLICY_CHANGED", role.name(), "TOTP second factor " + (required ? "required" : "not required"));
	}
}
