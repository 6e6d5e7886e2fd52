package id.go.netra.screening;

import static org.assertj.core.api.Assertions.assertThat;

import java.net.http.HttpResponse;
import java.nio.charset.Charset;
import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Random;
import java.util.stream.Collectors;

import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.boot.test.web.server.LocalServerPort;

import id.go.netra.NetraIntegrationTest;
import id.go.netra.UserAgent;
import id.go.netra.casework.Officers;
import id.go.netra.personnel.RegistryFiles;
import tools.jackson.databind.JsonNode;

/**
 * BKN imports a party's membership list; the match against the registry finds exactly the planted members (an exact
 * NIK, a name that differs only by titles and case, an old spelling) and none of the near misses (a namesake born on
 * another day, a NIK one digit off). Synthetic people with a random surname, so no other test's employees match.
 */
@NetraIntegrationTest
class PartyMembershipIntegrationTests {

	private static final String REGION = "32.73";

	/** Each test's people get their own NIP and NIK sequence (the birth dates are the same in every test). */
	private static final java.util.concurrent.atomic.AtomicInteger SEQUENCE = new java.util.concurrent.atomic.AtomicInteger(
			1000 + new Random().nextInt(900));

	@LocalServerPort
	int port;

	@org.springframework.beans.factory.annotation.Autowired
	org.springframework.jdbc.core.simple.JdbcClient jdbc;

	Officers officers;
	UserAgent http;
	String surname;
	Map<String, String> nips;
	Map<String, String> niks;

	@BeforeEach
	void setUp() {
		officers = new Officers(port);
		http = new UserAgent(port);
		Random random = new Random();
		StringBuilder letters = new StringBuilder("Q");
		for (int i = 0; i < 7; i++) {
			letters.append((char) ('a' + random.nextInt(26)));
		}
		surname = letters.toString();
		nips = new HashMap<>();
		niks = new HashMap<>();
		RegistryFiles file = new RegistryFiles();
		int sequence = SEQUENCE.incrementAndGet();
		employ(file, "fauzi", "Ahmad Fauzi " + surname, LocalDate.of(1980, 3, 12), false, sequence);
		employ(file, "siti", "Siti Rahmawati " + surname, LocalDate.of(1978, 5, 20), true, sequence);
		employ(file, "sujono", "Soedjono " + surname, LocalDate.of(1969, 7, 4), false, sequence);
		employ(file, "bambang", "Bambang Hartono " + surname, LocalDate.of(1975, 1, 1), false, sequence);
		employ(file, "dewi", "Dewi Lestari " + surname, LocalDate.of(1983, 11, 30), true, sequence);
		officers.importRegistry(file);
	}

	private void employ(RegistryFiles file, String who, String name, LocalDate birth, boolean female, int sequence) {
		String nip = RegistryFiles.nip(birth, birth.getYear() + 25, female, sequence % 999 + 1);
		String nik = RegistryFiles.nik(REGION, birth, female, sequence);
		file.row(nip, nik, name, birth.toString(), female ? "F" : "M", "PNS", "PEMDA-32", "Dinas Pendidikan",
				"FUNCTIONAL", "Guru Ahli Muda", "III/c", REGION, "ACTIVE", "", "true");
		nips.put(who, nip);
		niks.put(who, nik);
	}

	private String list() {
		String dewiNik = niks.get("dewi");
		String offByOne = dewiNik.substring(0, 15) + (char) ('0' + (dewiNik.charAt(15) - '0' + 1) % 10);
		return "NIK,NAMA,TANGGAL_LAHIR,PARTAI,KEPENGURUSAN\r\n"
				// planted: the exact NIK, with the name as the party wrote it
				+ niks.get("fauzi") + ",A. Fauzi " + surname + ",1980-03-12,Partai Uji,Anggota\r\n"
				// planted: titles, case and spacing differ, no NIK
				+ ",\"Hj. SITI  RAHMAWATI " + surname.toUpperCase() + ", S.Pd.\",20-05-1978,Partai Uji,Bendahara DPC\r\n"
				// planted: the new spelling of an old name
				+ ",Sujono " + surname + ",04/07/1969,,Ketua Ranting\r\n"
				// near miss: a namesake born a day later
				+ ",Bambang Hartono " + surname + ",1975-01-02,Partai Uji,Anggota\r\n"
				// near miss: a NIK one digit off, another person
				+ offByOne + ",Dewi Kartika " + surname + ",1990-02-02,Partai Uji,Anggota\r\n"
				// refused rows
				+ ",Tanpa Tanggal " + surname + ",,Partai Uji,Anggota\r\n"
				+ "12345,Eko " + surname + ",1981-13-40,Partai Uji,Anggota\r\n"
				+ ",Lain Partai " + surname + ",1970-01-01,Partai Lain,Anggota\r\n";
	}

