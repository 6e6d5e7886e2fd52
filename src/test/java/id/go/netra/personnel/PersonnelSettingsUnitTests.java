package id.go.netra.personnel;

import static id.go.netra.SettingsContext.binding;
import static id.go.netra.SettingsContext.refusesToStart;
import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;
import org.springframework.boot.context.properties.EnableConfigurationProperties;
import org.springframework.boot.test.context.runner.ApplicationContextRunner;

class PersonnelSettingsUnitTests {

	@EnableConfigurationProperties({ ImportSettings.class, DemoRegistrySettings.class })
	static class Bound {
	}

	private final ApplicationContextRunner context = binding(Bound.class);

	@Test
	void importsUseTheFastPathAndTheDemoHasTwentyThousandEmployeesUnlessSetOtherwise() {
		context.run(started -> {
			assertThat(started.getBean(ImportSettings.class)).isEqualTo(new ImportSettings(10_000, 4_294_967_296L, true, java.time.Duration.ofMinutes(2), "directory"));
			assertThat(started.getBean(DemoRegistrySettings.class).employees()).isEqualTo(20_000);
		});
		context.withPropertyValues("netra.personnel.import.fast-path=false", "netra.personnel.import.chunk-size=500",
				"netra.demo.employees=0")
			.run(started -> {
				assertThat(started.getBean(ImportSettings.class)).isEqualTo(new ImportSettings(500, 4_294_967_296L, false, java.time.Duration.ofMinutes(2), "directory"));
				assertThat(started.getBean(DemoRegistrySettings.class).employees()).isZero();
			});
	}

	@Test
	void anEmptyChunkOrANegativeNumberOfDemoEmployeesStopsTheStart() {
		refusesToStart(context, "netra.personnel.import.chunk-size and .max-file-bytes must be positive",
				"netra.personnel.import.chunk-size=0");
		refusesToStart(context, "netra.demo.employees must be 0 or more, not -1", "netra.demo.employees=-1");
	}
}
