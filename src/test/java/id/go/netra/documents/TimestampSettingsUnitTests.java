package id.go.netra.documents;

import static id.go.netra.SettingsContext.binding;
import static id.go.netra.SettingsContext.refusesToStart;
import static org.assertj.core.api.Assertions.assertThat;

import java.time.Duration;

import org.junit.jupiter.api.Test;
import org.springframework.boot.context.properties.EnableConfigurationProperties;
import org.springframework.boot.test.context.runner.ApplicationContextRunner;

class TimestampSettingsUnitTests {

	@EnableConfigurationProperties(TimestampSettings.class)
	static class Bound {
	}

	private final ApplicationContextRunner context = binding(Bound.class);

	@Test
	void noAuthorityATenSecondTimeoutAndTheDemoAuthorityFollowingDemoModeUnlessSet() {
		context.run(started -> assertThat(started.getBean(TimestampSettings.class))
			.isEqualTo(new TimestampSettings(null, null, null, Duration.ofSeconds(10), null)));
		context
			.withPropertyValues("netra.timestamping.url= https://tsa.example.go.id/tsr ",
					"netra.timestamping.username=netra", "netra.timestamping.password=rahasia",
					"netra.timestamping.timeout=3s", "netra.timestamping.demo-authority=false")
			.run(started -> assertThat(started.getBean(TimestampSettings.class)).isEqualTo(new TimestampSettings(
					"https://tsa.example.go.id/tsr", "netra", "rahasia", Duration.ofSeconds(3), false)));
		context.withPropertyValues("netra.timestamping.url=")
			.run(started -> assertThat(started.getBean(TimestampSettings.class).remote()).isFalse());
	}

	@Test
	void anAddressThatIsNotHttpHalfTheCredentialsOrNoTimeStopTheStart() {
		refusesToStart(context, "netra.timestamping.url must be an http or https address, not ftp://tsa.example",
				"netra.timestamping.url=ftp://tsa.example");
		refusesToStart(context, "netra.timestamping.username and .password go together",
				"netra.timestamping.url=https://tsa.example", "netra.timestamping.username=netra");
		refusesToStart(context, "netra.timestamping.timeout must be positive", "netra.timestamping.timeout=0s");
	}
}
