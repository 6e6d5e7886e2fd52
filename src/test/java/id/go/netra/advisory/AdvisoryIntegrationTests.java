package id.go.netra.advisory;

import static org.assertj.core.api.Assertions.assertThat;

import java.net.URLEncoder;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;

import org.junit.jupiter.api.Test;
import org.springframework.boot.test.web.server.LocalServerPort;

import id.go.netra.NetraIntegrationTest;
import id.go.netra.UserAgent;
import id.go.netra.casework.Officers;
import tools.jackson.databind.JsonNode;

/**
 * Ask before you act, over the API: a question asked anonymously or with a NIP, read back only with its code,
 * answered by the task force with the legal basis, corrected and published as guidance in a wording without the
 * asker; and every refusal in words, changing nothing.
 */
@NetraIntegrationTest
class AdvisoryIntegrationTests {

	private static final String ASK = "/api/v1/public/advisory-questions";

	@LocalServerPort
	int port;

	@Test
	void anAnonymousQuestionIsAnsweredWithItsBasisAndPublishedInTheOfficersWording() {
		Officers officers = new Officers(port);
		String marker = "paman-" + System.nanoTime();
		HttpResponse<String> asked = officers.http().postJson(ASK, null, """
				{"question": "Bolehkah saya menyukai unggahan kampanye calon bupati yang juga %s saya?",
				 "election": "PILKADA-2024"}""".formatted(marker));
		assertThat(asked.statusCode()).as(asked.body()).isEqualTo(201);
		String code = UserAgent.json(asked).path("code").asString();
		assertThat(code).matches("[A-Z2-9]{4}(-[A-Z2-9]{4}){3}");
		JsonNode open = UserAgent.json(officers.http().get(ASK + "/" + code.toLowerCase().replace("-", "%20")));
		assertThat(open.path("status").asString()).isEqualTo("OPEN");
		assertThat(open.path("statusName").asString()).isEqualTo("Menunggu jawaban");
		assertThat(open.path("answer").isNull()).isTrue();

		HttpResponse<String> unknown = officers.http().get(ASK + "/AAAA-BBBB-CCCC-DDDD");
		assertThat(unknown.statusCode()).isEqualTo(404);
		assertThat(unknown.body()).contains("Kode ini tidak membuka pertanyaan apa pun");
		assertThat(new UserAgent(port).language("en").get(ASK + "/AAAA-BBBB-CCCC-DDDD").body())
			.contains("This code opens no question");

		JsonNode queue = officers.get("TASK_FORCE", "/api/v1/advisory-questions?status=OPEN&size=100");
		JsonNode mine = queue.path("items").valueStream()
			.filter(q -> q.path("question").asString().contains(marker))
			.findFirst()
			.orElseThrow();
		assertThat(mine.path("askedWithNip").asBoolean()).isFalse();
		assertThat(mine.path("phaseCode").isNull()).as("asked outside the Pilkada 2024 phases").isTrue();
		String id = mine.path("id").asString();
		String answerPath = "/api/v1/advisory-questions/" + id + "/answer";
		assertThat(officers.http().get("/api/v1/advisory-questions", officers.token("PPK")).statusCode()).isEqualTo(403);
		assertThat(officers.post("ELECTION_SUPERVISOR", answerPath, """
				{"answer": "Tidak boleh, menyukai unggahan kampanye adalah dukungan.", "topic": "SOCIAL_MEDIA",
				 "violations": ["DISIPLIN-06"]}""").statusCode()).isEqualTo(403);

		HttpResponse<String> noBasis = officers.post("TASK_FORCE", answerPath, """
				{"answer": "Tidak boleh, menyukai unggahan kampanye adalah bentuk dukungan.", "topic": "SOCIAL_MEDIA"}""");
		assertThat(noBasis.statusCode()).isEqualTo(400);
		assertThat(noBasis.body()).contains("Sebutkan dasar hukumnya");
		HttpResponse<String> wrong = officers.post("TASK_FORCE", answerPath, """
				{"answer": "x", "violations": ["BUKAN-01"]}""");
		assertThat(wrong.statusCode()).isEqualTo(400);
		assertThat(wrong.body()).contains("Tidak ada dalam katalog pelanggaran: BUKAN-01", "Pilih topik",
				"paling sedikit 20 karakter");
		assertThat(officers.get("TASK_FORCE", "/api/v1/advisory-questions/" + id).path("status").asString())
			.isEqualTo("OPEN");

		JsonNode answered = officers.act("TASK_FORCE", answerPath, """
				{"answer": "Tidak boleh. Menyukai unggahan kampanye calon, juga kerabat sendiri, adalah bentuk dukungan.",
				 "topic": "SOCIAL_MEDIA", "violations": ["disiplin-06", "DISIPLIN-06"], "publish": false}""");
		assertThat(answered.path("status").asString()).isEqualTo("ANSWERED");
		assertThat(answered.path("references")).hasSize(1);
		JsonNode read = UserAgent.json(officers.http().get(ASK + "/" + code));
		assertThat(read.path("answer").asString()).startsWith("Tidak boleh.");
		assertThat(read.path("references").get(0).path("code").asString()).isEqualTo("DISIPLIN-06");
		assertThat(read.path("references").get(0).path("legalBasis").asString()).contains("SKB");
		assertThat(read.path("published").asBoolean()).isFalse();
		assertThat(guidance(officers, marker).path("total").asInt()).isZero();

		String wording = "Bolehkah ASN menyukai unggahan kampanye calon yang masih kerabatnya? " + marker.substring(6);
		JsonNode published = officers.act("TASK_FORCE", answerPath, """
				{"answer": "Tidak boleh. Menyukai unggahan kampanye calon, juga kerabat sendiri, adalah bentuk dukungan.",
				 "topic": "SOCIAL_MEDIA", "violations": ["DISIPLIN-06"], "legalBasis": "PP 94/2021 pasal 5 huruf n",
				 "publish": true, "publicQuestion": "%s", "version": %d}"""
			.formatted(wording, answered.path("version").asInt()));
		assertThat(published.path("published").asBoolean()).isTrue();
		JsonNode guidance = guidance(officers, marker.substring(6));
		assertThat(guidance.path("total").asInt()).isEqualTo(1);
		JsonNode group = guidance.path("groups").get(0);
		assertThat(group.path("phaseName").asString()).isEqualTo("Di luar tahapan pemilihan");
		assertThat(group.path("topics").get(0).path("topicName").asString()).isEqualTo("Media sosial");
		JsonNode item = group.path("topics").get(0).path("items").get(0);
		assertThat(item.path("question").asString()).isEqualTo(wording);
		assertThat(guidance.toString()).doesNotContain(marker).doesNotContain("bupati");
		assertThat(guidance(officers, "kata-yang-tidak-ada-" + marker).path("total").asInt()).isZero();
		assertThat(UserAgent.json(officers.http().get("/api/v1/public/advisory?topic=SOCIAL_MEDIA")).toString())
			.contains(wording);
		assertThat(UserAgent.json(officers.http().get("/api/v1/public/advisory?topic=OTHER")).toString())
			.doesNotContain(wording);

		HttpResponse<String> stale = officers.post("TASK_FORCE", answerPath, """
				{"answer": "Jawaban lama yang ditimpa petugas lain sebelumnya.", "topic": "OTHER",
				 "legalBasis": "SKB 2022", "version": %d}""".formatted(answered.path("version").asInt()));
		assertThat(stale.statusCode()).isEqualTo(409);
		assertThat(UserAgent.json(officers.http().get(ASK + "/" + code)).path("legalBasis").asString())
			.isEqualTo("PP 94/2021 pasal 5 huruf n");
	}

