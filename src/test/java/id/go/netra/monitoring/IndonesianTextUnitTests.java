package id.go.netra.monitoring;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.charset.Charset;
import java.nio.charset.StandardCharsets;
import java.util.List;

import org.junit.jupiter.api.Test;

import id.go.netra.monitoring.IndonesianText.Analysis;
import id.go.netra.monitoring.IndonesianText.Source;
import id.go.netra.monitoring.IndonesianText.Token;

/** Indonesian social-media text as people write it, turned into the words the classifier counts. */
class IndonesianTextUnitTests {

	private final IndonesianText text = new IndonesianText(SlangMap.standard(),
			LexiconIndex.words(new Lexicon(1, DefaultLexicons.read(DefaultLexicons.PEMILU_2024))));

	@Test
	void slangAndAbbreviationsBecomeStandardWords() {
		assertThat(words("yg gak bgt dgn ga nggak utk krn")).containsExactly("yang", "tidak", "banget", "dengan",
				"tidak", "tidak", "untuk", "karena");
	}

	@Test
	void repeatedLettersAndReduplicationMarksAreUndone() {
		assertThat(words("yesss tuuuh hal2 mudah2an")).containsExactly("yes", "tuh", "hal", "semoga");
	}

	@Test
	void hashtagsAreSplitByCaseDigitsAndKnownWords() {
		assertThat(text.splitCompound("AMINAjaDulu")).containsExactly("AMIN", "Aja", "Dulu");
		assertThat(text.splitCompound("GanjarMahfud2024")).containsExactly("Ganjar", "Mahfud", "2024");
		assertThat(text.splitCompound("asalbukanprabowogibran")).containsExactly("asal", "bukan", "prabowo", "gibran");

		Analysis analysis = text.analyse("Keren #AMINAjaDulu");
		assertThat(analysis.hashtags).containsExactly("aminajadulu");
		assertThat(analysis.tokens).filteredOn(token -> token.source() == Source.HASHTAG)
			.extracting(Token::word)
			.containsExactly("amin", "saja", "dulu");
		assertThat(analysis.tokens).filteredOn(token -> token.source() == Source.HASHTAG)
			.extracting(Token::surface)
			.containsOnly("#AMINAjaDulu");
	}

	@Test
	void readableMentionsAreNamesAndHashedOnesAreDropped() {
		Analysis analysis = text.analyse("@jokowi @udE3YJGs1eiq+ECNv/jUBoiph5bI6qifhV2pxeSzL8E= setuju");

		assertThat(analysis.mentions).isEqualTo(2);
		assertThat(analysis.handles).contains("jokowi");
		assertThat(analysis.tokens).extracting(Token::word).containsExactly("jokowi", "setuju");
		assertThat(analysis.tokens.get(0).source()).isEqualTo(Source.MENTION);
	}

	@Test
	void linksRetweetMarkersAndCreditsAreNotedNotCounted() {
		Analysis analysis = text.analyse("RT Anies panen singkong https://t.co/D0975XGB98 lihat www.tempo.co/x [RE tempodotco]");

		assertThat(words(analysis)).containsExactly("anies", "panen", "singkong", "lihat");
		assertThat(analysis.urls).isEqualTo(2);
		assertThat(analysis.hosts).containsExactly("t.co", "tempo.co");
		assertThat(analysis.retweet).isTrue();
		assertThat(analysis.credit).isEqualTo("tempodotco");
	}

	@Test
	void emojiAreKeptAsTokensWithoutTheirSkinTone() {
		Analysis analysis = text.analyse("Mantap 👍🏻😂");

		assertThat(analysis.tokens).filteredOn(token -> token.source() == Source.EMOJI)
			.extracting(Token::word)
			.containsExactly("👍", "😂");
	}

	@Test
	void textReadWithTheWrongCharacterSetIsRepaired() {
		String garbled = windows1252("keren 😂 “mantap");
		String twice = windows1252(garbled);

		assertThat(garbled).isEqualTo("keren ðŸ˜‚ â€œmantap");
		assertThat(IndonesianText.repairMojibake(garbled)).isEqualTo("keren 😂 “mantap");
		assertThat(IndonesianText.repairMojibake(twice)).isEqualTo("keren 😂 “mantap");
		// the closing quote's last byte is undefined in Windows-1252: that character is lost, the rest repaired
		assertThat(IndonesianText.repairMojibake(windows1252("😂 “mantap”"))).startsWith("😂 “mantap");
		assertThat(IndonesianText.repairMojibake("Harga naik 5% 😂")).isEqualTo("Harga naik 5% 😂");
	}

	@Test
	void derivationsShareAStemAndShortStemsKeepTheWord() {
		assertThat(stems("mendukung dukungan didukung")).containsOnly("dukung");
		assertThat(stems("debatnya")).containsExactly("debat");
	}

	@Test
	void emptyAndSymbolOnlyTextGiveNoWords() {
		assertThat(text.analyse("").tokens).isEmpty();
		assertThat(text.analyse("  ... !!! ??? ").tokens).isEmpty();
		assertThat(text.analyse("  ... !!! ??? ").exclamations).isEqualTo(3);
	}

	private static String windows1252(String text) {
		return new String(text.getBytes(StandardCharsets.UTF_8), Charset.forName("windows-1252"));
	}

	private List<String> words(String post) {
		return words(text.analyse(post));
	}

	private static List<String> words(Analysis analysis) {
		return analysis.tokens.stream().map(Token::word).toList();
	}

	private List<String> stems(String post) {
		return text.analyse(post).tokens.stream().map(Token::stem).toList();
	}
}
