package id.go.netra.identity;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.net.Socket;
import java.net.http.HttpHeaders;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;

import id.go.netra.DemoAccountRows;
import id.go.netra.NetraIntegrationTest;
import id.go.netra.UserAgent;
import id.go.netra.audit.AuditQuery;
import id.go.netra.audit.AuditTrail;

/** What every answer carries, who reads the metrics, where redirects lead, and the administrator's key rotation. */
@NetraIntegrationTest
class HttpHardeningIntegrationTests {

	@LocalServerPort
	int port;

	@Autowired
	AuditTrail audit;

	@Test
	void everyKindOfAnswerCarriesTheSecurityHeaders() {
		UserAgent anyone = new UserAgent(port);
		DemoAccountRows admin = DemoAccountRows.of("ADMIN");
		String token = anyone.accessToken(admin.clientId(), admin.clientSecret());
		Map<String, HttpResponse<String>> answers = Map.of("page", anyone.get("/masuk"), "api",
				anyone.get("/api/v1/me", token), "api error", anyone.get("/api/v1/me"), "static",
				anyone.get("/css/netra.css"), "error page", anyone.get("/lapor/tidak-ada/sama-sekali"), "api not found",
				anyone.get("/api/v1/public/tidak-ada"), "token",
				anyone.token("no-such-client", "x"), "health", anyone.get("/actuator/health"));
		answers.forEach((kind, answer) -> {
			HttpHeaders headers = answer.headers();
			assertThat(headers.firstValue("Content-Security-Policy")).as(kind)
				.hasValue(SecurityConfiguration.CONTENT_SECURITY_POLICY);
			assertThat(headers.firstValue("X-Content-Type-Options")).as(kind).hasValue("nosniff");
			assertThat(headers.firstValue("X-Frame-Options")).as(kind).hasValue("DENY");
			assertThat(headers.firstValue("Referrer-Policy")).as(kind).isPresent();
			assertThat(headers.firstValue("Permissions-Policy")).as(kind)
				.hasValueSatisfying(policy -> assertThat(policy).contains("geolocation=()", "camera=()"));
			assertThat(headers.firstValue("Strict-Transport-Security")).as(kind + " over plain HTTP").isEmpty();
		});
		assertThat(answers.get("error page").statusCode()).isEqualTo(404);
		assertThat(answers.get("api not found").statusCode()).isEqualTo(404);
		assertThat(answers.get("page").headers().firstValue("Referrer-Policy")).hasValue("no-referrer");
		assertThat(answers.get("api").headers().firstValue("Referrer-Policy"))
			.hasValue("strict-origin-when-cross-origin");
	}

	@Test
	void behindATlsProxyAnswersCarryHstsAndSecureCookies() throws IOException {
		String head = raw("GET /masuk HTTP/1.1\r\nHost: localhost\r\nX-Forwarded-Proto: https\r\n"
				+ "Connection: close\r\n\r\n");
		assertThat(head).containsPattern("(?im)^Strict-Transport-Security: max-age=31536000 ; includeSubDomains");
		assertThat(head).containsPattern("(?im)^Set-Cookie: JSESSIONID=[^\r\n]*; Secure");
	}

	@Test
	void theMetricsNeedAnAdministratorAndHealthDoesNot() {
		UserAgent anyone = new UserAgent(port);
		assertThat(anyone.get("/actuator/health").statusCode()).isEqualTo(200);
		HttpResponse<String> anonymous = anyone.get("/actuator/prometheus");
		assertThat(anonymous.statusCode()).isEqualTo(401);
		assertThat(anonymous.body()).doesNotContain("jvm_");

		DemoAccountRows satgas = DemoAccountRows.of("TASK_FORCE");
		assertThat(anyone.get("/actuator/prometheus", anyone.accessToken(satgas.clientId(), satgas.clientSecret()))
			.statusCode()).isEqualTo(403);
		DemoAccountRows admin = DemoAccountRows.of("ADMIN");
		HttpResponse<String> scraped = anyone.get("/actuator/prometheus",
				anyone.accessToken(admin.clientId(), admin.clientSecret()));
		assertThat(scraped.statusCode()).isEqualTo(200);
		assertThat(scraped.body()).contains("jvm_compilation_time_ms_total");

		UserAgent officer = new UserAgent(port);
		officer.signIn(satgas.username(), satgas.password());
		assertThat(officer.get("/actuator/prometheus").statusCode()).isEqualTo(403);
		UserAgent administrator = new UserAgent(port);
		administrator.signIn(admin.username(), admin.password());
		assertThat(administrator.get("/actuator/prometheus").statusCode()).isEqualTo(200);
	}

