package id.go.netra;

import static org.assertj.core.api.Assertions.assertThat;

import org.springframework.boot.test.context.runner.ApplicationContextRunner;

/**
 * Settings records bound as the application binds them at start-up, in a context that holds nothing else.
 * A test passes a configuration that enables its module's (package-private) settings records.
 */
public final class SettingsContext {

	private SettingsContext() {
	}

	public static ApplicationContextRunner binding(Class<?> configuration) {
		return new ApplicationContextRunner().withUserConfiguration(configuration);
	}

	/** The context does not start with these properties, and the deepest cause says why in these words. */
	public static void refusesToStart(ApplicationContextRunner context, String why, String... properties) {
		context.withPropertyValues(properties)
			.run(started -> assertThat(started).hasFailed().getFailure().rootCause().hasMessageContaining(why));
	}
}
