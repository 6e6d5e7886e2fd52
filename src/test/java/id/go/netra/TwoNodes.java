package id.go.netra;

import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.SQLException;
import java.util.ArrayList;
import java.util.List;

import org.springframework.context.ConfigurableApplicationContext;

/**
 * Two application nodes in this JVM, each on a port of its own, on ONE database of their own: on the PostgreSQL
 * that SPRING_DATASOURCE_URL names (CI's integration phase) a fresh database beside it, else a named in-memory
 * H2 database that both nodes open (in the project's PostgreSQL mode). Demo accounts are seeded, as on the
 * integration tests' application. Both nodes read the same keys directory, as every node of a deployment must
 * (a reporter's identity sealed on one node is opened on another). Close it to stop both nodes and drop the
 * database.
 */
public final class TwoNodes implements AutoCloseable {

	private static final String H2_MODE = ";MODE=PostgreSQL;DATABASE_TO_LOWER=TRUE;DEFAULT_NULL_ORDERING=HIGH"
			+ ";LOCK_TIMEOUT=10000;DB_CLOSE_DELAY=-1";

	private final String name;
	private final String url;
	private final String adminUrl;
	private final String user;
	private final String password;
	private final List<ConfigurableApplicationContext> nodes = new ArrayList<>();

	private TwoNodes(String name) throws SQLException {
		this.name = name;
		String shared = System.getenv("SPRING_DATASOURCE_URL");
		this.password = System.getenv().getOrDefault("SPRING_DATASOURCE_PASSWORD", "");
		if (shared != null && shared.startsWith("jdbc:postgresql:")) {
			this.adminUrl = shared;
			this.url = shared.substring(0, shared.lastIndexOf('/') + 1) + name;
			this.user = System.getenv("SPRING_DATASOURCE_USERNAME");
			try (Connection admin = DriverManager.getConnection(adminUrl, user, password)) {
				admin.createStatement().execute("create database " + name);
			}
		}
		else {
			this.adminUrl = null;
			this.url = "jdbc:h2:mem:" + name + H2_MODE;
			this.user = "netra";
		}
	}

	/**
	 * Starts node "a" and node "b" one after the other (the first migrates the database), each with these
	 * settings ({@code --name=value}) added to the integration tests' own.
	 */
	public static TwoNodes start(String name, String... settings) {
		return start(name, List.of(), settings);
	}

	/** As {@link #start(String, String...)}, with these classes added to each node as beans (a test's job). */
	public static TwoNodes start(String name, List<Class<?>> beans, String... settings) {
		TwoNodes cluster;
		try {
			cluster = new TwoNodes(name + "_" + System.nanoTime());
		}
		catch (SQLException e) {
			throw new IllegalStateException("no database for two nodes", e);
		}
		try {
			cluster.nodes.add(cluster.node("a", beans, settings));
			cluster.nodes.add(cluster.node("b", beans, settings));
			return cluster;
		}
		catch (RuntimeException e) {
			cluster.close();
			throw e;
		}
	}

	public boolean onPostgres() {
		return adminUrl != null;
	}

	/** Node 0 ("a") or 1 ("b"). */
	public ConfigurableApplicationContext node(int index) {
		return nodes.get(index);
	}

	public int port(int index) {
		return NetraNode.port(node(index));
	}

	/** A connection of the test's own to the nodes' database. */
	public Connection connect() throws SQLException {
		return DriverManager.getConnection(url, user, password);
	}

	private ConfigurableApplicationContext node(String node, List<Class<?>> beans, String... settings) {
		return NetraNode.start(url, user, name, node, beans, settings);
	}

	@Override
	public void close() {
		nodes.forEach(ConfigurableApplicationContext::close);
		try {
			if (adminUrl == null) {
				try (Connection db = connect()) {
					db.createStatement().execute("shutdown");
				}
			}
			else {
				try (Connection admin = DriverManager.getConnection(adminUrl, user, password)) {
					admin.createStatement().execute("drop database if exists " + name + " with (force)");
				}
			}
		}
		catch (SQLException e) {
			throw new IllegalStateException("the two nodes' database " + name + " was not dropped", e);
		}
	}
}
