package id.go.netra.identity;

import java.util.Set;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.boot.ApplicationArguments;
import org.springframework.boot.ApplicationRunner;
import org.springframework.core.annotation.Order;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.security.crypto.password.PasswordEncoder;
import org.springframework.stereotype.Component;
import org.springframework.transaction.support.TransactionTemplate;

import id.go.netra.audit.AuditRecord;
import id.go.netra.audit.AuditTrail;
import id.go.netra.catalog.CatalogReferenceOrder;

/**
 * A production database starts without accounts. When {@code netra.bootstrap.admin.username} and
 * {@code .password} are set and nobody holds the ADMIN role yet, creates that administrator at BKN, once.
 */
@Component
@Order(CatalogReferenceOrder.DEMO + 1)
class FirstAdministrator implements ApplicationRunner {

	private static final Logger log = LoggerFactory.getLogger(FirstAdministrator.class);

	private final FirstAdministratorSettings settings;
	private final JdbcClient jdbc;
	private final UserAccounts users;
	private final PasswordEncoder passwords;
	private final TransactionTemplate transactions;
	private final AuditTrail audit;

	FirstAdministrator(FirstAdministratorSettings settings, JdbcClient jdbc, UserAccounts users,
			PasswordEncoder passwords, TransactionTemplate transactions, AuditTrail audit) {
		this.settings = settings;
		this.jdbc = jdbc;
		this.users = users;
		this.passwords = passwords;
		this.transactions = transactions;
		this.audit = audit;
	}

	@Override
	public void run(ApplicationArguments args) {
		if (!settings.given()) {
			return;
		}
		String username = settings.username();
		String password = settings.password();
		transactions.executeWithoutResult(status -> {
			if (jdbc.sql("select count(*) from user_role where role = 'ADMIN'").query(Long.class).single() > 0) {
				return;
			}
			UserAccounts.checkPassword(password);
			users.insert(username, "Administrator", null, "BKN", Set.of(Role.ADMIN), passwords.encode(password), false);
			audit.record(AuditRecord.system("USER_CREATED", username, "first administrator from netra.bootstrap.admin"));
			log.info("Created the first administrator '{}' at BKN", username);
		});
	}
}
