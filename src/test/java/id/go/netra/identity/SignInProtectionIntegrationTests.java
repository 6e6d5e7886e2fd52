package id.go.netra.identity;

import static org.assertj.core.api.Assertions.assertThat;

import java.net.http.HttpResponse;
import java.util.Map;

import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;

import id.go.netra.DemoAccountRows;
import id.go.netra.NetraIntegrationTest;
import id.go.netra.UserAgent;
import id.go.netra.audit.AuditQuery;
import id.go.netra.audit.AuditTrail;

/** Officers and agency systems cannot be impersonated by guessing, nor locked out by someone else's guesses. */
@NetraIntegrationTest
class SignInProtectionIntegrationTests {

	@LocalServerPort
	int port;

	@Autowired
	AuditTrail audit;

	@Test
	void wrongPasswordsFromOneAddressDoNotSlowTheOfficerSigningInFromAnother() {
		// given a task force officer, and someone at 198.51.100.7 guessing her password
		UserAgent admin = SignInIntegrationTests.signedInAdmin(port);
		SignInIntegrationTests.createUser(admin, "guessed.officer", "PPK", "Correct-Horse-Battery-7");
		UserAgent attacker = new UserAgent(port).from("198.51.100.7");
		for (int attempt = 1; attempt <= 5; attempt++) {
			assertThat(attacker.signIn("guessed.officer", "guess-" + attempt)).isEqualTo("/masuk?gagal");
		}

		// then the guesser's address waits, even with the right password
		assertThat(attacker.signIn("guessed.officer", "Correct-Horse-Battery-7")).isEqualTo("/masuk?terkunci");
		assertThat(audit.search(new AuditQuery("guessed.officer", "ACCOUNT_LOCKED", null, null, null, null, 0, 5))
			.items()).singleElement().satisfies(entry -> assertThat(entry.detail()).contains("PT1M"));
		// and the officer at her own desk signs in at once
		UserAgent officer = new UserAgent(port).from("203.0.113.20");
		assertThat(officer.signIn("guessed.officer", "Correct-Horse-Battery-7")).isEqualTo("/beranda");
		// and the administrator sees the account as locked (from somewhere) until unlocking it
		assertThat(admin.get("/admin/pengguna?q=guessed.officer").body()).contains("Terkunci");
		admin.submit("/admin/pengguna", "/admin/pengguna/guessed.officer/buka-kunci", Map.of());
		assertThat(attacker.signIn("guessed.officer", "Correct-Horse-Battery-7")).isEqualTo("/beranda");
	}

	@Test
	void anUnknownNameGetsTheVeryAnswerAWrongPasswordGets() {
		UserAgent known = new UserAgent(port).from("198.51.100.21");
		UserAgent unknown = new UserAgent(port).from("198.51.100.22");
		for (int attempt = 1; attempt <= 6; attempt++) {
			HttpResponse<String> wrongPassword = known.submit("/masuk", "/masuk",
					Map.of("username", "satgas", "password", "not-her-password"));
			HttpResponse<String> nobody = unknown.submit("/masuk", "/masuk",
					Map.of("username", "nobody.at.all", "password", "not-her-password"));
			assertThat(nobody.statusCode()).as("attempt %d", attempt).isEqualTo(wrongPassword.statusCode());
			assertThat(UserAgent.location(nobody)).as("attempt %d", attempt).isEqualTo(UserAgent.location(wrongPassword));
			String page = UserAgent.location(nobody);
			assertThat(unknown.get(page).body().replaceAll("name=\"_csrf\" value=\"[^\"]+\"", ""))
				.isEqualTo(known.get(page).body().replaceAll("name=\"_csrf\" value=\"[^\"]+\"", ""));
		}
		// the sixth attempt of each was answered "wait", the known name's as the unknown one's
		assertThat(UserAgent.location(known.submit("/masuk", "/masuk",
				Map.of("username", "satgas", "password", "x")))).isEqualTo("/masuk?terkunci");
		assertThat(audit.search(new AuditQuery("nobody.at.all", "SIGN_IN_FAILED", null, null, null, null, 0, 10))
			.items()).isNotEmpty().allSatisfy(entry -> assertThat(entry.detail()).isEqualTo("unknown account"));
		// the demo task force signs in from anywhere else
		assertThat(new UserAgent(port).signIn("satgas", DemoAccountRows.of("TASK_FORCE").password()))
			.isEqualTo("/beranda");
	}

