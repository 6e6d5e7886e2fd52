package id.go.netra.personnel;

import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;

/**
 * The synthetic registry of the demo ({@code netra.demo.employees}; see {@link DemoEmployees}). Whether there is
 * a demo at all is {@code netra.demo.seed} ({@link id.go.netra.DemoMode}).
 *
 * @param employees how many synthetic employees an empty registry receives on the first start with demo data (0:
 * none)
 */
@ConfigurationProperties("netra.demo")
record DemoRegistrySettings(@DefaultValue("20000") long employees) {

	DemoRegistrySettings {
		if (employees < 0) {
			throw new IllegalArgumentException("netra.demo.employees must be 0 or more, not " + employees);
		}
	}
}
