package id.go.netra.monitoring;

import java.time.Clock;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;

import id.go.netra.personnel.DeclaredAccounts;
import id.go.netra.personnel.Employee;
import id.go.netra.personnel.Employees;
import id.go.netra.personnel.RegistryScope;

/**
 * Who wrote a post. An account an employee declared to the registry links at once; an account an officer confirmed
 * as an employee's links every later post from it; otherwise Netra suggests employees by the name the account
 * shows (and the employer, when the officer gives one), leaving out those an officer already ruled out.
 */
@Component
class AuthorLinks {

	static final int SUGGESTIONS = 5;

	record Link(String nip, AuthorLink kind) {
	}

	private final JdbcClient jdbc;
	private final DeclaredAccounts declared;
	private final Employees employees;
	private final Clock clock;

	AuthorLinks(JdbcClient jdbc, DeclaredAccounts declared, Employees employees, Clock clock) {
		this.jdbc = jdbc;
		this.declared = declared;
		this.employees = employees;
		this.clock = clock;
	}

	/** The employee an account belongs to, if the registry or an officer says so (one employee, not several). */
	Optional<Link> of(String platform, String author) {
		if (author == null || author.isBlank()) {
			return Optional.empty();
		}
		List<Employee> owners = declared.owners(platform, author);
		if (owners.size() == 1 && owners.get(0).nip() != null) {
			return Optional.of(new Link(owners.get(0).nip(), AuthorLink.DECLARED));
		}
		List<String> confirmed = jdbc.sql("""
				select employee_nip from monitoring_author_link
				where platform = :platform and author_key = :author and confirmed
				""")
			.param("platform", platform)
			.param("author", key(author))
			.query(String.class)
			.list();
		return confirmed.size() == 1 ? Optional.of(new Link(confirmed.get(0), AuthorLink.CONFIRMED)) : Optional.empty();
	}

	/** Employees the author may be, by the name the account shows, without those ruled out for this account. */
	List<Employee> suggestions(String platform, String author, String employerCode, RegistryScope scope) {
		if (author == null || author.isBlank()) {
			return List.of();
		}
		Set<String> ruledOut = Set.copyOf(jdbc.sql("""
				select employee_nip from monitoring_author_link
				where platform = :platform and author_key = :author and not confirmed
				""")
			.param("platform", platform)
			.param("author", key(author))
			.query(String.class)
			.list());
		Map<String, Employee> found = new LinkedHashMap<>();
		for (String name : names(author)) {
			for (Employee e : employees.search(new Employees.Query(employerCode, name, null, 0, SUGGESTIONS * 2), scope)
				.items()) {
				if (e.nip() != null && !ruledOut.contains(e.nip()) && found.size() < SUGGESTIONS) {
					found.putIfAbsent(e.nip(), e);
				}
			}
			if (!found.isEmpty()) {
				break;
			}
		}
		return List.copyOf(found.values());
	}

	/** Records an officer's answer for the account; a confirmed link also links the account's unlinked posts. */
	void decide(String platform, String author, String nip, boolean confirmed, String by) {
		String authorKey = key(author);
		jdbc.sql("delete from monitoring_author_link where platform = :platform and author_key = :author and "
				+ "employee_nip = :nip")
			.param("platform", platform)
			.param("author", authorKey)
			.param("nip", nip)
			.update();
		jdbc.sql("""
				insert into monitoring_author_link (platform, author_key, employee_nip, confirmed, decided_by, decided_at)
				values (:platform, :author, :nip, :confirmed, :by, :at)
				""")
			.param("platform", platform)
			.param("author", authorKey)
			.param("nip", nip)
			.param("confirmed", confirmed)
			.param("by", by)
			.param("at", OffsetDateTime.ofInstant(clock.instant(), ZoneOffset.UTC))
			.update();
	}

	/**
	 * The names to look for, most specific first: a display name as written, or a handle's parts
	 * ("@budi.santoso_88" gives "budi santoso", then "budi").
	 */
	static List<String> names(String author) {
		String plain = author.strip();
		if (plain.startsWith("@")) {
			plain = plain.substring(1);
		}
		plain = plain.replaceAll("[._\\-]+", " ").replaceAll("\\d+", " ").replaceAll("\\s+", " ").strip();
		List<String> names = new ArrayList<>();
		if (plain.isEmpty()) {
			return names;
		}
		names.add(plain);
		String[] words = plain.split(" ");
		if (words.length > 2) {
			names.add(words[0] + " " + words[1]);
		}
		if (words.length > 1) {
			names.add(words[0]);
		}
		return names;
	}

	static String key(String author) {
		String key = author.strip().toLowerCase(Locale.ROOT);
		return key.startsWith("@") ? key.substring(1) : key;
	}
}
