package id.go.netra.identity;

import static org.assertj.core.api.Assertions.assertThat;

import java.net.http.HttpResponse;
import java.time.Instant;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import org.junit.jupiter.api.Test;

import com.nimbusds.jose.JWSAlgorithm;
import com.nimbusds.jose.JWSHeader;
import com.nimbusds.jose.crypto.RSASSASigner;
import com.nimbusds.jose.jwk.RSAKey;
import com.nimbusds.jose.jwk.gen.RSAKeyGenerator;
import com.nimbusds.jose.util.Base64URL;
import com.nimbusds.jwt.JWTClaimsSet;
import com.nimbusds.jwt.PlainJWT;
import com.nimbusds.jwt.SignedJWT;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;

import id.go.netra.DemoAccountRows;
import id.go.netra.NetraIntegrationTest;
import id.go.netra.UserAgent;
import id.go.netra.audit.AuditQuery;
import id.go.netra.audit.AuditTrail;

@NetraIntegrationTest
class SignInIntegrationTests {

	@LocalServerPort
	int port;

	@Autowired
	AuditTrail audit;

	@Test
	void everyDemoPersonSignsInAndSeesTheirRoleAtHome() {
		for (DemoAccountRows row : DemoAccountRows.all()) {
			UserAgent browser = new UserAgent(port);
			assertThat(browser.signIn(row.username(), row.password())).as(row.username()).isEqualTo("/beranda");
			HttpResponse<String> home = browser.get("/beranda");
			assertThat(home.statusCode()).isEqualTo(200);
			assertThat(home.body()).as(row.username()).contains("data-role=\"" + row.role() + "\"");
		}
	}

	@Test
	void everyDemoClientGetsATokenActingForItsAgencyAndRole() {
		for (DemoAccountRows row : DemoAccountRows.all()) {
			UserAgent system = new UserAgent(port);
			String token = system.accessToken(row.clientId(), row.clientSecret());
			var me = UserAgent.json(system.get("/api/v1/me", token));
			assertThat(me.path("agencyCode").asString()).isEqualTo(row.agency());
			assertThat(me.path("kind").asString()).isEqualTo("CLIENT");
			assertThat(me.path("roles").has(row.role())).as(row.clientId()).isTrue();
		}
	}

	@Test
	void aWrongClientSecretGetsNoTokenAndIsAudited() {
		HttpResponse<String> response = new UserAgent(port).token("satgas-demo", "not-the-secret");
		assertThat(response.statusCode()).isEqualTo(401);
		assertThat(UserAgent.json(response).path("error").asString()).isEqualTo("invalid_client");
		assertThat(audit.search(new AuditQuery("satgas-demo", "TOKEN_REFUSED", null, null, null, null, 0, 5)).total())
			.isPositive();
	}

	@Test
	void theApiAnswersProblemJsonWithoutAToken() {
		HttpResponse<String> response = new UserAgent(port).get("/api/v1/me");
		assertThat(response.statusCode()).isEqualTo(401);
		assertThat(response.headers().firstValue("Content-Type")).hasValueSatisfying(
				type -> assertThat(type).startsWith("application/problem+json"));
		assertThat(response.headers().firstValue("WWW-Authenticate")).hasValueSatisfying(
				value -> assertThat(value).startsWith("Bearer"));
		var problem = UserAgent.json(response);
		assertThat(problem.path("type").asString()).isEqualTo("urn:netra:problem:unauthorized");
		assertThat(problem.path("detail").asString()).contains("token akses");
	}

	@Test
	void aTokenNotSignedWithNetrasOwnKeyIsRefused() throws Exception {
		UserAgent system = new UserAgent(port);
		DemoAccountRows bkn = DemoAccountRows.of("CIVIL_SERVICE_AGENCY");
		String genuine = system.accessToken(bkn.clientId(), bkn.clientSecret());
		assertThat(system.get("/api/v1/me", genuine).statusCode()).isEqualTo(200);

		SignedJWT parsed = SignedJWT.parse(genuine);
		JWTClaimsSet claims = parsed.getJWTClaimsSet();
		String keyId = parsed.getHeader().getKeyID();
		// the same claims and key ID, signed with a key of the forger's own
		RSAKey forgersKey = new RSAKeyGenerator(2048).keyID(keyId).generate();
		SignedJWT forged = new SignedJWT(new JWSHeader.Builder(JWSAlgorithm.RS256).keyID(keyId).build(), claims);
		forged.sign(new RSASSASigner(forgersKey));
		// the genuine signature over changed claims (another subject)
		String[] parts = genuine.split("\\.");
		String otherClaims = Base64URL.encode(new JWTClaimsSet.Builder(claims).subject("admin-demo").build().toString())
			.toString();
		// no signature at all
		String unsigned = new PlainJWT(claims).serialize();

		for (String token : new String[] { forged.serialize(), parts[0] + "." + otherClaims + "." + parts[2],
				unsigned }) {
			HttpResponse<String> refused = system.get("/api/v1/me", token);
			assertThat(refused.statusCode()).as(token).isEqualTo(401);
			assertThat(UserAgent.json(refused).path("type").asString()).isEqualTo("urn:netra:problem:unauthorized");
		}
	}

