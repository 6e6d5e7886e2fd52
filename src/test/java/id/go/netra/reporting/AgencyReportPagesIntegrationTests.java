package id.go.netra.reporting;

import static org.assertj.core.api.Assertions.assertThat;

import java.net.http.HttpResponse;
import java.time.LocalDate;
import java.util.Map;

import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.jdbc.core.simple.JdbcClient;

import id.go.netra.DemoAccountRows;
import id.go.netra.NetraIntegrationTest;
import id.go.netra.UserAgent;
import id.go.netra.catalog.BusinessCalendar;

/**
 * The agency report form, now intake's, in both languages: every word from reporting's own messages (none
 * missing), and a refused report named field by field in the officer's language, with nothing filed.
 */
@NetraIntegrationTest
class AgencyReportPagesIntegrationTests {

	@LocalServerPort
	int port;

	@Autowired
	JdbcClient jdbc;

	@Test
	void theFormSpeaksBothLanguagesAndARefusalNamesTheFieldInTheOfficersLanguage() {
		DemoAccountRows account = DemoAccountRows.of("TASK_FORCE");
		UserAgent satgas = new UserAgent(port);
		satgas.signIn(account.username(), account.password());

		assertThat(satgas.get("/kasus/laporan-baru?lang=id").body()).contains("Laporan instansi")
			.contains("Laporan Satgas Netralitas").contains("Ajukan laporan").doesNotContain("??");
		assertThat(satgas.get("/kasus/laporan-baru?lang=en").body()).contains("Agency report")
			.contains("Neutrality task force report").contains("File the report").doesNotContain("??");

		long reports = jdbc.sql("select count(*) from report").query(Long.class).single();
		HttpResponse<String> refused = satgas.submit("/kasus/laporan-baru", "/kasus/laporan-baru",
				Map.of("kind", "TASK_FORCE_REPORT", "name", "Formulir Uji (sintetis)", "date",
						LocalDate.now(BusinessCalendar.ZONE).minusDays(1).toString(), "regionCode", "32.73",
						"description", "Terlalu singkat"));

		assertThat(UserAgent.location(refused)).isEqualTo("/kasus/laporan-baru");
		assertThat(satgas.get("/kasus/laporan-baru").body()).contains("Please check these fields. Description:")
			.contains("value=\"Formulir Uji (sintetis)\"");
		assertThat(jdbc.sql("select count(*) from report").query(Long.class).single()).isEqualTo(reports);
	}
}
