package id.go.netra.casework;

import java.time.Duration;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.UUID;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.modulith.events.ApplicationModuleListener;
import org.springframework.stereotype.Component;

import id.go.netra.DemoMode;
import id.go.netra.identity.Actor;
import id.go.netra.identity.DemoPeople;
import id.go.netra.identity.Jurisdiction;
import id.go.netra.identity.Role;
import id.go.netra.personnel.Employee;
import id.go.netra.personnel.Employees;
import id.go.netra.personnel.RegistryImported;
import id.go.netra.personnel.RegistryScope;
import id.go.netra.reporting.ReportSubmission;
import id.go.netra.reporting.Reports;

/**
 * Demo cases in every status, so every page shows something on first start. They are filed and moved through
 * the same API the agencies use, once the synthetic demo registry has been imported; reporters and texts are
 * marked synthetic. A few are moved back in time so that the deadline watch finds them overdue.
 */
@Component
class DemoCases {

	private static final Logger log = LoggerFactory.getLogger(DemoCases.class);
	private static final String[] REGIONS = { "32.73", "32.04", "33.74", "35.78", "31.71", "12.71", "73.71", "51.71",
			"64.72", "18.71" };
	private static final String[] ACTS = {
			"Mengunggah ajakan memilih pasangan calon di akun Instagram pribadinya dan membagikannya ke grup kantor.",
			"Hadir dan berfoto dengan gestur jari mendukung calon pada acara deklarasi di gedung serbaguna.",
			"Memasang spanduk calon di pagar kantor kelurahan pada jam kerja.",
			"Menjadi admin grup WhatsApp pemenangan calon dan mengirim materi kampanye.",
			"Membagikan bahan pokok bergambar calon kepada warga dalam kegiatan dinas." };

	private final DemoMode demo;
	private final JdbcClient jdbc;
	private final Employees employees;
	private final Reports reports;
	private final Casework casework;
	private final CaseRows rows;

	DemoCases(DemoMode demo, JdbcClient jdbc, Employees employees, Reports reports, Casework casework, CaseRows rows) {
		this.rows = rows;
		this.demo = demo;
		this.jdbc = jdbc;
		this.employees = employees;
		this.reports = reports;
		this.casework = casework;
	}

	@ApplicationModuleListener
	void on(RegistryImported imported) {
		if (!demo.enabled() || !imported.succeeded() || !imported.fileName().startsWith("demo-synthetic-")
				|| jdbc.sql("select count(*) from case_file").query(Long.class).single() > 0) {
			return;
		}
		List<Employee> jabar = employees
			.search(new Employees.Query("PEMDA-32", null, null, 0, 30), RegistryScope.NATIONAL).items();
		List<Employee> others = employees.search(new Employees.Query(null, null, null, 0, 30), RegistryScope.NATIONAL)
			.items();
		if (jabar.size() < 12 || others.size() < 10) {
			log.info("Demo cases skipped: the demo registry has too few employees");
			return;
		}
		seed(jabar, others);
		log.info("Demo cases in every status filed (synthetic)");
	}

	private void seed(List<Employee> jabar, List<Employee> others) {
		int n = 0;
		List<UUID> received = new ArrayList<>();
		for (int i = 0; i < 3; i++) {
			received.add(file(jabar.get(n++), n));
		}
		received.add(file(null, n++));
		backdate(received.get(0), Duration.ofDays(9));
		for (int i = 0; i < 2; i++) {
			verify(file(others.get(i), n++));
		}
		review(verify(file(jabar.get(n++), n)), "DISIPLIN-06");
		recommend(review(verify(file(jabar.get(n++), n)), "DISIPLIN-02"));
		UUID overdue = recommend(review(verify(file(jabar.get(n++), n)), "ETIK-04"));
		backdate(overdue, Duration.ofDays(20));
		UUID disputed = recommend(review(verify(file(jabar.get(n++), n)), "DISIPLIN-08"));
		casework.recordFollowUp(ppk(), disputed, new CaseRequests.FollowUp("RINGAN-TERTULIS", "800/11-BKD/2026 (sintetis)",
				LocalDate.now().minusDays(1), "Pelanggaran pertama dan terlapor mengakui perbuatannya (sintetis)"), null);
		UUID sanctioned = recommend(review(verify(file(jabar.get(n++), n)), "DISIPLIN-04"));
		casework.recordFollowUp(ppk(), sanctioned, new CaseRequests.FollowUp("BERAT-TURUN-JABATAN",
				"800/12-BKD/2026 (sintetis)", LocalDate.now().minusDays(2), null), null);
		casework.verify(taskForce(), file(others.get(2), n++), new CaseRequests.Verification(CaseRequests.Decision.REJECT,
				RejectReason.NOT_ABOUT_NEUTRALITY, "Aduan tentang pelayanan, diteruskan ke SP4N-LAPOR! (sintetis)", null));
		casework.review(supervisor(), verify(file(others.get(3), n++)),
				new CaseRequests.Review(CaseRequests.Outcome.NOT_PROVEN, List.of(), false, "Bukti tidak cukup (sintetis)"));
		casework.cancel(taskForce(), file(others.get(4), n++), new CaseRequests.Note("Pelapor mencabut laporan (sintetis)"));
		casework.separate(taskForce(), file(null, n++), new CaseRequests.Note("Terlapor telah pensiun (sintetis)"));
		casework.assignToSelf(taskForce(), received.get(1));
	}

