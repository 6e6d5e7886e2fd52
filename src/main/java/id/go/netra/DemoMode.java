package id.go.netra;

import java.sql.Connection;
import java.sql.SQLException;

import javax.sql.DataSource;

import org.springframework.stereotype.Component;

/**
 * Whether to seed synthetic demo data (accounts for every role, later employees and cases).
 * {@code netra.demo.seed=auto} (the default) seeds on the embedded H2 database only, so a production
 * PostgreSQL never receives demo accounts unless someone sets {@code always}.
 */
@Component
public class DemoMode {

	private final String setting;
	private final DataSource dataSource;
	private volatile Boolean enabled;

	DemoMode(DemoSettings settings, DataSource dataSource) {
		this.setting = settings.seed();
		this.dataSource = dataSource;
	}

	public boolean enabled() {
		Boolean current = enabled;
		if (current == null) {
			current = switch (setting) {
				case "always", "true" -> true;
				case "never", "false" -> false;
				default -> embedded(); // auto: DemoSettings refuses anything else at start-up
			};
			enabled = current;
		}
		return current;
	}

	private boolean embedded() {
		try (Connection connection = dataSource.getConnection()) {
			return connection.getMetaData().getURL().startsWith("jdbc:h2:");
		}
		catch (SQLException e) {
			throw new IllegalStateException("cannot tell which database Netra runs on", e);
		}
	}
}
