package id.go.netra;

import java.util.Set;

import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;

/**
 * Whether synthetic demo data is seeded ({@code netra.demo.seed}; see {@link DemoMode}). How many demo employees
 * the registry receives ({@code netra.demo.employees}) is personnel's own setting.
 *
 * @param seed {@code auto} (on the embedded database only), {@code always} or {@code never}; {@code true} and
 * {@code false} are read as the last two
 */
@ConfigurationProperties("netra.demo")
record DemoSettings(@DefaultValue("auto") String seed) {

	private static final Set<String> SEEDS = Set.of("auto", "always", "never", "true", "false");

	DemoSettings {
		seed = seed.trim().toLowerCase();
		if (!SEEDS.contains(seed)) {
			throw new IllegalArgumentException("netra.demo.seed must be auto, always or never, not '" + seed + "'");
		}
	}
}
