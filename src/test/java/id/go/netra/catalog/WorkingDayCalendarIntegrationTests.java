package id.go.netra.catalog;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Year;
import java.util.Map;

import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;

import id.go.netra.DemoAccountRows;
import id.go.netra.NetraIntegrationTest;
import id.go.netra.UserAgent;

@NetraIntegrationTest
class WorkingDayCalendarIntegrationTests {

	@LocalServerPort
	int port;

	@Autowired
	BusinessCalendar calendar;

	@Test
	void theAdministratorsCalendarListsTheMaintainedYearsAndWarnsOfTheFirstMissingOne() {
		int next = Year.now(BusinessCalendar.ZONE).getValue() + 1;
		int missing = calendar.isMaintained(next) ? next + 1 : next;
		String firstDay = missing + "-12-31";
		UserAgent admin = new UserAgent(port);
		DemoAccountRows row = DemoAccountRows.of("ADMIN");
		admin.signIn(row.username(), row.password());

		String page = admin.get("/admin/kalender").body();

		assertThat(page).contains("Tahun yang hari libur dan cuti bersamanya sudah dicatat: 2024, 2025, 2026");
		if (missing == next) {
			assertThat(page).contains("Hari libur dan cuti bersama tahun " + missing + " belum dicatat");
		}
		assertThat(new UserAgent(port).get("/kalender").body()).contains("2024, 2025, 2026")
			.doesNotContain("belum dicatat");
		try {
			admin.submit("/admin/kalender", "/admin/kalender", Map.of("date", firstDay, "kind", "HOLIDAY", "name",
					"Libur uji", "nameEn", "", "source", "uji", "provisional", "true"));

			assertThat(admin.get("/admin/kalender?lang=en").body())
				.contains("Years whose holidays and collective leave are recorded:")
				.contains(", " + missing + ".")
				.doesNotContain("The holidays and collective leave of " + missing + " are not recorded");
		}
		finally {
			admin.submit("/admin/kalender", "/admin/kalender/hapus", Map.of("date", firstDay));
		}
	}
}