	private UUID file(Employee employee, int n) {
		String region = employee != null && employee.workRegionCode() != null ? employee.workRegionCode()
				: REGIONS[n % REGIONS.length];
		ReportSubmission submission = new ReportSubmission(
				new ReportSubmission.Reported(employee == null ? null : employee.nip(), null,
						employee == null ? "Terlapor Tanpa NIP " + n + " (sintetis)" : employee.name(),
						employee == null ? null : employee.employerCode(),
						employee == null ? null : employee.positionTitle()),
				new ReportSubmission.Incident(LocalDate.now().minusDays(2 + n % 20), region,
						ACTS[n % ACTS.length] + " (data demo sintetis)", List.of("https://contoh.invalid/demo/" + n)),
				new ReportSubmission.Reporter(n % 3 == 0, "Warga Demo " + n + " (sintetis)",
						"warga" + n + "@demo.netra.invalid", null),
				true);
		String number = reports.filePublic(submission, List.of()).complaintNumber().value();
		return jdbc.sql("select id from case_file where complaint_number = :n").param("n", number).query(UUID.class).single();
	}

	private UUID verify(UUID id) {
		casework.verify(taskForce(), id, new CaseRequests.Verification(CaseRequests.Decision.FORWARD, null,
				"Identitas dan bukti cukup (sintetis)", null));
		return id;
	}

	private UUID review(UUID id, String violation) {
		casework.review(supervisor(), id, new CaseRequests.Review(CaseRequests.Outcome.PROVEN, List.of(violation), false,
				"Hasil kajian (sintetis)"));
		return id;
	}

	private UUID recommend(UUID id) {
		casework.recommend(civilService(), id, new CaseRequests.Recommendation(null, "Rekomendasi (sintetis)"));
		return id;
	}

	/** Moves a case's clock back, as if it had been filed earlier: the deadline watch then finds it overdue. */
	private void backdate(UUID id, Duration by) {
		Case c = rows.find(id).orElseThrow();
		jdbc.sql("update case_file set filed_at = :filed, stage_started_at = :stage, deadline_at = :deadline, change_seq = null where id = :id")
			.param("filed", CaseRows.at(c.filedAt().minus(by)))
			.param("stage", CaseRows.at(c.stageStartedAt().minus(by)))
			.param("deadline", CaseRows.at(c.deadlineAt().minus(by)))
			.param("id", id)
			.update();
	}

	private static Actor taskForce() {
		return actor("satgas", "BKN", Role.TASK_FORCE);
	}

	private static Actor supervisor() {
		return actor("bawaslu", "BAWASLU", Role.ELECTION_SUPERVISOR);
	}

	private static Actor civilService() {
		return actor("bkn", "BKN", Role.CIVIL_SERVICE_AGENCY);
	}

	private static Actor ppk() {
		return new Actor("ppk.jabar", DemoPeople.displayName("ppk.jabar"), Actor.Kind.USER, "PEMDA-32", "Pemerintah Provinsi Jawa Barat",
				Map.of(Role.PPK, Jurisdiction.NATIONAL));
	}

	private static Actor actor(String name, String agency, Role role) {
		return new Actor(name, DemoPeople.displayName(name), Actor.Kind.USER, agency, agency,
				Map.of(role, Jurisdiction.NATIONAL));
	}
}
