package id.go.netra.identity;

import java.time.Clock;
import java.time.OffsetDateTime;
import java.util.EnumMap;
import java.util.Map;
import java.util.Set;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

import id.go.netra.audit.AuditTrail;

/** Per-role sign-in rules set by administrators: whether the role needs a TOTP second factor. */
@Service
class RolePolicies {

	private final JdbcClient jdbc;
	private final AuditTrail audit;
	private final Clock clock;

	RolePolicies(JdbcClient jdbc, AuditTrail audit, Clock clock) {
		this.jdbc = jdbc;
		this.audit = audit;
		this.clock = clock;
	}

	Map<Role, Boolean> totpRequired() {
		Map<Role, Boolean> required = new EnumMap<>(Role.class);
		for (Role role : Role.values()) {
			required.put(role, false);
		}
		jdbc.sql("select role, totp_required from role_policy")
			.query(rs -> {
				required.put(Role.valueOf(rs.getString("role")), rs.getBoolean("totp_required"));
			});
		return required;
	}

	boolean totpRequiredForAny(Set<Role> roles) {
		Map<Role, Boolean> required = totpRequired();
		return roles.stream().anyMatch(required::get);
	}

	@Transactional
	void requireTotp(Role role, boolean required) {
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
