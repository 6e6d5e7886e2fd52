package id.go.netra.identity;

import static org.assertj.core.api.Assertions.assertThat;

import java.net.http.HttpResponse;
import java.util.Map;

import org.junit.jupiter.api.Test;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.test.context.TestPropertySource;

import id.go.netra.DemoAccountRows;
import id.go.netra.NetraIntegrationTest;
import id.go.netra.UserAgent;

/**
 * Netra as it runs outside demo mode, where every officer needs a second factor (its own application context:
 * the one setting differs). Demo accounts still sign in without one, as the seed is on here.
 */
@NetraIntegrationTest
@TestPropertySource(properties = "netra.security.totp-required=true")
class RequiredSecondFactorIntegrationTests {

	@LocalServerPort
	int port;

	@Test
	void anOfficerWithoutASecondFactorIsSentToEnrolOneBeforeAnythingElse() {
		UserAgent admin = SignInIntegrationTests.signedInAdmin(port);
		SignInIntegrationTests.createUser(admin, "no.totp.yet", "TASK_FORCE", "Correct-Horse-Battery-8");

		UserAgent officer = new UserAgent(port);
		assertThat(officer.signIn("no.totp.yet", "Correct-Horse-Battery-8")).isEqualTo("/masuk/otp/daftar");
		for (String page : new String[] { "/beranda", "/kasus", "/admin/pengguna" }) {
			HttpResponse<String> refused = officer.get(page);
			assertThat(refused.statusCode()).as(page).isEqualTo(302);
			assertThat(UserAgent.location(refused)).as(page).isEqualTo("/masuk/otp/daftar");
		}
		assertThat(officer.get("/api/v1/me").statusCode()).isEqualTo(401);
		assertThat(officer.get("/masuk/otp/daftar").body()).contains("data-testid=\"totp-secret\"");
	}

	@Test
	void anAdministratorCannotSwitchTheSecondFactorOffForTheTaskForceButCanForAnotherRole() {
		UserAgent admin = SignInIntegrationTests.signedInAdmin(port);
		HttpResponse<String> refused = admin.submit("/admin/peran", "/admin/peran", Map.of("role", "TASK_FORCE"));
		assertThat(UserAgent.location(refused)).isEqualTo("/admin/peran");
		String page = admin.get("/admin/peran").body();
		assertThat(page).contains("tidak dapat dimatikan untuk peran Administrator dan Satgas Netralitas");
		assertThat(page).containsPattern(lockedSwitch("TASK_FORCE")).containsPattern(lockedSwitch("ADMIN"))
			.doesNotContainPattern(lockedSwitch("AUDITOR"));
		assertThat(admin.submit("/admin/peran", "/admin/peran", Map.of("role", "ADMIN")).statusCode()).isEqualTo(302);
		assertThat(admin.get("/admin/peran").body()).contains("tidak dapat dimatikan");

		SignInIntegrationTests.createUser(admin, "satgas.strict", "TASK_FORCE", "Correct-Horse-Battery-9");
		assertThat(new UserAgent(port).signIn("satgas.strict", "Correct-Horse-Battery-9")).isEqualTo("/masuk/otp/daftar");

		// an auditor's role may be exempted, and then its officers sign in with the password alone
		SignInIntegrationTests.createUser(admin, "auditor.exempt", "AUDITOR", "Correct-Horse-Battery-10");
		assertThat(new UserAgent(port).signIn("auditor.exempt", "Correct-Horse-Battery-10"))
			.isEqualTo("/masuk/otp/daftar");
		admin.submit("/admin/peran", "/admin/peran", Map.of("role", "AUDITOR"));
		try {
			assertThat(new UserAgent(port).signIn("auditor.exempt", "Correct-Horse-Battery-10")).isEqualTo("/beranda");
		}
		finally {
			admin.submit("/admin/peran", "/admin/peran", Map.of("role", "AUDITOR", "totpRequired", "true"));
		}
	}

	@Test
	void demoAccountsInDemoModeStillSignInWithThePasswordAlone() {
		for (DemoAccountRows row : DemoAccountRows.all()) {
			assertThat(new UserAgent(port).signIn(row.username(), row.password())).as(row.username())
				.isEqualTo("/beranda");
		}
	}

	/** A switch shown on and greyed out, in whatever order the attributes come. */
	private static String lockedSwitch(String role) {
		return "<input(?=[^>]*id=\"totp-" + role + "\")(?=[^>]*checked)(?=[^>]*disabled)";
	}
}
