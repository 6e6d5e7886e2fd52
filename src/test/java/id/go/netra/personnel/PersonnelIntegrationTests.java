package id.go.netra.personnel;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import java.net.http.HttpResponse;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;

import id.go.netra.DemoAccountRows;
import id.go.netra.NetraIntegrationTest;
import id.go.netra.UserAgent;
import tools.jackson.databind.JsonNode;

@NetraIntegrationTest
class PersonnelIntegrationTests {

	@LocalServerPort
	int port;

	@Autowired
	Employees employees;

	@Test
	void aFileWithBrokenRowsImportsTheGoodOnesAndReportsEveryBadOneWithItsLine() {
		RegistryFiles file = new RegistryFiles();
		List<String> nips = new ArrayList<>();
		for (int n = 1; n <= 8; n++) {
			nips.add(file.valid(n, "Pegawai Uji Satu " + n, "PEMDA-32.73", "32.73"));
		}
		String good = nips.get(0);
		file.row("12345", "3273011503850001", "NIP Pendek", "1985-03-15", "M", "PNS", "PEMDA-32.73", "", "", "", "", "",
				"ACTIVE", "", "true"); // line 10
		file.row("198503152010011001", "3273015503850001", "Beda Kelamin", "1985-03-15", "M", "PNS", "PEMDA-32.73", "",
				"", "", "", "", "ACTIVE", "", "true"); // line 11
		file.row("198503152010011002", "3273011503850002", "Instansi Asing", "1985-03-15", "M", "PNS", "TIDAK-ADA", "",
				"", "", "", "", "ACTIVE", "", "true"); // line 12
		file.row("198503152010011003", "3273011503850003", "", "1985-03-15", "M", "PNS", "PEMDA-32.73", "", "", "", "",
				"", "ACTIVE", "", "true"); // line 13
		file.row(good, "3273010101700001", "Ganda", "1970-01-01", "M", "PNS", "PEMDA-32.73", "", "", "", "", "",
				"ACTIVE", "", "true"); // line 14: duplicate of line 2's NIP (and NIK mismatch checked first)
		file.row("198503152010011004", "3273011503850004", "Tanggal Salah", "15/03/1985", "M", "PNS", "PEMDA-32.73",
				"", "", "", "", "", "ACTIVE", "", "true"); // line 15
		file.row("198503152010011005", "3273011503850005", "Status Aneh", "1985-03-15", "M", "PNS", "PEMDA-32.73", "",
				"", "", "", "", "CUTI", "", "true"); // line 16

		JsonNode done = importAndWait(file.content(), "campuran.csv");
		assertThat(done.path("inserted").asLong()).isEqualTo(8);
		assertThat(done.path("rejected").asLong()).isEqualTo(7);
		assertThat(done.path("recordsDone").asLong()).isEqualTo(15);

		String report = system(bkn()).get("/api/v1/personnel/imports/" + done.path("id").asLong() + "/errors",
				token(bkn())).body();
		assertThat(report.lines().skip(1).map(line -> line.substring(0, line.indexOf(','))).toList())
			.containsExactly("10", "11", "12", "13", "14", "15", "16");
		assertThat(report).contains("NIP harus terdiri atas 18 digit angka")
			.contains("Jenis kelamin pada NIP dan NIK tidak sama")
			.contains("Kode instansi \"\"TIDAK-ADA\"\" tidak dikenal")
			.contains("Kolom NAMA wajib diisi")
			.contains("harus berupa tanggal")
			.contains("CUTI");

		JsonNode employee = UserAgent.json(system(bkn()).get("/api/v1/personnel/" + good, token(bkn())));
		assertThat(employee.path("name").asString()).isEqualTo("Pegawai Uji Satu 1");
		assertThat(employee.path("employer").path("name").asString()).isEqualTo("Pemerintah Kota Bandung");
		assertThat(employee.path("synthetic").asBoolean()).isTrue();
		assertThat(employee.path("history")).hasSize(1);
	}

