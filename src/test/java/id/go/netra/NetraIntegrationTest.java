package id.go.netra;

import java.lang.annotation.ElementType;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;

import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.context.SpringBootTest.WebEnvironment;

/**
 * The whole application on a random port, on a fresh embedded database, or on the PostgreSQL named by
 * SPRING_DATASOURCE_URL (CI). Demo accounts are seeded in both cases, as the tests sign in with them.
 * The synthetic demo registry is left out (tests import their own files). All integration tests share this
 * one configuration, so they share one started application.
 */
@Target(ElementType.TYPE)
@Retention(RetentionPolicy.RUNTIME)
@SpringBootTest(webEnvironment = WebEnvironment.RANDOM_PORT,
		properties = { "netra.demo.seed=always", "netra.demo.employees=0",
				"netra.data-dir=target/test-data/integration-${random.uuid}",
				// lets a test that exhausts a per-address limit do so from an address of its own (X-Forwarded-For)
				"server.forward-headers-strategy=native" })
public @interface NetraIntegrationTest {
}
