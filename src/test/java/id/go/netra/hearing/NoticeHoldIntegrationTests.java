package id.go.netra.hearing;

import static org.assertj.core.api.Assertions.assertThat;

import java.sql.Timestamp;
import java.time.Duration;
import java.time.Instant;
import java.util.UUID;
import java.util.regex.Pattern;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.test.context.DynamicPropertyRegistry;
import org.springframework.test.context.DynamicPropertySource;

import com.icegreen.greenmail.junit5.GreenMailExtension;

import id.go.netra.Mailbox;
import id.go.netra.NetraIntegrationTest;
import id.go.netra.casework.Officers;

/**
 * The notice to the accused waits for the task force's words (netra.hearing.notice-hold, here an hour): forwarding a
 * case does not mail it yet; writing the allegation sends it at once, with the words in it. Employee 8985.
 */
@NetraIntegrationTest
class NoticeHoldIntegrationTests {

	private static final Pattern LINK = Pattern.compile("https?://\\S+/klarifikasi/([A-Za-z0-9_-]{43})");

	@RegisterExtension
	static final GreenMailExtension smtp = Mailbox.server();

	@DynamicPropertySource
	static void settings(DynamicPropertyRegistry registry) {
		Mailbox.configure(registry, smtp);
		registry.add("netra.hearing.notice-interval", () -> "PT1S");
		registry.add("netra.hearing.notice-hold", () -> "PT1H");
	}

	@LocalServerPort
	int port;

	@Autowired
	JdbcClient jdbc;

	@Test
	void theNoticeWaitsForTheAllegationAndGoesOutAsSoonAsItIsWritten() {
		Officers officers = new Officers(port);
		String nip = HearingIntegrationTests.employedWithAddress(officers, jdbc, 8985, "Terlapor Tunggu (sintetis)");
		String id = HearingIntegrationTests.forwardedToReview(officers, nip);

		// held: not tried, the first attempt an hour after the hearing opened
		Instant opened = jdbc.sql("select opened_at from hearing where case_id = :id").param("id", UUID.fromString(id))
			.query(Timestamp.class).single().toInstant();
		Instant firstAttempt = jdbc.sql("select notice_next_attempt_at from hearing where case_id = :id")
			.param("id", UUID.fromString(id)).query(Timestamp.class).single().toInstant();
		assertThat(Duration.between(opened, firstAttempt)).isEqualTo(Duration.ofHours(1));
		assertThat(officers.get("TASK_FORCE", "/api/v1/cases/" + id).path("dueProcess").path("noticeSentAt").isNull())
			.isTrue();

		String words = "Anda diduga membagikan poster pasangan calon di grup percakapan dinas pada jam kerja.";
		assertThat(officers.http().exchange("PUT", "/api/v1/cases/" + id + "/hearing/allegation",
				officers.token("TASK_FORCE"), "application/json", "{\"text\": \"%s\"}".formatted(words)).statusCode())
			.isEqualTo(200);

		String address = "terlapor8985@uji.invalid";
		new Mailbox(smtp).awaitGroup(address, "Pemberitahuan dugaan pelanggaran", 1, LINK);
		assertThat(new Mailbox(smtp).bodies(address, "Pemberitahuan dugaan pelanggaran", "")).singleElement()
			.asString().contains(words).doesNotContain("akan dijelaskan");
		assertThat(officers.get("TASK_FORCE", "/api/v1/cases/" + id).path("dueProcess").path("noticeSentAt").isNull())
			.isFalse();
	}
}