	private HttpResponse<String> send(String role, String party, String csv, String... headers) {
		return send(role, Map.of("party", party), csv.getBytes(StandardCharsets.UTF_8), headers);
	}

	private HttpResponse<String> send(String role, Map<String, String> fields, byte[] csv, String... headers) {
		String[] all = new String[headers.length + 2];
		all[0] = "Authorization";
		all[1] = "Bearer " + officers.token(role);
		System.arraycopy(headers, 0, all, 2, headers.length);
		return http.postFile("/api/v1/screening/party-members", fields, "file", "anggota.csv", csv, all);
	}

	private Map<String, String> myLeads(String role) {
		HttpResponse<String> response = http.get("/api/v1/screening/leads?source=PARTY_MEMBERSHIP&size=200",
				officers.token(role));
		assertThat(response.statusCode()).as(response.body()).isEqualTo(200);
		Map<String, String> found = new HashMap<>();
		for (JsonNode lead : UserAgent.json(response).path("leads")) {
			String nip = lead.path("employee").path("nip").asString();
			if (nips.containsValue(nip)) {
				String who = nips.entrySet().stream().filter(e -> e.getValue().equals(nip)).findFirst().orElseThrow()
					.getKey();
				found.put(who, lead.path("matchKind").asString());
			}
		}
		return found;
	}

	@Test
	void theListFindsExactlyThePlantedMembersAndReportsTheRefusedRowsInWords() {
		// a registry row written before the key existed gets it before the match
		jdbc.sql("update employee set match_key = null where nip = :nip").param("nip", nips.get("siti")).update();

		HttpResponse<String> imported = send("CIVIL_SERVICE_AGENCY", "Partai Uji", list());

		assertThat(imported.statusCode()).as(imported.body()).isEqualTo(200);
		JsonNode summary = UserAgent.json(imported);
		assertThat(summary.path("rowsRead").asLong()).isEqualTo(8);
		assertThat(summary.path("rowsAccepted").asLong()).isEqualTo(5);
		assertThat(summary.path("rowsRefused").asLong()).isEqualTo(3);
		assertThat(summary.path("leadsAdded").asLong()).isEqualTo(3);
		Map<Long, String> refused = summary.path("refused").valueStream()
			.collect(Collectors.toMap(r -> r.path("line").asLong(),
					r -> r.path("problems").valueStream().map(JsonNode::asString).collect(Collectors.joining(" | "))));
		assertThat(refused.keySet()).containsExactlyInAnyOrder(7L, 8L, 9L);
		assertThat(refused.get(7L)).contains("TANGGAL_LAHIR kosong");
		assertThat(refused.get(8L)).contains("NIK harus terdiri atas 16 digit").contains("bukan tanggal");
		assertThat(refused.get(9L)).contains("Partai Lain");

		assertThat(myLeads("CIVIL_SERVICE_AGENCY")).containsExactlyInAnyOrderEntriesOf(
				Map.of("fauzi", "NIK", "siti", "NAME_BIRTH_DATE", "sujono", "NAME_BIRTH_DATE"));
		assertThat(myLeads("TASK_FORCE")).hasSize(3);

		JsonNode lead = UserAgent.json(http.get("/api/v1/screening/leads?source=PARTY_MEMBERSHIP&status=OPEN&size=200",
				officers.token("TASK_FORCE")))
			.path("leads")
			.valueStream()
			.filter(l -> l.path("employee").path("nip").asString().equals(nips.get("siti")))
			.findFirst()
			.orElseThrow();
		assertThat(lead.path("evidence").path("name").asString()).startsWith("Hj. SITI  RAHMAWATI");
		assertThat(lead.path("evidence").path("line").asLong()).isEqualTo(3);
		assertThat(lead.path("evidence").path("position").asString()).isEqualTo("Bendahara DPC");
		assertThat(lead.path("subject").asString()).isEqualTo("Partai Uji");
		assertThat(lead.path("matchKindText").asString()).startsWith("Nama sama");
		assertThat(lead.path("statusText").asString()).isEqualTo("Menunggu tinjauan");
	}

