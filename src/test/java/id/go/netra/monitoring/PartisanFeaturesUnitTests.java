package id.go.netra.monitoring;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.Arrays;

import org.junit.jupiter.api.Test;

/** What the model sees of a post's hashtags: a name joined to other words is a slogan; a name alone is a topic tag. */
class PartisanFeaturesUnitTests {

	private static final PartisanFeatures FEATURES = new PartisanFeatures(
			new Lexicon(1, DefaultLexicons.read(DefaultLexicons.PEMILU_2024)));

	@Test
	void aHashtagJoiningANameToOtherWordsIsASlogan() {
		assertThat(has("Debat semalam seru #GanjarMahfudRebound", PartisanFeatures.ACTOR_HASHTAG_SLOGAN)).isTrue();
		assertThat(has("Debat semalam seru #GanjarMahfudRebound", PartisanFeatures.NAME_ONLY_HASHTAG)).isFalse();
		assertThat(has("Jangan lupa #TusukPrabowoSandi", PartisanFeatures.ACTOR_HASHTAG_SLOGAN)).isTrue();
	}

	@Test
	void aHashtagThatIsOnlyANameIsATopicTag() {
		String news = "Simak debat capres malam ini di kanal kami #AniesBaswedan #GanjarPranowo #Pilpres2024";
		assertThat(has(news, PartisanFeatures.NAME_ONLY_HASHTAG)).isTrue();
		assertThat(has(news, PartisanFeatures.ACTOR_HASHTAG_SLOGAN)).as("#Pilpres2024 names nobody").isFalse();
	}

	@Test
	void aNameOutsideHashtagsOrAHashtagWithoutANameIsNeither() {
		for (String post : new String[] { "Anies Baswedan bertemu petani di Solok", "Banjir lagi di Medan #SaveMedan" }) {
			assertThat(has(post, PartisanFeatures.ACTOR_HASHTAG_SLOGAN)).as(post).isFalse();
			assertThat(has(post, PartisanFeatures.NAME_ONLY_HASHTAG)).as(post).isFalse();
		}
	}

	private static boolean has(String post, int feature) {
		PartisanFeatures.Vector vector = FEATURES.extract(post);
		return Arrays.stream(vector.index, 0, vector.size).anyMatch(index -> index == feature);
	}
}
