package id.go.netra.reporting;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import java.util.List;
import java.util.Map;

import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;

import id.go.netra.NetraIntegrationTest;
import id.go.netra.identity.Actor;
import id.go.netra.identity.Jurisdiction;
import id.go.netra.identity.Role;

/**
 * The upgrade to sealed identities: rows an older version wrote in plain text are sealed at start-up, and after
 * it no plain identity is left in the report table.
 */
@NetraIntegrationTest
class PlaintextReporterSealerIntegrationTests {

	@Autowired
	Reports reports;

	@Autowired
	PlaintextReporterSealer sealer;

	@Autowired
	JdbcClient jdbc;

	@Test
	void rowsWrittenInPlainTextByAnOlderVersionAreSealedAndEmptied() {
		// given two reports as version 1.41 left them: one named in plain text, one anonymous with a stray e-mail
		long named = fileAnonymously();
		long anonymous = fileAnonymously();
		jdbc.sql("""
				update report set anonymous = false, reporter_name = 'Pelapor Lama (sintetis)',
				  reporter_email = 'lama@contoh.invalid', reporter_phone = '0811-000-111' where id = :id
				""").param("id", named).update();
		jdbc.sql("update report set reporter_email = 'tersesat@contoh.invalid' where id = :id")
			.param("id", anonymous)
			.update();

		// when the application starts (again)
		assertThat(sealer.sealRemaining()).isGreaterThanOrEqualTo(2);

		// then no plain identity is left, the named one opens for the task force, the anonymous one names nobody
		assertThat(jdbc.sql("""
				select count(*) from report
				where reporter_name is not null or reporter_email is not null or reporter_phone is not null
				""").query(Long.class).single()).isZero();
		String sealed = jdbc.sql("select reporter_identity from report where id = :id")
			.param("id", named)
			.query(String.class)
			.single();
		assertThat(sealed).doesNotContain("lama@").doesNotContain("Pelapor Lama");
		assertThat(reports.find(named).orElseThrow().named()).isTrue();
		assertThat(reports.revealReporter(named, taskForce(), "memeriksa hasil peningkatan versi"))
			.hasValue(new ReporterIdentity("Pelapor Lama (sintetis)", "lama@contoh.invalid", "0811-000-111"));
		assertThat(reports.revealReporter(anonymous, taskForce(), "memeriksa hasil peningkatan versi")).isEmpty();
		// a second start finds nothing to do
		assertThat(sealer.sealRemaining()).isZero();
	}

	@Test
	void aSealedIdentityMovedToAnotherReportDoesNotOpenThere() {
		long first = fileAnonymously();
		long second = fileAnonymously();
		jdbc.sql("update report set anonymous = false, reporter_name = 'Pindahan (sintetis)' where id = :id")
			.param("id", first)
			.update();
		sealer.sealRemaining();
		jdbc.sql("""
				update report set reporter_identity = (select reporter_identity from report where id = :first)
				where id = :second
				""").param("first", first).param("second", second).update();

		org.assertj.core.api.Assertions
			.assertThatThrownBy(() -> reports.revealReporter(second, taskForce(), "memeriksa salinan segel"))
			.isInstanceOf(id.go.netra.keys.Envelopes.SealBroken.class)
			.hasMessageNotContaining("Pindahan");
	}

	private long fileAnonymously() {
		ReportSubmission submission = new ReportSubmission(
				new ReportSubmission.Reported(null, null, "Terlapor Peningkatan (sintetis)", null, null),
				new ReportSubmission.Incident(LocalDate.now().minusDays(1), "32.73",
						"Pegawai memasang atribut kampanye di ruang pelayanan kantor kelurahan.", List.of()),
				new ReportSubmission.Reporter(true, null, null, null), true);
		return reports.find(reports.filePublic(submission, List.of()).complaintNumber()).orElseThrow().id();
	}

	private static Actor taskForce() {
		return new Actor("satgas.uji", "Satgas Uji", Actor.Kind.USER, "BKN", "BKN",
				Map.of(Role.TASK_FORCE, Jurisdiction.NATIONAL));
	}
}
