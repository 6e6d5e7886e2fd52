package id.go.netra.identity;

import static id.go.netra.SettingsContext.binding;
import static id.go.netra.SettingsContext.refusesToStart;
import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;
import org.springframework.boot.context.properties.EnableConfigurationProperties;
import org.springframework.boot.test.context.runner.ApplicationContextRunner;

class SecuritySettingsUnitTests {

	@EnableConfigurationProperties({ SecuritySettings.class, FirstAdministratorSettings.class })
	static class Bound {
	}

	private final ApplicationContextRunner context = binding(Bound.class);

	@Test
	void unsetTheSecondFactorFollowsTheDemoAndThereIsNoFirstAdministrator() {
		context.withPropertyValues("netra.security.totp-required=").run(started -> {
			assertThat(started.getBean(SecuritySettings.class).totpRequired()).isNull();
			assertThat(started.getBean(FirstAdministratorSettings.class).given()).isFalse();
		});
	}

	@Test
	void setTheyAreBoundAndTheAdministratorsNameIsKeptInLowerCase() {
		context.withPropertyValues("netra.security.totp-required=false", "netra.bootstrap.admin.username= Admin.BKN ",
				"netra.bootstrap.admin.password=Rahasia-panjang-2026")
			.run(started -> {
				assertThat(started.getBean(SecuritySettings.class).totpRequired()).isFalse();
				assertThat(started.getBean(FirstAdministratorSettings.class))
					.isEqualTo(new FirstAdministratorSettings("admin.bkn", "Rahasia-panjang-2026"));
			});
	}

	@Test
	void anAdministratorWithoutAPasswordOrASecondFactorThatIsNotTrueOrFalseStopsTheStart() {
		refusesToStart(context, "netra.bootstrap.admin.username and netra.bootstrap.admin.password must be set together",
				"netra.bootstrap.admin.username=admin");
		refusesToStart(context, "maybe", "netra.security.totp-required=maybe");
	}
}
