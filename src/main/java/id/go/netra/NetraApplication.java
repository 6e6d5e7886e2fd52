package id.go.netra;

import java.time.Clock;

import org.springframework.boot.SpringApplication;
import org.springframework.boot.autoconfigure.SpringBootApplication;
import org.springframework.boot.context.properties.ConfigurationPropertiesScan;
import org.springframework.context.annotation.Bean;
import org.springframework.modulith.Modulithic;
import org.springframework.scheduling.annotation.EnableScheduling;

/**
 * Netra: the shared system for supervising the political neutrality of Indonesia's civil servants.
 * A modular monolith; each top-level package below this one is an application module.
 */
@SpringBootApplication
@ConfigurationPropertiesScan
@EnableScheduling
@Modulithic(systemName = "Netra")
public class NetraApplication {

	public static void main(String[] args) {
		SpringApplication.run(NetraApplication.class, args);
	}

	/** One clock for every module, so tests can move time instead of waiting for it. */
	@Bean
	Clock clock() {
		return Clock.systemUTC();
	}
}
