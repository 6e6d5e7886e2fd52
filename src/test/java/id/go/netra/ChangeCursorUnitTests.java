package id.go.netra;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.util.Base64;

import org.junit.jupiter.api.Test;

class ChangeCursorUnitTests {

	@Test
	void aTokenComesBackAsThePositionItWasGivenFor() {
		// given a position after change 42 of a sync that started at an instant
		ChangeCursor position = ChangeCursor.requested("case_file", "2026-12-01T07:00:00+07:00", null).after(42);

		// when its token is sent back
		ChangeCursor back = ChangeCursor.requested("case_file", null, position.token());

		// then it is the same position, the instant in UTC
		assertThat(back).isEqualTo(new ChangeCursor("case_file", 42, Instant.parse("2026-12-01T00:00:00Z")));
		assertThat(position.token()).matches("[A-Za-z0-9_-]+");
	}

	@Test
	void neitherParameterIsAnOrdinaryList() {
		assertThat(ChangeCursor.requested("case_file", null, null)).isNull();
		assertThat(ChangeCursor.requested("case_file", " ", "")).isNull();
	}

	@Test
	void aMalformedInstantAForeignOrForgedTokenOrBothAreRefusedInWords() {
		String blocks = ChangeCursor.requested("personnel_block", "2026-12-01T00:00:00Z", null).token();
		assertThat(messageOf(() -> ChangeCursor.requested("case_file", "2026-12-01", null)))
			.isEqualTo("changes.changedSince.invalid");
		assertThat(messageOf(() -> ChangeCursor.requested("case_file", null, blocks))).isEqualTo("changes.cursor.invalid");
		assertThat(messageOf(() -> ChangeCursor.requested("case_file", null, "not base64!")))
			.isEqualTo("changes.cursor.invalid");
		assertThat(messageOf(() -> ChangeCursor.requested("case_file", null, token("c1|case_file|-5|2026-12-01T00:00:00Z"))))
			.isEqualTo("changes.cursor.invalid");
		assertThat(messageOf(() -> ChangeCursor.requested("case_file", null, token("c1|case_file|x|2026-12-01T00:00:00Z"))))
			.isEqualTo("changes.cursor.invalid");
		assertThat(messageOf(() -> ChangeCursor.requested("case_file", "2026-12-01T00:00:00Z", blocks)))
			.isEqualTo("changes.sinceAndCursor");
	}

	private static String token(String plain) {
		return Base64.getUrlEncoder().withoutPadding().encodeToString(plain.getBytes(StandardCharsets.UTF_8));
	}

	private static String messageOf(Runnable call) {
		try {
			call.run();
		}
		catch (DomainException e) {
			assertThat(e.status()).isEqualTo(400);
			return e.messageCode();
		}
		throw new AssertionError("not refused");
	}
}