	@Test
	void aRoleThatMayNotActIsRefusedAndAudited() {
		UserAgent system = new UserAgent(port);
		DemoAccountRows satgas = DemoAccountRows.of("TASK_FORCE");
		HttpResponse<String> refused = system.get("/api/v1/audit", system.accessToken(satgas.clientId(), satgas.clientSecret()));
		assertThat(refused.statusCode()).isEqualTo(403);
		assertThat(UserAgent.json(refused).path("type").asString()).isEqualTo("urn:netra:problem:forbidden");
		assertThat(audit.search(new AuditQuery("satgas-demo", "ACCESS_DENIED", null, null, null, null, 0, 5)).total())
			.isPositive();

		DemoAccountRows admin = DemoAccountRows.of("ADMIN");
		HttpResponse<String> allowed = system.get("/api/v1/audit?action=SIGN_IN", system.accessToken(admin.clientId(), admin.clientSecret()));
		assertThat(allowed.statusCode()).isEqualTo(200);
		assertThat(UserAgent.json(allowed).path("items").isArray()).isTrue();
	}

	@Test
	void repeatedWrongPasswordsLockTheAccountUntilAnAdministratorUnlocksIt() {
		UserAgent admin = signedInAdmin(port);
		createUser(admin, "lockout.test", "TASK_FORCE", "Correct-Horse-Battery-1");

		UserAgent someone = new UserAgent(port);
		for (int attempt = 1; attempt <= 5; attempt++) {
			assertThat(someone.signIn("lockout.test", "wrong-password-" + attempt)).isEqualTo("/masuk?gagal");
		}
		assertThat(someone.signIn("lockout.test", "Correct-Horse-Battery-1")).isEqualTo("/masuk?terkunci");
		assertThat(audit.search(new AuditQuery("lockout.test", "ACCOUNT_LOCKED", null, null, null, null, 0, 5)).total())
			.isEqualTo(1);

		admin.submit("/admin/pengguna", "/admin/pengguna/lockout.test/buka-kunci", Map.of());
		assertThat(someone.signIn("lockout.test", "Correct-Horse-Battery-1")).isEqualTo("/beranda");
	}

	@Test
	void aRoleThatRequiresTotpMakesPeopleEnrolAndThenGiveACodeEveryTime() {
		UserAgent admin = signedInAdmin(port);
		createUser(admin, "totp.test", "AUDITOR", "Correct-Horse-Battery-2");
		setTotp(admin, "AUDITOR", true);
		try {
			UserAgent auditor = new UserAgent(port);
			assertThat(auditor.signIn("totp.test", "Correct-Horse-Battery-2")).isEqualTo("/masuk/otp/daftar");
			HttpResponse<String> home = auditor.get("/beranda");
			assertThat(home.statusCode()).as("no page before the second factor").isEqualTo(302);
			assertThat(UserAgent.location(home)).isEqualTo("/masuk/otp/daftar");

			Matcher secret = Pattern.compile("data-testid=\"totp-secret\">([A-Z2-7]+)<")
				.matcher(auditor.get("/masuk/otp/daftar").body());
			assertThat(secret.find()).isTrue();
			long step = Totp.step(Instant.now());
			HttpResponse<String> enrolled = auditor.submit("/masuk/otp/daftar", "/masuk/otp/daftar",
					Map.of("code", Totp.code(secret.group(1), step)));
			assertThat(UserAgent.location(enrolled)).isEqualTo("/beranda");
			assertThat(auditor.get("/beranda").body()).contains("data-role=\"AUDITOR\"");

			UserAgent later = new UserAgent(port);
			assertThat(later.signIn("totp.test", "Correct-Horse-Battery-2")).isEqualTo("/masuk/otp");
			HttpResponse<String> wrong = later.submit("/masuk/otp", "/masuk/otp", Map.of("code", "000000"));
			assertThat(wrong.body()).contains("Kode tidak cocok");
			HttpResponse<String> right = later.submit("/masuk/otp", "/masuk/otp",
					Map.of("code", Totp.code(secret.group(1), step + 1)));
			assertThat(UserAgent.location(right)).isEqualTo("/beranda");
			assertThat(audit.search(new AuditQuery("totp.test", "SIGN_IN", null, null, null, null, 0, 5)).items())
				.anySatisfy(entry -> assertThat(entry.detail()).isEqualTo("password + TOTP"));
		}
		finally {
			setTotp(admin, "AUDITOR", false);
		}
	}