	@Test
	void importingTheSameFileTwiceChangesNothingAndAChangeStartsANewPeriod() {
		RegistryFiles file = new RegistryFiles();
		String nip = file.valid(40, "Pegawai Uji Dua", "PEMDA-32", "32.04");
		file.valid(41, "Pegawai Uji Dua Lain", "PEMDA-32", "32.04");
		importAndWait(file.content(), "dua.csv");
		Instant firstUpdate = employees.byNip(Nip.of(nip), RegistryScope.NATIONAL).orElseThrow().updatedAt();

		JsonNode again = importAndWait(file.content(), "dua-lagi.csv");
		assertThat(again.path("inserted").asLong()).isZero();
		assertThat(again.path("updated").asLong()).isZero();
		assertThat(again.path("unchanged").asLong()).isEqualTo(2);
		assertThat(employees.byNip(Nip.of(nip), RegistryScope.NATIONAL).orElseThrow().updatedAt()).isEqualTo(firstUpdate);

		String moved = file.content().replace("Pegawai Uji Dua,1980-05-13", "Pegawai Uji Dua,1980-05-13")
			.replaceFirst("(" + nip + ",[^\\r]*?)PEMDA-32,", "$1PEMDA-32.73,");
		JsonNode transfer = importAndWait(moved, "mutasi.csv");
		assertThat(transfer.path("updated").asLong()).isEqualTo(1);
		assertThat(transfer.path("unchanged").asLong()).isEqualTo(1);
		Employee after = employees.byNip(Nip.of(nip), RegistryScope.NATIONAL).orElseThrow();
		assertThat(after.employerCode()).isEqualTo("PEMDA-32.73");
		List<Employee.Period> periods = employees.periods(after.id());
		assertThat(periods).hasSize(2);
		assertThat(periods.get(0).employerCode()).isEqualTo("PEMDA-32");
		assertThat(periods.get(0).validTo()).as("the old period ends where the new one begins")
			.isEqualTo(periods.get(1).validFrom());
		assertThat(periods.get(1).employerCode()).isEqualTo("PEMDA-32.73");
		assertThat(periods.get(1).validTo()).isNull();
		assertThat(employees.periodAt(after.id(), periods.get(0).validFrom()).orElseThrow().employerCode())
			.isEqualTo("PEMDA-32");
	}

	@Test
	void lookupsAreScopedAndFindNamesWithoutCaseOrAccents() {
		RegistryFiles file = new RegistryFiles();
		String inWestJava = file.valid(60, "Élis Ñurhayati", "PEMDA-32", "32.04");
		String inCentralJava = file.valid(61, "Bambang Élis", "PEMDA-33", "33.74");
		importAndWait(file.content(), "lingkup.csv");

		DemoAccountRows ppk = DemoAccountRows.of("PPK");
		UserAgent ppkSystem = system(ppk);
		String ppkToken = token(ppk);
		assertThat(ppkSystem.get("/api/v1/personnel/" + inWestJava, ppkToken).statusCode()).isEqualTo(200);
		assertThat(UserAgent.json(ppkSystem.get("/api/v1/personnel/" + inWestJava, ppkToken)).path("nik").asString())
			.doesNotContain("*");
		HttpResponse<String> elsewhere = ppkSystem.get("/api/v1/personnel/" + inCentralJava, ppkToken);
		assertThat(elsewhere.statusCode()).as("another employer's staff do not exist for a PPK").isEqualTo(404);

		JsonNode byName = UserAgent.json(ppkSystem.get("/api/v1/personnel?name=ELIS%20n", ppkToken));
		assertThat(byName.path("items")).hasSize(1);
		assertThat(byName.path("items").get(0).path("nip").asString()).isEqualTo(inWestJava);

		DemoAccountRows satgas = DemoAccountRows.of("TASK_FORCE");
		JsonNode national = UserAgent.json(system(satgas).get("/api/v1/personnel?name=bambang%20elis", token(satgas)));
		assertThat(national.path("items")).hasSize(1);
		assertThat(national.path("items").get(0).path("nik").asString()).as("masked for the task force").contains("*");

		UserAgent ppkOfficer = new UserAgent(port);
		ppkOfficer.signIn(ppk.username(), ppk.password());
		String page = ppkOfficer.get("/kepegawaian?q=elis").body();
		assertThat(page).contains(inWestJava).doesNotContain(inCentralJava);
		assertThat(ppkOfficer.get("/kepegawaian?q=" + inCentralJava).body()).contains("0 data");

		String regional = regionalSupervisorToken("BAWASLU-33");
		assertThat(system(satgas).get("/api/v1/personnel/" + inCentralJava, regional).statusCode()).isEqualTo(200);
		assertThat(system(satgas).get("/api/v1/personnel/" + inWestJava, regional).statusCode()).isEqualTo(404);
	}

