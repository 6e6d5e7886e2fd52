package id.go.netra.identity;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStreamReader;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.boot.ApplicationArguments;
import org.springframework.boot.ApplicationRunner;
import org.springframework.core.annotation.Order;
import org.springframework.core.io.ClassPathResource;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.security.crypto.password.PasswordEncoder;
import org.springframework.stereotype.Component;
import org.springframework.transaction.support.TransactionTemplate;

import id.go.netra.DemoMode;
import id.go.netra.audit.AuditRecord;
import id.go.netra.audit.AuditTrail;
import id.go.netra.catalog.CatalogReferenceOrder;

/**
 * Seeds one person and one API client per role from {@code demo/accounts.csv} (synthetic, for trying Netra
 * out), on the embedded database only unless {@code netra.demo.seed=always}. The accounts are marked demo. Each
 * person gets a synthetic address under the reserved {@code .invalid} domain ({@code satgas@demo.netra.invalid}),
 * so notices have somewhere to go in a drill without ever reaching a real mailbox.
 */
@Component
@Order(CatalogReferenceOrder.DEMO)
class DemoAccounts implements ApplicationRunner {

	record Row(Role role, String agency, String username, String password, String clientId, String clientSecret,
			String name) {

		/** An ordinary Indonesian name, marked synthetic wherever it shows. */
		String displayName() {
			return name + " (sintetis)";
		}
	}

	private static final String DEMO_MAIL_DOMAIN = "demo.netra.invalid";

	private static final Logger log = LoggerFactory.getLogger(DemoAccounts.class);

	private final DemoMode demo;
	private final JdbcClient jdbc;
	private final UserAccounts users;
	private final ApiClients clients;
	private final PasswordEncoder passwords;
	private final TransactionTemplate transactions;
	private final AuditTrail audit;

	DemoAccounts(DemoMode demo, JdbcClient jdbc, UserAccounts users, ApiClients clients, PasswordEncoder passwords,
			TransactionTemplate transactions, AuditTrail audit) {
		this.demo = demo;
		this.jdbc = jdbc;
		this.users = users;
		this.clients = clients;
		this.passwords = passwords;
		this.transactions = transactions;
		this.audit = audit;
	}

	@Override
	public void run(ApplicationArguments args) {
		if (!demo.enabled()) {
			return;
		}
		transactions.executeWithoutResult(status -> {
			if (jdbc.sql("select count(*) from user_account where demo = true").query(Long.class).single() > 0) {
				return;
			}
			List<Row> rows = rows();
			for (Row row : rows) {
				users.insert(row.username(), row.displayName(), email(row), row.agency(),
						Set.of(row.role()), passwords.encode(row.password()), true);
				clients.insert(row.clientId(), "Sistem " + row.username() + " (sintetis)", row.agency(),
						Set.of(row.role()), passwords.encode(row.clientSecret()), true);
			}
			audit.record(AuditRecord.system("DEMO_ACCOUNTS_SEEDED", "demo/accounts.csv",
					rows.size() + " synthetic users and API clients"));
			log.warn("Seeded {} synthetic demo accounts (see README). Never use them in production.", rows.size());
		});
	}

	private static String email(Row row) {
		return row.username() + "@" + DEMO_MAIL_DOMAIN;
	}

	static List<Row> rows() {
		List<Row> rows = new ArrayList<>();
		try (BufferedReader in = new BufferedReader(new InputStreamReader(
				new ClassPathResource("demo/accounts.csv").getInputStream(), StandardCharsets.UTF_8))) {
			String header = in.readLine();
			if (!"role,agency,username,password,client_id,client_secret,name".equals(header)) {
				throw new IllegalStateException("demo/accounts.csv has an unexpected header: " + header);
			}
			for (String line = in.readLine(); line != null; line = in.readLine()) {
				if (line.isBlank()) {
					continue;
				}
				String[] f = line.split(",", -1);
				rows.add(new Row(Role.valueOf(f[0]), f[1], f[2], f[3], f[4], f[5], f[6]));
			}
		}
		catch (IOException e) {
			throw new IllegalStateException("demo/accounts.csv is missing", e);
		}
		return rows;
	}
}
