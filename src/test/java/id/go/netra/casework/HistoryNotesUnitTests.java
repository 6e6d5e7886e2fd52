package id.go.netra.casework;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Instant;
import java.util.Locale;
import java.util.Map;

import org.junit.jupiter.api.Test;
import org.springframework.context.support.ResourceBundleMessageSource;

class HistoryNotesUnitTests {

	private static final ResourceBundleMessageSource MESSAGES = new ResourceBundleMessageSource();

	static {
		MESSAGES.setBasenames("i18n/case-pages");
		MESSAGES.setDefaultEncoding("UTF-8");
		MESSAGES.setFallbackToSystemLocale(false);
	}

	private static final Map<String, String> SANCTIONS = Map.of("BERAT-TURUN-JABATAN",
			"Penurunan jabatan setingkat lebih rendah selama 12 bulan");

	@Test
	void aSanctionCodeInAFollowUpNoteReadsAsTheSanctionsName() {
		assertThat(shown("FOLLOW_UP_RECORDED", "BERAT-TURUN-JABATAN, 800/12-BKD/2026"))
			.isEqualTo("Penurunan jabatan setingkat lebih rendah selama 12 bulan, 800/12-BKD/2026");
		assertThat(shown("FOLLOW_UP_NOT_IN_ACCORDANCE", "BERAT-TURUN-JABATAN, 1/2026"))
			.isEqualTo("Penurunan jabatan setingkat lebih rendah selama 12 bulan, 1/2026");
	}

	@Test
	void aRejectReasonReadsAsWordsAndKeepsTheOfficersNote() {
		assertThat(shown("REJECTED", "NOT_ABOUT_NEUTRALITY: diteruskan ke SP4N-LAPOR!"))
			.isEqualTo("Bukan pelanggaran netralitas: diteruskan ke SP4N-LAPOR!");
		assertThat(shown("REJECTED", "DUPLICATE")).isEqualTo("Duplikat laporan lain");
	}

	@Test
	void anOfficersOwnNoteIsLeftAsWritten() {
		assertThat(shown("VERIFIED", "NOT_ABOUT_NEUTRALITY: kutipan")).isEqualTo("NOT_ABOUT_NEUTRALITY: kutipan");
		assertThat(shown("FOLLOW_UP_RECORDED", "KODE-LAMA, 1/2026")).isEqualTo("KODE-LAMA, 1/2026");
		assertThat(shown("REJECTED", null)).isNull();
	}

	@Test
	void theDeadlineThatPassedReadsAsItsLastDay() {
		assertThat(shown("DEADLINE_PASSED", "tenggat 2026-12-10 00:00 WIB"))
			.isEqualTo("tenggatnya paling lambat 9 Desember 2026");
		assertThat(shown("DEADLINE_PASSED", "tenggat 2026-12-10 00:00 WIB", Locale.ENGLISH))
			.isEqualTo("the deadline was 9 December 2026");
		assertThat(shown("DEADLINE_PASSED", "tenggat 2026-12-10 14:00 WIB"))
			.isEqualTo("tenggatnya paling lambat 10 Desember 2026, 14.00 WIB");
	}

	private static String shown(String transition, String note) {
		return shown(transition, note, Locale.forLanguageTag("id"));
	}

	private static String shown(String transition, String note, Locale locale) {
		CaseDetails.HistoryView h = new CaseDetails.HistoryView(Transition.valueOf(transition), null, CaseStatus.RECEIVED, "satgas",
				"Rina Kusuma (sintetis)", "BKN", "TASK_FORCE", Instant.EPOCH, note);
		return HistoryNotes.shown(h, SANCTIONS, MESSAGES, locale);
	}
}