	@Test
	void theSameListAgainAndAnOverlappingListAddNothing() {
		assertThat(send("CIVIL_SERVICE_AGENCY", "Partai Uji", list()).statusCode()).isEqualTo(200);

		JsonNode again = UserAgent.json(send("CIVIL_SERVICE_AGENCY", "Partai Uji", list()));
		JsonNode overlapping = UserAgent.json(send("CIVIL_SERVICE_AGENCY", "Partai Uji",
				list() + ",Orang Baru " + surname + ",1991-09-09,Partai Uji,Anggota\r\n"));

		assertThat(again.path("alreadyImported").asBoolean()).isTrue();
		assertThat(again.path("leadsAdded").asLong()).isZero();
		assertThat(overlapping.path("alreadyImported").asBoolean()).isFalse();
		assertThat(overlapping.path("rowsAccepted").asLong()).isEqualTo(6);
		assertThat(overlapping.path("leadsAdded").asLong()).isZero();
		assertThat(myLeads("CIVIL_SERVICE_AGENCY")).hasSize(3);
	}

	@Test
	void otherEncodingsAndColumnNamesAreMappedAndAWrongEncodingIsRefusedInWords() {
		String csv = "No KTP;Nama Anggota;Tgl Lahir;Jabatan\r\n".replace(';', ',')
				+ ",Sití Rahmawatí " + surname + ",1978-05-20,Anggota\r\n";
		byte[] latin = csv.getBytes(Charset.forName("windows-1252"));

		HttpResponse<String> withoutEncoding = send("CIVIL_SERVICE_AGENCY", Map.of("party", "Partai Kodek"), latin);
		HttpResponse<String> withEncoding = send("CIVIL_SERVICE_AGENCY",
				Map.of("party", "Partai Kodek", "encoding", "windows-1252"), latin);
		HttpResponse<String> mapped = send("CIVIL_SERVICE_AGENCY", Map.of("party", "Partai Peta", "columns",
				"NAMA=Nama Orang;TANGGAL_LAHIR=Lahir"),
				("Nama Orang,Lahir\r\nSoedjono " + surname + ",1969-07-04\r\n").getBytes(StandardCharsets.UTF_8));

		assertThat(withoutEncoding.statusCode()).isEqualTo(400);
		assertThat(withoutEncoding.body()).contains("bukan teks UTF-8 yang sah").contains("windows-1252");
		assertThat(withEncoding.statusCode()).as(withEncoding.body()).isEqualTo(200);
		assertThat(UserAgent.json(withEncoding).path("leadsAdded").asLong()).isEqualTo(1);
		assertThat(mapped.statusCode()).as(mapped.body()).isEqualTo(200);
		assertThat(UserAgent.json(mapped).path("leadsAdded").asLong()).isEqualTo(1);
	}

	@Test
	void aBadRequestIsAnsweredInTheCallersLanguageAndChangesNothing() {
		http.language("en");
		HttpResponse<String> noParty = send("CIVIL_SERVICE_AGENCY", Map.of(), list().getBytes(StandardCharsets.UTF_8));
		HttpResponse<String> noDateColumn = send("CIVIL_SERVICE_AGENCY", "Partai Uji", "NIK,NAMA\r\n,Budi\r\n");
		HttpResponse<String> englishRows = send("CIVIL_SERVICE_AGENCY", "Partai Inggris",
				"NAMA,TANGGAL_LAHIR\r\nBudi " + surname + ",tomorrow\r\n");

		assertThat(noParty.statusCode()).isEqualTo(400);
		assertThat(noParty.body()).contains("Name the party");
		assertThat(noDateColumn.statusCode()).isEqualTo(400);
		assertThat(noDateColumn.body()).contains("Column TANGGAL_LAHIR is missing");
		assertThat(UserAgent.json(englishRows).path("refused").get(0).path("problems").get(0).asString())
			.isEqualTo("TANGGAL_LAHIR \"tomorrow\" is not a date. Write it as 1975-08-17, 17-08-1975 or 17/08/1975.");
		assertThat(myLeads("CIVIL_SERVICE_AGENCY")).isEmpty();
	}

