package id.go.netra.pacts;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.time.Clock;
import java.util.HexFormat;
import java.util.Optional;

import org.springframework.core.io.ClassPathResource;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Service;

import id.go.netra.audit.AuditTrail;

/**
 * The versions of the pact's wording. Version 1 is the template shipped in
 * {@code reference/integrity-pact-template.txt}, marked there as a template agencies edit; a campaign opened with
 * its own wording adds the next version. A version never changes once a campaign uses it.
 */
@Service
class PactTexts {

	static final String TEMPLATE = "reference/integrity-pact-template.txt";

	private final JdbcClient jdbc;
	private final AuditTrail audit;
	private final Clock clock;

	PactTexts(JdbcClient jdbc, AuditTrail audit, Clock clock) {
		this.jdbc = jdbc;
		this.audit = audit;
		this.clock = clock;
	}

	/** Stores the shipped template at start-up, outside any campaign's transaction (two nodes may race: one wins). */
	@org.springframework.context.event.EventListener(org.springframework.boot.context.event.ApplicationReadyEvent.class)
	void storeTemplate() {
		template();
	}

	/** The shipped template: the version a campaign gets when it brings no wording of its own. */
	PactText template() {
		return find(1).orElseGet(() -> {
			String[] parts = templateFile().split("(?m)^---\\s*$", 2);
			try {
				return store(1, parts[1], parts[0], "system");
			}
			catch (org.springframework.dao.DuplicateKeyException storedMeanwhile) {
				// another campaign stored the template first; it is the same text
				return find(1).orElseThrow();
			}
		});
	}

	/** A new version with the given body and the template's legal basis unless one is given. */
	PactText add(String body, String legalBasis, String by) {
		String basis = legalBasis == null || legalBasis.isBlank() ? template().legalBasis() : legalBasis.strip();
		int next = jdbc.sql("select coalesce(max(version), 0) + 1 from pact_text").query(Integer.class).single();
		PactText text = store(next, body, basis, by);
		audit.record("PACT_TEXT_ADDED", "v" + next, "SHA-256 " + text.sha256());
		return text;
	}

	Optional<PactText> find(int version) {
		return jdbc.sql("select * from pact_text where version = :v")
			.param("v", version)
			.query((rs, n) -> new PactText(rs.getInt("version"), rs.getString("body"), rs.getString("legal_basis"),
					rs.getString("sha256")))
			.optional();
	}

	private PactText store(int version, String body, String legalBasis, String by) {
		PactText text = new PactText(version, body.strip(), legalBasis.strip(),
				sha256(legalBasis.strip() + "\n---\n" + body.strip()));
		jdbc.sql("""
				insert into pact_text (version, body, legal_basis, sha256, created_at, created_by)
				values (:v, :body, :basis, :sha, :at, :by)""")
			.param("v", version)
			.param("body", text.body())
			.param("basis", text.legalBasis())
			.param("sha", text.sha256())
			.param("at", clock.instant().atOffset(java.time.ZoneOffset.UTC))
			.param("by", by)
			.update();
		return text;
	}

	private static String templateFile() {
		try {
			String raw = new ClassPathResource(TEMPLATE).getContentAsString(StandardCharsets.UTF_8);
			return raw.lines().filter(line -> !line.startsWith("#")).reduce("", (a, b) -> a + b + "\n");
		}
		catch (IOException e) {
			throw new UncheckedIOException(e);
		}
	}

	static String sha256(String text) {
		return sha256(text.getBytes(StandardCharsets.UTF_8));
	}

	static String sha256(byte[] bytes) {
		try {
			return HexFormat.of().formatHex(java.security.MessageDigest.getInstance("SHA-256").digest(bytes));
		}
		catch (java.security.NoSuchAlgorithmException e) {
			throw new IllegalStateException(e);
		}
	}
}
