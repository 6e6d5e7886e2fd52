package id.go.netra;

import static id.go.netra.SettingsContext.binding;
import static id.go.netra.SettingsContext.refusesToStart;
import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;

import org.junit.jupiter.api.Test;
import org.springframework.boot.context.properties.EnableConfigurationProperties;
import org.springframework.boot.test.context.runner.ApplicationContextRunner;

/** The settings every module shares: the data directory and the demo seed. */
class SharedSettingsUnitTests {

	@EnableConfigurationProperties({ DataDirectory.class, DemoSettings.class })
	static class Bound {
	}

	private final ApplicationContextRunner context = binding(Bound.class);

	@Test
	void withoutSettingsTheDataDirectoryIsDataHereAndTheDemoDecidesByTheDatabase() {
		context.run(started -> {
			assertThat(started.getBean(DataDirectory.class).dataDir()).isEqualTo(Path.of("data").toAbsolutePath());
			assertThat(started.getBean(DemoSettings.class).seed()).isEqualTo("auto");
		});
	}

	@Test
	void theDataDirectoryIsAbsoluteAndGivesEachKindOfStateItsOwnDirectory() {
		context.withPropertyValues("netra.data-dir=target/../target/settings-data", "netra.demo.seed= Never ")
			.run(started -> {
				DataDirectory directory = started.getBean(DataDirectory.class);
				assertThat(directory.dataDir()).isEqualTo(Path.of("target/settings-data").toAbsolutePath());
				assertThat(directory.resolve("evidence")).isEqualTo(directory.dataDir().resolve("evidence"));
				assertThat(started.getBean(DemoSettings.class).seed()).isEqualTo("never");
			});
	}

	@Test
	void aDemoSeedThatIsNeitherAutoAlwaysNorNeverStopsTheStart() {
		refusesToStart(context, "netra.demo.seed must be auto, always or never, not 'sometimes'",
				"netra.demo.seed=sometimes");
	}
}
