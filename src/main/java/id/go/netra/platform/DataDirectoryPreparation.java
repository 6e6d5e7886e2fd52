package id.go.netra.platform;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.Paths;
import java.util.Map;

import org.springframework.boot.EnvironmentPostProcessor;
import org.springframework.boot.SpringApplication;
import org.springframework.core.Ordered;
import org.springframework.core.env.ConfigurableEnvironment;
import org.springframework.core.env.MapPropertySource;

import id.go.netra.DataDirectory;

/**
 * Makes {@code netra.data-dir} ({@link DataDirectory}) an absolute path and creates it before anything uses it.
 * H2 refuses a database path implicitly relative to the working directory, and an administrator who writes
 * {@code --netra.data-dir=data} should get what they meant, not a start-up failure.
 */
class DataDirectoryPreparation implements EnvironmentPostProcessor, Ordered {

	@Override
	public void postProcessEnvironment(ConfigurableEnvironment environment, SpringApplication application) {
		String configured = environment.getProperty(DataDirectory.PROPERTY, "./data");
		Path absolute = Paths.get(configured).toAbsolutePath().normalize();
		try {
			Files.createDirectories(absolute);
		}
		catch (IOException e) {
			throw new UncheckedIOException("Netra cannot create its data directory " + absolute
					+ " (netra.data-dir); choose a writable directory", e);
		}
		environment.getPropertySources()
			.addFirst(new MapPropertySource("netraDataDirectory", Map.of(DataDirectory.PROPERTY, absolute.toString())));
	}

	@Override
	public int getOrder() {
		// after application.properties and the environment are read
		return Ordered.LOWEST_PRECEDENCE;
	}
}
