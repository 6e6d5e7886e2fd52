package id.go.netra.reporting;

import static org.assertj.core.api.Assertions.assertThat;

import java.net.http.HttpResponse;
import java.util.List;

import org.junit.jupiter.api.Test;
import org.springframework.boot.test.web.server.LocalServerPort;

import id.go.netra.NetraIntegrationTest;
import id.go.netra.UserAgent;
import id.go.netra.casework.Officers;
import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;

/**
 * JSON bodies of the public report API, generated (jqwik's arbitraries, sampled): broken JSON, values of the
 * wrong type, a valid report with one value replaced by something strange. Every answer is a 2xx or a 4xx
 * problem, never a 500. Each body comes from its own address, so the public limits do not hide the parser.
 */
@NetraIntegrationTest
class PublicReportJsonFuzzIntegrationTests {

	private static final int BODIES = 200;

	@LocalServerPort
	int port;

	@Test
	void noGeneratedBodyMakesTheServerFail() {
		UserAgent citizen = new UserAgent(port);
		List<String> bodies = bodies().sampleStream().limit(BODIES).toList();
		for (int i = 0; i < bodies.size(); i++) {
			String body = bodies.get(i);
			String address = "198.51.%d.%d".formatted(100 + i / 250, 1 + i % 250);
			HttpResponse<String> answer = i % 5 == 4
					? citizen.postJson("/api/v1/public/reports/NTR-2026-000001/messages", null, body, "X-Forwarded-For",
							address, "X-Receipt-Code", "ABCD-EFGH-JKLM")
					: citizen.postJson("/api/v1/public/reports", null, body, "X-Forwarded-For", address);
			assertThat(answer.statusCode()).as("%s\n-> %s", body, answer.body()).isLessThan(500);
			if (answer.statusCode() >= 400) {
				assertThat(answer.headers().firstValue("Content-Type").orElse("")).as(body)
					.contains("application/problem+json");
			}
		}
	}

	private static Arbitrary<String> bodies() {
		return Arbitraries.oneOf(mutatedReports(), truncatedReports(),
				Arbitraries.strings().withChars("{}[]\":,0123456789.-+eEtruefalsn \\u\u0000\u200B").ofMaxLength(80),
				Arbitraries.strings().all().ofMaxLength(80));
	}

	/** A valid report with one value replaced: a string by a number, an object by an array, a date by nonsense. */
	private static Arbitrary<String> mutatedReports() {
		String valid = Officers.publicReport(null, "Pegawai Uji", "32.73", "\"https://contoh.invalid/a\"");
		List<String> targets = List.of("\"Pegawai Uji\"", "\"32.73\"", "\"Kepala Seksi\"", "true", "false", "null",
				"\"https://contoh.invalid/a\"", "\"Warga Uji (sintetis)\"", "\"warga@contoh.invalid\"",
				"\"" + java.time.LocalDate.now().minusDays(3) + "\"",
				"\"Mengunggah ajakan memilih calon tertentu di akun media sosial pribadinya.\"");
		return Arbitraries.of(targets).flatMap(target -> replacement().map(value -> valid.replace(target, value)));
	}

	private static Arbitrary<String> truncatedReports() {
		String valid = Officers.publicReport("198503152010011001", "Pegawai Uji", "32.73", null);
		return Arbitraries.integers().between(0, valid.length()).map(end -> valid.substring(0, end));
	}

	private static Arbitrary<String> replacement() {
		return Arbitraries.oneOf(
				Arbitraries.of("1e999999", "-0", "123456789012345678901234567890", "[]", "{}", "[[[[[[[[[[]]]]]]]]]]",
						"\"\"", "\"\\u0000\"", "\"\\u200B\\u200B\"", "\"\\uD800\"", "\"2026-02-30\"", "\"+999999999-01-01\"",
						"\"9999-12-31T23:59:59Z\"", "{\"a\": 1}", "[\"x\", 1, null]", "\"javascript:alert(1)\"",
						"\"http://[::1\"", "\"" + "x".repeat(9000) + "\"", "true", "null", "\"TASK_FORCE_REPORT\""),
				Arbitraries.strings().all().ofMaxLength(40).map(PublicReportJsonFuzzIntegrationTests::jsonString),
				Arbitraries.longs().map(String::valueOf),
				Arbitraries.doubles().map(String::valueOf));
	}

	private static String jsonString(String text) {
		StringBuilder json = new StringBuilder("\"");
		text.chars().forEach(c -> {
			if (c == '"' || c == '\\' || c < 0x20) {
				json.append("\\u%04x".formatted(c));
			}
			else {
				json.append((char) c);
			}
		});
		return json.append('"').toString();
	}
}
