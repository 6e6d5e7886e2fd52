package id.go.netra.identity;

import java.util.ArrayList;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Who to tell that an agency must act: the enabled people with an e-mail address who act in a role for an
 * active agency that holds that role now. Only addresses leave this module, never the accounts themselves.
 */
@Service
public class Recipients {

	/** One address to write to, and the agency it is written to on behalf of. */
	public record Recipient(String agencyCode, String agencyName, String email) {
	}

	private final JdbcClient jdbc;

	Recipients(JdbcClient jdbc) {
		this.jdbc = jdbc;
	}

	/** People acting in {@code role} for each agency whose grant of it covers the region (national grants: all). */
	@Transactional(readOnly = true)
	public List<Recipient> covering(Role role, String regionCode) {
		return query(role, null).entrySet()
			.stream()
			.filter(entry -> Jurisdiction.of(entry.getValue()).covers(regionCode))
			.map(Map.Entry::getKey)
			.toList();
	}

	/** People acting in {@code role} for one agency, if it holds the role (an employer's PPK: its own code). */
	@Transactional(readOnly = true)
	public List<Recipient> of(String agencyCode, Role role) {
		return agencyCode == null ? List.of() : new ArrayList<>(query(role, agencyCode).keySet());
	}

	private Map<Recipient, Set<String>> query(Role role, String agencyCode) {
		Map<Recipient, Set<String>> jurisdictions = new LinkedHashMap<>();
		jdbc.sql("""
				select a.code, a.name, u.email, r.jurisdiction from agency_role r
				join agency a on a.code = r.agency_code
				join user_account u on u.agency_code = a.code
				join user_role ur on ur.username = u.username and ur.role = r.role
				where r.role = :role and a.active = true and u.enabled = true and u.email is not null
				""" + (agencyCode == null ? "" : " and a.code = :agency") + " order by a.code, u.email")
			.param("role", role.name())
			.params(agencyCode == null ? Map.of() : Map.of("agency", agencyCode))
			.query(rs -> {
				jurisdictions.computeIfAbsent(new Recipient(rs.getString("code"), rs.getString("name"),
						rs.getString("email")), r -> new HashSet<>()).add(rs.getString("jurisdiction"));
			});
		return jurisdictions;
	}
}