	@Test
	void anUnknownNameTakesAsLongToRefuseAsAWrongPassword() {
		// a password hash takes tens of milliseconds; answering an unknown name without one would take about one
		UserAgent known = new UserAgent(port).from("198.51.100.31");
		UserAgent unknown = new UserAgent(port).from("198.51.100.32");
		known.signIn("bawaslu", "warming-up");
		unknown.signIn("no.such.person", "warming-up");
		long knownNanos = Long.MAX_VALUE;
		long unknownNanos = Long.MAX_VALUE;
		for (int i = 0; i < 3; i++) {
			long started = System.nanoTime();
			known.signIn("bawaslu", "wrong-" + i);
			knownNanos = Math.min(knownNanos, System.nanoTime() - started);
			started = System.nanoTime();
			unknown.signIn("no.such.person", "wrong-" + i);
			unknownNanos = Math.min(unknownNanos, System.nanoTime() - started);
		}
		assertThat(unknownNanos).as("unknown %d ns, known %d ns", unknownNanos, knownNanos)
			.isGreaterThan(knownNanos / 5);
		// (four failures each: below the wait, so every one above was a real check)
	}

	@Test
	void aClientIdFailingFromOneAddressWaitsThereWith429AndRetryAfter() {
		DemoAccountRows bawaslu = DemoAccountRows.of("ELECTION_SUPERVISOR");
		UserAgent guesser = new UserAgent(port).from("198.51.100.41");
		for (int attempt = 1; attempt <= 5; attempt++) {
			assertThat(guesser.token(bawaslu.clientId(), "guess-" + attempt).statusCode()).isEqualTo(401);
		}
		HttpResponse<String> refused = guesser.token(bawaslu.clientId(), bawaslu.clientSecret());
		assertThat(refused.statusCode()).isEqualTo(429);
		assertThat(refused.headers().firstValue("Retry-After")).hasValueSatisfying(
				seconds -> assertThat(Long.parseLong(seconds)).isBetween(1L, 61L));
		assertThat(UserAgent.json(refused).path("error").asString()).isEqualTo("slow_down");
		assertThat(refused.headers().firstValue("Content-Type")).hasValueSatisfying(
				type -> assertThat(type).startsWith("application/json"));
		// the agency's real system, elsewhere, is not slowed
		assertThat(new UserAgent(port).from("203.0.113.41").token(bawaslu.clientId(), bawaslu.clientSecret())
			.statusCode()).isEqualTo(200);
		assertThat(audit.search(new AuditQuery(bawaslu.clientId(), "TOKEN_REFUSED", null, null, null, null, 0, 10))
			.items()).anySatisfy(entry -> assertThat(entry.detail()).contains("too many failed attempts"));
	}

	@Test
	void anUnknownClientGetsTheVeryAnswerAWrongSecretGets() {
		HttpResponse<String> wrongSecret = new UserAgent(port).from("198.51.100.51").token("bkn-demo", "not-it");
		HttpResponse<String> unknown = new UserAgent(port).from("198.51.100.52").token("no-such-client", "not-it");
		assertThat(unknown.statusCode()).isEqualTo(401).isEqualTo(wrongSecret.statusCode());
		assertThat(unknown.body()).isEqualTo(wrongSecret.body());
		assertThat(UserAgent.json(unknown).path("error").asString()).isEqualTo("invalid_client");
		assertThat(unknown.headers().firstValue("WWW-Authenticate"))
			.isEqualTo(wrongSecret.headers().firstValue("WWW-Authenticate"));
	}

	@Test
	void theAuthorizationEndpointWithoutASessionIsAClear400() {
		for (String query : new String[] { "", "?response_type=code&client_id=satgas-demo",
				"?response_type=code&client_id=no-such-client&redirect_uri=https://evil.example/" }) {
			HttpResponse<String> response = new UserAgent(port).get("/oauth2/authorize" + query);
			assertThat(response.statusCode()).as(query).isEqualTo(400);
			assertThat(UserAgent.json(response).path("error").asString()).as(query).isNotBlank();
			assertThat(response.headers().firstValue("Location")).as(query).isEmpty();
		}
	}
}
