package id.go.netra.identity;

import java.util.Collections;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.atomic.AtomicReference;

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

	/** The lists read at one directory version: per role, per agency, each address with its grants' regions. */
	private record Lists(long version, Map<Role, Map<String, Map<Recipient, Jurisdiction>>> byRole) {
	}

	private final JdbcClient jdbc;
	private final DirectoryVersion directory;
	private final AtomicReference<Lists> lists = new AtomicReference<>(new Lists(-1, Map.of()));

	Recipients(JdbcClient jdbc, DirectoryVersion directory) {
		this.jdbc = jdbc;
		this.directory = directory;
	}

	/** People acting in {@code role} for each agency whose grant of it covers the region (national grants: all). */
	@Transactional(readOnly = true)
	public List<Recipient> covering(Role role, String regionCode) {
		return byAgency(role).values()
			.stream()
			.flatMap(people -> people.entrySet().stream())
			.filter(entry -> entry.getValue().covers(regionCode))
			.map(Map.Entry::getKey)
			.toList();
	}

	/** People acting in {@code role} for one agency, if it holds the role (an employer's PPK: its own code). */
	@Transactional(readOnly = true)
	public List<Recipient> of(String agencyCode, Role role) {
		return agencyCode == null ? List.of()
				: List.copyOf(byAgency(role).getOrDefault(agencyCode, Map.of()).keySet());
	}

	/**
	 * The recipients of a role, read from the database once per directory version: every case that moves tells
	 * someone, and the directory changes seldom. The version is read first, so lists read after a change are at
	 * worst kept under the older version and read again at the next call.
	 */
	private Map<String, Map<Recipient, Jurisdiction>> byAgency(Role role) {
		long version = directory.current();
		Lists current = lists.get();
		if (current.version() != version) {
			current = new Lists(version, new ConcurrentHashMap<>());
			lists.set(current);
		}
		return current.byRole().computeIfAbsent(role, this::query);
	}

	private Map<String, Map<Recipient, Jurisdiction>> query(Role role) {
		Map<String, Map<Recipient, Set<String>>> jurisdictions = new LinkedHashMap<>();
		jdbc.sql("""
				select a.code, a.name, u.email, r.jurisdiction from agency_role r
				join agency a on a.code = r.agency_code
				join user_account u on u.agency_code = a.code
				join user_role ur on ur.username = u.username and ur.role = r.role
				where r.role = :role and a.active = true and u.enabled = true and u.email is not null
				order by a.code, u.email
				""")
			.param("role", role.name())
			.query(rs -> {
				jurisdictions.computeIfAbsent(rs.getString("code"), code -> new LinkedHashMap<>())
					.computeIfAbsent(new Recipient(rs.getString("code"), rs.getString("name"), rs.getString("email")),
							r -> new HashSet<>())
					.add(rs.getString("jurisdiction"));
			});
		Map<String, Map<Recipient, Jurisdiction>> byAgency = new LinkedHashMap<>();
		jurisdictions.forEach((agency, people) -> {
			Map<Recipient, Jurisdiction> covered = new LinkedHashMap<>();
			people.forEach((person, codes) -> covered.put(person, Jurisdiction.of(codes)));
			byAgency.put(agency, Collections.unmodifiableMap(covered));
		});
		return Collections.unmodifiableMap(byAgency);
	}
}
