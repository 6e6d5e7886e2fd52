package id.go.netra.monitoring;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.BufferedReader;
import java.io.StringReader;
import java.util.List;

import org.junit.jupiter.api.Test;

import id.go.netra.monitoring.LexiconEntry.Kind;

/** The default election lexicon (Pemilu 2019 and 2024) and how a lexicon CSV is read. */
class DefaultLexiconsUnitTests {

	@Test
	void theDefaultLexiconHoldsBothElectionsPairsNumbersAndParties() {
		List<LexiconEntry> entries = DefaultLexicons.read(DefaultLexicons.PEMILU_2024);

		assertThat(entries).extracting(LexiconEntry::kind).contains(Kind.values());
		assertThat(entries).contains(new LexiconEntry(Kind.PAIR, "AMIN", "Anies Baswedan - Muhaimin Iskandar"),
				new LexiconEntry(Kind.PAIR, "Prabowo-Gibran", "Prabowo Subianto - Gibran Rakabuming Raka"),
				new LexiconEntry(Kind.PAIR, "Ganjar-Mahfud", "Ganjar Pranowo - Mahfud MD"),
				new LexiconEntry(Kind.PAIR, "Jokowi-Ma'ruf", "Joko Widodo - Ma'ruf Amin"),
				new LexiconEntry(Kind.PAIR, "Prabowo-Sandi", "Prabowo Subianto - Sandiaga Uno"),
				new LexiconEntry(Kind.CANDIDATE, "Cak Imin", "Muhaimin Iskandar"),
				new LexiconEntry(Kind.BALLOT_NUMBER, "01", null), new LexiconEntry(Kind.BALLOT_NUMBER, "03", null),
				new LexiconEntry(Kind.PARTY, "Gerindra", "Partai Gerakan Indonesia Raya"),
				new LexiconEntry(Kind.CAMPAIGN_WORD, "coblos", null));
	}

	@Test
	void commentsAndTheHeaderAreSkippedAndAnEmptyReferenceIsNull() throws Exception {
		List<LexiconEntry> entries = parse("""
				# source: a KPU decision
				kind,term,refers_to
				HASHTAG,AMINAjaDulu,Anies Baswedan - Muhaimin Iskandar
				CAMPAIGN_WORD,coblos,
				""");

		assertThat(entries).containsExactly(
				new LexiconEntry(Kind.HASHTAG, "AMINAjaDulu", "Anies Baswedan - Muhaimin Iskandar"),
				new LexiconEntry(Kind.CAMPAIGN_WORD, "coblos", null));
	}

	@Test
	void aMalformedLineFailsWithItsNumberInIndonesian() {
		assertThatThrownBy(() -> parse("kind,term,refers_to\nCALON,Anies,Anies Baswedan\n"))
			.isInstanceOf(IllegalArgumentException.class)
			.hasMessageContaining("Baris 2")
			.hasMessageContaining("'CALON' tidak dikenal");
		assertThatThrownBy(() -> parse("kind,term,refers_to\nCANDIDATE,,x\n"))
			.hasMessageContaining("Baris 2")
			.hasMessageContaining("istilah terisi");
		assertThatThrownBy(() -> parse("jenis,istilah\nCANDIDATE,Anies,x\n")).hasMessageContaining("judul kolom");
		assertThatThrownBy(() -> DefaultLexicons.read("monitoring/tidak-ada.csv"))
			.hasMessageContaining("tidak ditemukan");
	}

	private static List<LexiconEntry> parse(String csv) throws Exception {
		return DefaultLexicons.parse(new BufferedReader(new StringReader(csv)), "uji");
	}
}
