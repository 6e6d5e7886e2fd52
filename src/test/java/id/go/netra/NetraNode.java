package id.go.netra;

import java.util.List;
import java.util.stream.Stream;

import org.springframework.boot.builder.SpringApplicationBuilder;
import org.springframework.context.ConfigurableApplicationContext;

/**
 * Starts an application node in this JVM on a database of a test's own, on a free port, with the demo accounts
 * seeded as on the integration tests' application and its data and keys under {@code target/test-data/<name>}.
 */
public final class NetraNode {

	private NetraNode() {
	}

	/**
	 * A node named {@code node} of the cluster {@code name} on the database at {@code url}, with these settings
	 * ({@code --name=value}) added and these classes as beans; nodes of one cluster share the keys directory.
	 */
	public static ConfigurableApplicationContext start(String url, String user, String name, String node,
			List<Class<?>> beans, String... settings) {
		// command-line arguments outrank the environment's SPRING_DATASOURCE_URL, which names CI's shared database
		String[] own = { "--spring.datasource.url=" + url, "--spring.datasource.username=" + user,
				"--server.port=0", "--netra.demo.seed=always", "--netra.demo.employees=0",
				"--netra.data-dir=target/test-data/" + name + "-" + node,
				"--netra.keys.directory=target/test-data/" + name + "-keys", "--server.forward-headers-strategy=native" };
		return new SpringApplicationBuilder(NetraApplication.class).sources(beans.toArray(Class<?>[]::new))
			.run(Stream.concat(Stream.of(own), Stream.of(settings)).toArray(String[]::new));
	}

	public static int port(ConfigurableApplicationContext node) {
		return Integer.parseInt(node.getEnvironment().getProperty("local.server.port"));
	}
}
