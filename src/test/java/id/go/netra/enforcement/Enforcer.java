package id.go.netra.enforcement;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.http.HttpResponse;
import java.time.Duration;
import java.time.LocalDate;
import java.util.List;

import org.apache.pdfbox.Loader;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.text.PDFTextStripper;

import id.go.netra.casework.Officers;
import tools.jackson.databind.JsonNode;

/** Drives cases up to the PPK over HTTP and reads what enforcement made of them. */
final class Enforcer {

	private final Officers officers;

	Enforcer(Officers officers) {
		this.officers = officers;
	}

	/** A citizen's report on the employee, verified, reviewed as proven and forwarded to the PPK; the case id. */
	String forwardedCase(String nip, LocalDate incident, String violation, boolean criminal) {
		String report = Officers.publicReport(nip, "Pegawai Uji", "32.73", null)
			.replace("\"date\": \"" + LocalDate.now().minusDays(3) + "\"", "\"date\": \"" + incident + "\"");
		String number = officers.fileReport(report).path("complaintNumber").asString();
		String id = officers.caseOf(number).path("id").asString();
		officers.act("TASK_FORCE", "/api/v1/cases/" + id + "/verification", """
				{"decision": "FORWARD"}""");
		officers.act("ELECTION_SUPERVISOR", "/api/v1/cases/" + id + "/review", """
				{"outcome": "PROVEN", "violations": ["%s"], "criminal": %s}""".formatted(violation, criminal));
		officers.act("CIVIL_SERVICE_AGENCY", "/api/v1/cases/" + id + "/recommendation", "{}");
		// enforcement issues (and seals) the recommendation letter after the recommendation's commit
		await("recommendation letter").atMost(Duration.ofSeconds(20))
			.until(() -> letterKinds(id).contains("RECOMMENDATION"));
		return id;
	}

	JsonNode caseAs(String role, String id) {
		return officers.get(role, "/api/v1/cases/" + id);
	}

	String controlLevel(String id) {
		return caseAs("AUDITOR", id).path("controlLevel").asString();
	}

	/** The letter numbers of a case by kind, in the order they were issued. */
	List<String> letterKinds(String id) {
		return caseAs("AUDITOR", id).path("letters").valueStream().map(l -> l.path("kind").asString()).toList();
	}

	JsonNode letter(String id, String kind) {
		return caseAs("AUDITOR", id).path("letters")
			.valueStream()
			.filter(l -> l.path("kind").asString().equals(kind))
			.findFirst()
			.orElseThrow(() -> new AssertionError("no " + kind + " letter on case " + id));
	}

	/** The text of a letter as a PDF reader extracts it, downloaded as the given role. */
	String letterText(String role, String letterId) {
		HttpResponse<byte[]> pdf = officers.http().getBytes("/api/v1/letters/" + letterId, "Authorization",
				"Bearer " + officers.token(role));
		assertThat(pdf.statusCode()).isEqualTo(200);
		assertThat(pdf.headers().firstValue("Content-Type").orElse("")).startsWith("application/pdf");
		try (PDDocument document = Loader.loadPDF(pdf.body())) {
			return new PDFTextStripper().getText(document);
		}
		catch (IOException e) {
			throw new UncheckedIOException(e);
		}
	}
}