	@Test
	void onlyBknImportsAndOnlyTheReviewersOfTheSourceSeeItsLeads() {
		assertThat(send("PPK", "Partai Uji", list()).statusCode()).isEqualTo(403);
		assertThat(send("TASK_FORCE", "Partai Uji", list()).statusCode()).isEqualTo(403);
		assertThat(http.postFile("/api/v1/screening/party-members", Map.of("party", "Partai Uji"), "file", "a.csv",
				list().getBytes(StandardCharsets.UTF_8)).statusCode()).isEqualTo(401);
		for (String role : List.of("PPK", "ELECTION_SUPERVISOR", "AUDITOR")) {
			assertThat(http.get("/api/v1/screening/leads?source=PARTY_MEMBERSHIP", officers.token(role)).statusCode())
				.as(role).isEqualTo(403);
		}
		assertThat(http.get("/api/v1/screening/leads?source=PARTY_MEMBERSHIP").statusCode()).isEqualTo(401);
		HttpResponse<String> unknown = http.get("/api/v1/screening/leads?source=GOSSIP", officers.token("TASK_FORCE"));
		assertThat(unknown.statusCode()).isEqualTo(400);
		assertThat(unknown.body()).contains("GOSSIP");
		assertThat(myLeads("CIVIL_SERVICE_AGENCY")).isEmpty();
	}

	private long leadOf(String who) {
		return UserAgent.json(http.get("/api/v1/screening/leads?source=PARTY_MEMBERSHIP&size=200",
				officers.token("TASK_FORCE")))
			.path("leads")
			.valueStream()
			.filter(l -> l.path("employee").path("nip").asString().equals(nips.get(who)))
			.findFirst()
			.orElseThrow()
			.path("id")
			.asLong();
	}