	@Test
	void aVeryCommonNamePrefixCountsUpToTheCapAndSaysSo() {
		RegistryFiles file = new RegistryFiles();
		for (int n = 1000; n < 1000 + Employees.COUNT_CAP + 5; n++) {
			file.valid(n, "Sri Kapasitas " + n, "PEMDA-36.71", "36.71");
		}
		importAndWait(file.content(), "banyak.csv");
		DemoAccountRows satgas = DemoAccountRows.of("TASK_FORCE");
		JsonNode page = UserAgent.json(system(satgas).get("/api/v1/personnel?employer=PEMDA-36.71&name=sri%20kap&size=5",
				token(satgas)));
		assertThat(page.path("total").asLong()).isEqualTo(Employees.COUNT_CAP);
		assertThat(page.path("totalIsLowerBound").asBoolean()).isTrue();
		assertThat(page.path("items")).hasSize(5);
		JsonNode exact = UserAgent.json(system(satgas).get("/api/v1/personnel?employer=PEMDA-36.71&name=sri%20kapasitas%201004",
				token(satgas)));
		assertThat(exact.path("total").asLong()).isEqualTo(1);
		assertThat(exact.has("totalIsLowerBound")).isFalse();

		// the page says so with the thousands separated as the reader writes them, and pages on past the cap
		UserAgent officer = new UserAgent(port);
		officer.signIn(satgas.username(), satgas.password());
		String search = "/kepegawaian?q=sri+kap&employer=PEMDA-36.71";
		assertThat(officer.get(search).body()).contains("Lebih dari 1.000 data").contains("Halaman 1 dari lebih dari 50");
		String fiftieth = officer.get(search + "&page=49").body();
		assertThat(fiftieth).contains("1.005 data").contains("Halaman 50 dari 51")
			.contains("href=\"/kepegawaian?q=sri%20kap&amp;employer=PEMDA-36.71&amp;page=50\">Berikutnya");
		assertThat(officer.get(search + "&page=50").body()).contains("Halaman 51 dari 51").contains("Sri Kapasitas 2004");
		assertThat(officer.get(search + "&lang=en").body()).contains("More than 1,000 records")
			.contains("Page 1 of more than 50");
	}

	@Test
	void aMalformedNipIsRefusedWithWhatIsWrong() {
		DemoAccountRows satgas = DemoAccountRows.of("TASK_FORCE");
		HttpResponse<String> response = system(satgas).get("/api/v1/personnel/198503152010011000", token(satgas));
		assertThat(response.statusCode()).isEqualTo(400);
		assertThat(UserAgent.json(response).path("detail").asString()).isEqualTo(
				"Tiga digit terakhir NIP (nomor urut) tidak boleh 000.");
	}

	@Test
	void onlyBknAndAdministratorsImport() {
		DemoAccountRows satgas = DemoAccountRows.of("TASK_FORCE");
		HttpResponse<String> refused = system(satgas).postCsv("/api/v1/personnel/imports", token(satgas),
				new RegistryFiles().content());
		assertThat(refused.statusCode()).isEqualTo(403);
	}

	private JsonNode importAndWait(String csv, String name) {
		UserAgent bkn = system(bkn());
		String token = token(bkn());
		HttpResponse<String> accepted = bkn.postCsv("/api/v1/personnel/imports?fileName=" + name, token, csv);
		assertThat(accepted.statusCode()).as(accepted.body()).isEqualTo(202);
		String location = UserAgent.location(accepted);
		JsonNode[] job = new JsonNode[1];
		await("import " + name + " done").atMost(Duration.ofSeconds(60)).pollInterval(Duration.ofMillis(100)).until(() -> {
			job[0] = UserAgent.json(bkn.get(location, token));
			assertThat(job[0].path("status").asString()).as(job[0].toString()).isNotEqualTo("FAILED");
			return job[0].path("status").asString().equals("DONE");
		});
		return job[0];
	}

	/** An administrator registers a system for a regional Bawaslu; returns its token. */
	private String regionalSupervisorToken(String agency) {
		UserAgent admin = new UserAgent(port);
		DemoAccountRows row = DemoAccountRows.of("ADMIN");
		admin.signIn(row.username(), row.password());
		String clientId = "uji-" + agency.toLowerCase().replace(".", "-");
		admin.submit("/admin/klien", "/admin/klien",
				Map.of("clientId", clientId, "name", "Sistem " + agency, "agencyCode", agency, "roles", "ELECTION_SUPERVISOR"));
		Matcher secret = Pattern.compile("data-testid=\"client-secret\">([^<]+)<").matcher(admin.get("/admin/klien").body());
		assertThat(secret.find()).isTrue();
		return new UserAgent(port).accessToken(clientId, secret.group(1));
	}

	private static DemoAccountRows bkn() {
		return DemoAccountRows.of("CIVIL_SERVICE_AGENCY");
	}

	private UserAgent system(DemoAccountRows row) {
		return new UserAgent(port);
	}

	private String token(DemoAccountRows row) {
		return new UserAgent(port).accessToken(row.clientId(), row.clientSecret());
	}
}
