package id.go.netra.casework;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import java.util.UUID;

import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.modulith.test.ApplicationModuleTest;
import org.springframework.modulith.test.ApplicationModuleTest.BootstrapMode;
import org.springframework.modulith.test.Scenario;
import org.springframework.test.context.TestPropertySource;

import id.go.netra.identity.Actor;
import id.go.netra.identity.Jurisdiction;
import id.go.netra.identity.Role;
import id.go.netra.reporting.ReportSubmission;
import id.go.netra.reporting.Reports;

/**
 * Casework on its own (with the modules it needs, without analytics, enforcement or notification): each save of a
 * case is announced in one {@link CaseChanged} carrying the case as it then stood, and saves that only note or
 * assign announce nothing.
 */
@ApplicationModuleTest(mode = BootstrapMode.ALL_DEPENDENCIES, extraIncludes = "platform")
@TestPropertySource(properties = { "netra.demo.seed=never",
		"netra.data-dir=target/test-data/casework-module-${random.uuid}" })
class CaseworkModuleIntegrationTests {

	private static final Actor TASK_FORCE = new Actor("satgas.modul", "Satgas Modul (sintetis)", Actor.Kind.USER,
			"BKN", "Badan Kepegawaian Negara", Map.of(Role.TASK_FORCE, Jurisdiction.NATIONAL));

	private static final Actor BAWASLU = new Actor("bawaslu.modul", "Bawaslu Modul (sintetis)", Actor.Kind.USER,
			"BAWASLU", "Badan Pengawas Pemilihan Umum", Map.of(Role.ELECTION_SUPERVISOR, Jurisdiction.NATIONAL));

	@Autowired
	Reports reports;

	@Autowired
	Casework casework;

	@Test
	void eachSaveIsAnnouncedOnceWithTheCaseAsItStood(Scenario scenario) {
		String[] number = new String[1];
		CaseChanged[] opened = new CaseChanged[1];
		scenario.stimulate(() -> number[0] = reports.filePublic(report(), List.of())
			.complaintNumber()
			.value())
			.andWaitForEventOfType(CaseChanged.class)
			.matching(changed -> changed.snapshot().complaintNumber().equals(number[0]))
			.toArriveAndVerify(changed -> {
				assertThat(changed.transitions()).containsExactly(Transition.OPENED);
				assertThat(changed.opened()).isTrue();
				assertThat(changed.version()).isZero();
				assertThat(changed.snapshot().stage()).isEqualTo(Stage.VERIFICATION);
				assertThat(changed.snapshot().deadlineAt()).isAfter(changed.snapshot().filedAt());
				opened[0] = changed;
			});
		UUID id = opened[0].caseId();

		scenario.stimulate(() -> casework.verify(TASK_FORCE, id,
				new CaseRequests.Verification(CaseRequests.Decision.FORWARD, null, "Layak dikaji (sintetis)", null)))
			.andWaitForEventOfType(CaseChanged.class)
			.matching(changed -> changed.caseId().equals(id) && changed.includes(Transition.VERIFIED))
			.toArriveAndVerify(changed -> {
				assertThat(changed.transitions()).containsExactly(Transition.VERIFIED);
				assertThat(changed.version()).isEqualTo(1);
				assertThat(changed.statusBefore()).isEqualTo(CaseStatus.RECEIVED);
				assertThat(changed.statusChanged()).isTrue();
				assertThat(changed.handedOver()).isTrue();
				assertThat(changed.snapshot().stage()).isEqualTo(Stage.REVIEW);
				assertThat(changed.snapshot().stage().actingRole()).contains(Role.ELECTION_SUPERVISOR);
			});

		scenario.stimulate(() -> casework.review(BAWASLU, id,
				new CaseRequests.Review(CaseRequests.Outcome.NOT_PROVEN, List.of(), false, "Tidak terbukti (sintetis)")))
			.andWaitForEventOfType(CaseChanged.class)
			.matching(changed -> changed.caseId().equals(id) && changed.includes(Transition.REVIEWED_NOT_PROVEN))
			.toArriveAndVerify(changed -> {
				assertThat(changed.version()).isEqualTo(2);
				assertThat(changed.snapshot().status()).isEqualTo(CaseStatus.NOT_PROVEN);
				assertThat(changed.snapshot().stage()).isEqualTo(Stage.CLOSED);
				assertThat(changed.snapshot().closedAt()).isNotNull();
			});
	}

	@Test
	void takingACaseIntoOnesQueueChangesItWithoutTellingOtherModules(Scenario scenario) {
		UUID id = casework.findByComplaintNumber(TASK_FORCE,
				reports.filePublic(report(), List.of()).complaintNumber().value()).orElseThrow().id();
		scenario.stimulate(() -> casework.assignToSelf(TASK_FORCE, id))
			.andWaitAtMost(java.time.Duration.ofMillis(500))
			.andWaitForStateChange(() -> casework.load(id).orElseThrow().assignment())
			.andVerify(assignment -> assertThat(assignment.actor()).isEqualTo(TASK_FORCE.name()));
		scenario.stimulate(() -> casework.release(TASK_FORCE, id))
			.andWaitForStateChange(() -> casework.load(id).orElseThrow().assignment() == null)
			// the events seen since the case was filed: its opening, and nothing for taking or releasing it
			.andVerifyEvents(events -> assertThat(events.ofType(CaseChanged.class)
				.matching(changed -> changed.caseId().equals(id))).extracting(CaseChanged::transitions)
				.containsExactly(List.of(Transition.OPENED)));
	}

	private static ReportSubmission report() {
		return new ReportSubmission(
				new ReportSubmission.Reported(null, null, "Pegawai Modul (sintetis)", "Pemprov Jabar", "Kepala Dinas"),
				new ReportSubmission.Incident(LocalDate.now().minusDays(2), "32.73",
						"Mengunggah ajakan memilih salah satu pasangan calon di media sosial (sintetis).", List.of()),
				new ReportSubmission.Reporter(true, null, null, null), true);
	}
}