	@Test
	void noRedirectIsBuiltFromTheHostHeaderAClientSends() throws IOException {
		// a page that needs signing in, asked for with a forged Host
		String asked = raw("GET /beranda?tab=1 HTTP/1.1\r\nHost: evil.example\r\nConnection: close\r\n\r\n");
		assertThat(location(asked)).as(asked).isEqualTo("/masuk");
		String session = cookie(asked);

		// signing in within that session returns to the page asked for, on this server
		String form = raw("GET /masuk HTTP/1.1\r\nHost: evil.example\r\nCookie: " + session
				+ "\r\nConnection: close\r\n\r\n");
		Matcher csrf = Pattern.compile("name=\"_csrf\" value=\"([^\"]+)\"").matcher(form);
		assertThat(csrf.find()).isTrue();
		DemoAccountRows admin = DemoAccountRows.of("ADMIN");
		String body = "username=" + admin.username() + "&password=" + admin.password() + "&_csrf=" + csrf.group(1);
		String signedIn = raw("POST /masuk HTTP/1.1\r\nHost: evil.example\r\nCookie: " + session
				+ "\r\nContent-Type: application/x-www-form-urlencoded\r\nContent-Length: " + body.length()
				+ "\r\nConnection: close\r\n\r\n" + body);
		assertThat(location(signedIn)).startsWith("/beranda?tab=1");

		String newSession = cookie(signedIn).isEmpty() ? session : cookie(signedIn);
		String signedOut = raw("GET /keluar HTTP/1.1\r\nHost: evil.example\r\nCookie: " + newSession
				+ "\r\nConnection: close\r\n\r\n");
		String wrong = raw("POST /masuk HTTP/1.1\r\nHost: evil.example\r\nCookie: " + session
				+ "\r\nContent-Type: application/x-www-form-urlencoded\r\nContent-Length: 0\r\nConnection: close\r\n\r\n");
		for (String answer : new String[] { asked, signedIn, signedOut, wrong }) {
			assertThat(answer).doesNotContainIgnoringCase("evil.example");
		}
		String metadata = raw("GET /.well-known/oauth-authorization-server HTTP/1.1\r\nHost: evil.example\r\n"
				+ "Connection: close\r\n\r\n");
		assertThat(metadata).doesNotContainPattern("(?im)^Location:.*evil");
	}

	@Test
	void anAdministratorRotatesTheKeyEncryptionKeyAndItIsAudited() {
		UserAgent system = new UserAgent(port);
		DemoAccountRows satgas = DemoAccountRows.of("TASK_FORCE");
		assertThat(system.postJson("/api/v1/admin/keys/rotation",
				system.accessToken(satgas.clientId(), satgas.clientSecret()), "{}").statusCode()).isEqualTo(403);

		DemoAccountRows admin = DemoAccountRows.of("ADMIN");
		HttpResponse<String> rotated = system.postJson("/api/v1/admin/keys/rotation",
				system.accessToken(admin.clientId(), admin.clientSecret()), "{}");
		assertThat(rotated.statusCode()).isEqualTo(200);
		long keyId = UserAgent.json(rotated).path("keyId").asLong();
		assertThat(UserAgent.json(rotated).path("rotatedAt").asString()).isNotBlank();
		assertThat(audit.search(new AuditQuery(admin.clientId(), "KEYS_ROTATED", null, null, null, null, 0, 5)).items())
			.anySatisfy(entry -> assertThat(entry.detail()).contains("new key id " + keyId));

		UserAgent person = new UserAgent(port);
		person.signIn(admin.username(), admin.password());
		HttpResponse<String> fromPage = person.submit("/admin/peran", "/admin/kunci/rotasi", Map.of());
		assertThat(UserAgent.location(fromPage)).isEqualTo("/admin/peran");
		assertThat(person.get("/admin/peran").body()).contains("Kunci enkripsi diputar");
		assertThat(audit.search(new AuditQuery(admin.username(), "KEYS_ROTATED", null, null, null, null, 0, 5))
			.total()).isPositive();
	}

	/** One HTTP/1.1 exchange on a socket of its own, so the Host header is whatever the test writes. */
	private String raw(String request) throws IOException {
		try (Socket socket = new Socket("localhost", port)) {
			OutputStream out = socket.getOutputStream();
			out.write(request.getBytes(StandardCharsets.UTF_8));
			out.flush();
			InputStream in = socket.getInputStream();
			return new String(in.readAllBytes(), StandardCharsets.UTF_8);
		}
	}

	private static String location(String answer) {
		Matcher location = Pattern.compile("(?im)^Location: ([^\r\n]*)").matcher(answer);
		return location.find() ? location.group(1) : "";
	}

	private static String cookie(String answer) {
		Matcher cookie = Pattern.compile("(?im)^Set-Cookie: (JSESSIONID=[^;]+)").matcher(answer);
		return cookie.find() ? cookie.group(1) : "";
	}
}