	@Test
	void anAgencyLosingARoleTakesItFromItsPeopleAndSystemsAtOnce() {
		UserAgent admin = signedInAdmin(port);
		DemoAccountRows oversight = DemoAccountRows.of("OVERSIGHT");
		UserAgent system = new UserAgent(port);
		String token = system.accessToken(oversight.clientId(), oversight.clientSecret());
		assertThat(UserAgent.json(system.get("/api/v1/me", token)).path("roles").has("OVERSIGHT")).isTrue();

		admin.submit("/admin/instansi/KEMENDAGRI", "/admin/instansi/KEMENDAGRI/peran/cabut",
				Map.of("role", "OVERSIGHT", "jurisdiction", "NATIONAL"));
		try {
			assertThat(UserAgent.json(system.get("/api/v1/me", token)).path("roles").has("OVERSIGHT")).isFalse();
			UserAgent person = new UserAgent(port);
			person.signIn(oversight.username(), oversight.password());
			assertThat(person.get("/beranda").body()).doesNotContain("data-role=\"OVERSIGHT\"");
			assertThat(audit.search(new AuditQuery("admin", "ROLE_REVOKED", "BKN", null, null, null, 0, 5)).items())
				.anySatisfy(entry -> assertThat(entry.target()).isEqualTo("KEMENDAGRI"));
		}
		finally {
			admin.submit("/admin/instansi/KEMENDAGRI", "/admin/instansi/KEMENDAGRI/peran",
					Map.of("role", "OVERSIGHT", "jurisdiction", "NATIONAL"));
		}
		assertThat(UserAgent.json(system.get("/api/v1/me", token)).path("roles").has("OVERSIGHT")).isTrue();
	}

	@Test
	void anUnknownJurisdictionIsRefusedWithAMessageAndChangesNothing() {
		UserAgent admin = signedInAdmin(port);
		HttpResponse<String> response = admin.submit("/admin/instansi/BKN", "/admin/instansi/BKN/peran",
				Map.of("role", "PPK", "jurisdiction", "99.99"));
		assertThat(UserAgent.location(response)).isEqualTo("/admin/instansi/BKN");
		String page = admin.get("/admin/instansi/BKN").body();
		assertThat(page).contains("Wilayah kewenangan &quot;99.99&quot; tidak dikenal");
		assertThat(page).doesNotContain("99.99</td>");
	}

	@Test
	void anOverlongNoteIsRefusedInTheUsersLanguageAndChangesNothing() {
		UserAgent admin = signedInAdmin(port);
		admin.submit("/admin/instansi/KASN", "/admin/instansi/KASN/status",
				Map.of("active", "false", "note", "x".repeat(1001)));
		String page = admin.get("/admin/instansi/KASN").body();
		assertThat(page).contains("Isian &quot;Catatan&quot; melebihi 1.000 karakter");
		assertThat(page).contains("Dibubarkan berdasarkan UU 20/2023");
	}

	@Test
	void peopleWithoutTheAdminRoleCannotOpenAdministration() {
		UserAgent satgas = new UserAgent(port);
		DemoAccountRows row = DemoAccountRows.of("TASK_FORCE");
		satgas.signIn(row.username(), row.password());
		HttpResponse<String> response = satgas.get("/admin/instansi");
		assertThat(response.statusCode()).isEqualTo(403);
		assertThat(response.body()).contains("Anda tidak berwenang membuka halaman ini");
	}

	static UserAgent signedInAdmin(int port) {
		UserAgent admin = new UserAgent(port);
		DemoAccountRows row = DemoAccountRows.of("ADMIN");
		assertThat(admin.signIn(row.username(), row.password())).isEqualTo("/beranda");
		return admin;
	}

	static void createUser(UserAgent admin, String username, String role, String password) {
		HttpResponse<String> created = admin.submit("/admin/pengguna", "/admin/pengguna",
				Map.of("username", username, "displayName", "Uji " + username, "email", "", "agencyCode", "BKN",
						"roles", role, "password", password));
		assertThat(UserAgent.location(created)).isEqualTo("/admin/pengguna");
		assertThat(admin.get("/admin/pengguna?q=" + username).body()).contains("data-username=\"" + username + "\"");
	}

	private void setTotp(UserAgent admin, String role, boolean required) {
		admin.submit("/admin/peran", "/admin/peran",
				required ? Map.of("role", role, "totpRequired", "true") : Map.of("role", role));
	}
}