	@Test
	void aNipNamesTheAskersEmployerToOfficersButNeverTheNipAndBadQuestionsAreRefusedInWords() {
		Officers officers = new Officers(port);
		String nip = officers.employ(8941, "PEMDA-32", "32.73", "Penanya Konsultasi (sintetis)").get(0);
		String marker = "kepala-desa-" + System.nanoTime();
		HttpResponse<String> asked = officers.http().postJson(ASK, null, """
				{"question": "Apakah saya boleh menghadiri deklarasi %s sebagai undangan?", "nip": "%s"}"""
			.formatted(marker, nip.substring(0, 8) + " " + nip.substring(8)));
		assertThat(asked.statusCode()).as(asked.body()).isEqualTo(201);
		JsonNode mine = officers.get("CIVIL_SERVICE_AGENCY", "/api/v1/advisory-questions?size=100").path("items")
			.valueStream()
			.filter(q -> q.path("question").asString().contains(marker))
			.findFirst()
			.orElseThrow();
		assertThat(mine.path("askedWithNip").asBoolean()).isTrue();
		assertThat(mine.path("askerEmployerCode").asString()).isEqualTo("PEMDA-32");
		assertThat(mine.toString()).doesNotContain(nip);
		officers.act("CIVIL_SERVICE_AGENCY", "/api/v1/advisory-questions/" + mine.path("id").asString() + "/answer", """
				{"answer": "Hadir sebagai undangan tanpa menunjukkan dukungan tetap berisiko; sebaiknya tidak hadir.",
				 "topic": "CAMPAIGN_AND_EVENTS", "violations": ["DISIPLIN-04"], "publish": true}""");
		JsonNode guidance = guidance(officers, marker);
		assertThat(guidance.path("total").asInt()).isEqualTo(1);
		assertThat(guidance.toString()).doesNotContain(nip).doesNotContain("PEMDA-32");
		String code = UserAgent.json(asked).path("code").asString();
		assertThat(officers.http().get(ASK + "/" + code).body()).doesNotContain(nip).doesNotContain("PEMDA-32");
		// the guidance page, plain and with filters someone typed into the address
		HttpResponse<String> page = officers.http().get("/panduan");
		assertThat(page.statusCode()).isEqualTo(200);
		assertThat(page.body()).contains(marker).doesNotContain(nip);
		assertThat(officers.http().get("/panduan?fase=BUKAN&topik=BUKAN&q=%25").statusCode()).isEqualTo(200);
		assertThat(officers.http().get("/panduan?fase=CAMPAIGN&topik=CAMPAIGN_AND_EVENTS&q=" + marker).body())
			.contains("data-testid=\"no-guidance\"");

		long before = count(officers);
		HttpResponse<String> empty = officers.http().postJson(ASK, null, "{\"question\": \"   \"}");
		assertThat(empty.statusCode()).isEqualTo(400);
		assertThat(empty.body()).contains("Wajib diisi");
		HttpResponse<String> badNip = new UserAgent(port).language("en").postJson(ASK, null, """
				{"question": "May a civil servant attend a candidate's declaration?", "nip": "12345",
				 "election": "NO-SUCH-ELECTION"}""");
		assertThat(badNip.statusCode()).isEqualTo(400);
		assertThat(badNip.body()).contains("\"nip\"", "The election NO-SUCH-ELECTION is not in the calendar");
		assertThat(officers.http().postJson(ASK, null, "{\"question\": \"Boleh?\"}").body())
			.contains("paling sedikit 15 karakter");
		assertThat(officers.http().postJson(ASK, null, "").statusCode()).isEqualTo(400);
		assertThat(count(officers)).isEqualTo(before);
	}

	@Test
	void demoModeShowsSyntheticGuidanceSaidToBeSynthetic() {
		Officers officers = new Officers(port);
		JsonNode demo = guidance(officers, "contoh sintetis");
		assertThat(demo.path("total").asInt()).isGreaterThanOrEqualTo(3);
		assertThat(demo.path("groups").valueStream().flatMap(g -> g.path("topics").valueStream())
			.map(t -> t.path("topic").asString())).contains("SOCIAL_MEDIA", "FAMILY_AND_PRIVATE_LIFE");
		assertThat(officers.get("TASK_FORCE", "/api/v1/advisory-questions?status=OPEN&size=100").toString())
			.contains("sembako");
	}

	private static JsonNode guidance(Officers officers, String text) {
		return UserAgent.json(officers.http()
			.get("/api/v1/public/advisory?q=" + URLEncoder.encode(text, StandardCharsets.UTF_8)));
	}

	private static long count(Officers officers) {
		return officers.get("TASK_FORCE", "/api/v1/advisory-questions?status=OPEN&size=1").path("total").asLong()
				+ officers.get("TASK_FORCE", "/api/v1/advisory-questions?status=ANSWERED&size=1").path("total").asLong();
	}
}
