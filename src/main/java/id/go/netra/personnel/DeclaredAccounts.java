package id.go.netra.personnel;

import java.util.List;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Service;

/**
 * The social-media accounts employees declared to the registry ("platform:@handle"): who owns an account a post
 * was written from. An index lookup (employee_account, kept in step by the registry writers).
 */
@Service
public class DeclaredAccounts {

	private final JdbcClient jdbc;

	DeclaredAccounts(JdbcClient jdbc) {
		this.jdbc = jdbc;
	}

	/**
	 * The employees who declared this account (normally one), whatever case, '@' or platform alias ("x" or
	 * "twitter", "ig" or "instagram") it is written with; the handle may also be a profile address such as
	 * https://www.instagram.com/handle/. Nobody when no account can be told from the two.
	 */
	public List<Employee> owners(String platform, String handle) {
		String account = AccountKey.of(platform, handle);
		if (account == null) {
			return List.of();
		}
		return jdbc.sql("select e.* from employee_account a join employee e on e.id = a.employee_id"
				+ " where a.account_key = :account order by e.id")
			.param("account", account)
			.query(Employees::map)
			.list();
	}
}
