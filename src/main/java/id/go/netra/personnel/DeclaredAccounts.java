package id.go.netra.personnel;

import java.util.List;
import java.util.Locale;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Service;

/**
 * The social-media accounts employees declared to the registry ("platform:@handle"): who owns an account a post
 * was written from.
 */
@Service
public class DeclaredAccounts {

	private final JdbcClient jdbc;

	DeclaredAccounts(JdbcClient jdbc) {
		this.jdbc = jdbc;
	}

	/** The employees who declared this account (normally one), whatever case or '@' the handle is written with. */
	public List<Employee> owners(String platform, String handle) {
		String account = key(platform, handle);
		if (account == null) {
			return List.of();
		}
		// a scan of the declared lists: correct, not yet indexed
		return jdbc.sql("select * from employee where lower(social_accounts) like :pattern")
			.param("pattern", "%" + account + "%")
			.query(Employees::map)
			.list()
			.stream()
			.filter(e -> e.socialAccounts().stream().anyMatch(declared -> account.equals(key(declared))))
			.toList();
	}

	/** "platform:@handle" as the registry keeps it, in one case; null when either part is missing. */
	static String key(String platform, String handle) {
		if (platform == null || handle == null || platform.isBlank() || handle.isBlank()) {
			return null;
		}
		String name = handle.strip().toLowerCase(Locale.ROOT);
		return platform.strip().toLowerCase(Locale.ROOT) + ":@" + (name.startsWith("@") ? name.substring(1) : name);
	}

	private static String key(String declared) {
		int colon = declared.indexOf(':');
		return colon < 0 ? null : key(declared.substring(0, colon), declared.substring(colon + 1));
	}
}