	@Test
	void theTaskForceOpensALeadAsACaseAndAReviewerDismissesAnotherWithAReason() {
		send("CIVIL_SERVICE_AGENCY", "Partai Uji", list());
		long siti = leadOf("siti");
		long fauzi = leadOf("fauzi");

		HttpResponse<String> byBkn = http.postJson("/api/v1/screening/leads/" + siti + "/case",
				officers.token("CIVIL_SERVICE_AGENCY"), "{}");
		HttpResponse<String> byPpk = http.postJson("/api/v1/screening/leads/" + siti + "/case", officers.token("PPK"),
				"{}");
		HttpResponse<String> opened = http.postJson("/api/v1/screening/leads/" + siti + "/case",
				officers.token("TASK_FORCE"), "{\"note\": \"Dicocokkan dengan daftar KPU.\"}");
		HttpResponse<String> openedAgain = http.postJson("/api/v1/screening/leads/" + siti + "/case",
				officers.token("TASK_FORCE"), "{}");
		HttpResponse<String> noReason = http.postJson("/api/v1/screening/leads/" + fauzi + "/dismissal",
				officers.token("CIVIL_SERVICE_AGENCY"), "{\"reason\": \" ok \"}");
		HttpResponse<String> dismissed = http.postJson("/api/v1/screening/leads/" + fauzi + "/dismissal",
				officers.token("CIVIL_SERVICE_AGENCY"), "{\"reason\": \"Keluar dari partai sebelum diangkat, ada surat.\"}");
		HttpResponse<String> bawaslu = http.postJson("/api/v1/screening/leads/" + leadOf("sujono") + "/dismissal",
				officers.token("ELECTION_SUPERVISOR"), "{\"reason\": \"Bukan urusan Bawaslu.\"}");

		assertThat(byBkn.statusCode()).as(byBkn.body()).isEqualTo(403);
		assertThat(byPpk.statusCode()).isEqualTo(403);
		assertThat(opened.statusCode()).as(opened.body()).isEqualTo(201);
		String number = UserAgent.json(opened).path("complaintNumber").asString();
		assertThat(number).isNotBlank();
		assertThat(openedAgain.statusCode()).isEqualTo(409);
		assertThat(openedAgain.body()).contains("sudah diputuskan");
		assertThat(noReason.statusCode()).isEqualTo(400);
		assertThat(noReason.body()).contains("paling sedikit 5 karakter");
		assertThat(dismissed.statusCode()).as(dismissed.body()).isEqualTo(204);
		assertThat(bawaslu.statusCode()).isEqualTo(403);
		Map<String, JsonNode> decided = new HashMap<>();
		UserAgent.json(http.get("/api/v1/screening/leads?source=PARTY_MEMBERSHIP&size=200",
				officers.token("TASK_FORCE"))).path("leads").forEach(l -> decided.put(l.path("employee").path("nip")
					.asString(), l));
		assertThat(decided.get(nips.get("siti")).path("status").asString()).isEqualTo("CASE_OPENED");
		assertThat(decided.get(nips.get("siti")).path("complaintNumber").asString()).isEqualTo(number);
		assertThat(decided.get(nips.get("fauzi")).path("status").asString()).isEqualTo("DISMISSED");
		assertThat(decided.get(nips.get("fauzi")).path("reason").asString()).startsWith("Keluar dari partai");
		assertThat(decided.get(nips.get("sujono")).path("status").asString()).isEqualTo("OPEN");
		JsonNode theCase = officers.caseOf(number);
		assertThat(theCase.path("source").asString()).isEqualTo("SCREENING_FINDING");
		assertThat(theCase.path("employee").path("nip").asString()).isEqualTo(nips.get("siti"));
	}

	@Test
	void theQueuePageShowsTheEvidenceAndTakesBothDecisionsInWords() {
		send("CIVIL_SERVICE_AGENCY", "Partai Uji", list());
		long sujono = leadOf("sujono");
		long fauzi = leadOf("fauzi");
		UserAgent satgas = new UserAgent(port);
		id.go.netra.DemoAccountRows taskForce = id.go.netra.DemoAccountRows.of("TASK_FORCE");
		satgas.signIn(taskForce.username(), taskForce.password());

		HttpResponse<String> queue = satgas.get("/penyaringan?source=PARTY_MEMBERSHIP&size=200");
		HttpResponse<String> noReason = satgas.submit("/penyaringan", "/penyaringan/" + fauzi + "/bukan-pelanggaran",
				Map.of("reason", "", "source", "PARTY_MEMBERSHIP"));
		HttpResponse<String> afterRefusal = satgas.get(UserAgent.location(noReason));
		HttpResponse<String> opened = satgas.submit("/penyaringan", "/penyaringan/" + sujono + "/kasus",
				Map.of("note", "", "source", "PARTY_MEMBERSHIP"));
		HttpResponse<String> afterOpening = satgas.get(UserAgent.location(opened));
		HttpResponse<String> english = satgas.get("/penyaringan?lang=en");

		assertThat(queue.statusCode()).isEqualTo(200);
		assertThat(queue.body()).contains("Soedjono " + surname).contains("tertulis &quot;Sujono " + surname + "&quot;, lahir 4 Juli 1969")
			.contains("Ketua Ranting").contains("Buka sebagai kasus");
		assertThat(afterRefusal.body()).contains("Keputusan tidak disimpan").contains("paling sedikit 5 karakter");
		assertThat(afterOpening.body()).contains("Temuan dibuka sebagai kasus dengan nomor pengaduan");
		assertThat(english.body()).contains("Party membership").contains("Open as case");
		UserAgent ppk = new UserAgent(port);
		id.go.netra.DemoAccountRows ppkAccount = id.go.netra.DemoAccountRows.of("PPK");
		ppk.signIn(ppkAccount.username(), ppkAccount.password());
		assertThat(ppk.get("/penyaringan").statusCode()).isEqualTo(403);
	}
}
