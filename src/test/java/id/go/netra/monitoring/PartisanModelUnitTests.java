package id.go.netra.monitoring;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;

import org.junit.jupiter.api.Test;

/** The classifier's API as the monitoring module calls it: cold, trained, scoring, stored and read back. */
class PartisanModelUnitTests {

	private static final Lexicon LEXICON = new Lexicon(1, DefaultLexicons.read(DefaultLexicons.PEMILU_2024));

	private static final String CAMPAIGN = "Ayo coblos 02 Prabowo-Gibran tgl 14 Februari, pemimpin hebat! #PrabowoGibran2024";
	private static final String MARKET_NEWS = "Harga beras di pasar Cikurubuk naik dua ribu rupiah pekan ini, pedagang mengeluh";
	private static final String PAIR_AT_MEETING = "Pasangan Anies-Muhaimin menghadiri rapat koordinasi penanganan banjir di Medan";

	@Test
	void theColdModelWeighsLexiconHitsTowardsPartisan() {
		PartisanModel cold = PartisanModel.cold(LEXICON);

		Score campaign = cold.score(CAMPAIGN);
		Score news = cold.score(MARKET_NEWS);

		assertThat(campaign.label()).isEqualTo(Label.PARTISAN);
		assertThat(campaign.score()).isGreaterThan(0.9);
		assertThat(news.label()).isEqualTo(Label.NEUTRAL);
		assertThat(news.score()).isLessThan(0.2);
		assertThat(PartisanModel.cold(Lexicon.empty()).score(CAMPAIGN).score())
			.as("without a lexicon the same post is hardly partisan")
			.isLessThan(campaign.score() - 0.4);
	}

	@Test
	void termsAreTheWordsAsWrittenThatPushedTheScore() {
		Score campaign = PartisanModel.cold(LEXICON).score(CAMPAIGN);

		assertThat(campaign.terms()).isNotEmpty().hasSizeLessThanOrEqualTo(5);
		assertThat(campaign.terms()).contains("#PrabowoGibran2024");
		assertThat(campaign.terms()).allSatisfy(term -> assertThat(CAMPAIGN).contains(term.split(" ")));
		assertThat(PartisanModel.prior(LEXICON).score(CAMPAIGN).terms()).contains("#PrabowoGibran2024", "coblos");
	}

	@Test
	void theSeedExamplesAndLearningFlipAPostTheLexiconAloneGetsWrong() {
		assertThat(PartisanModel.prior(LEXICON).score(PAIR_AT_MEETING).label())
			.as("the lexicon prior alone: a pair named is partisan")
			.isEqualTo(Label.PARTISAN);
		Score cold = PartisanModel.cold(LEXICON).score(PAIR_AT_MEETING);
		assertThat(cold.label()).as("cold, from the seed examples' reports: neutral").isEqualTo(Label.NEUTRAL);

		PartisanModel trained = PartisanModel.train(LEXICON, reviewed());

		Score meeting = trained.score(PAIR_AT_MEETING);
		assertThat(meeting.label()).isEqualTo(Label.NEUTRAL);
		assertThat(meeting.score()).as("reviewers labelled such reports neutral").isLessThan(cold.score());
		assertThat(trained.score("Ayo coblos Anies-Muhaimin, pilih pemimpin hebat untuk Medan!").label())
			.isEqualTo(Label.PARTISAN);
	}

	@Test
	void trainingIsDeterministic() {
		List<Example> examples = reviewed();

		PartisanModel first = PartisanModel.train(LEXICON, examples);
		PartisanModel second = PartisanModel.train(LEXICON, new ArrayList<>(examples));

		assertThat(second.toBytes()).isEqualTo(first.toBytes());
		assertThat(second.score(PAIR_AT_MEETING)).isEqualTo(first.score(PAIR_AT_MEETING));
	}

	@Test
	void aStoredModelScoresExactlyAsBefore() {
		PartisanModel trained = PartisanModel.train(LEXICON, reviewed());

		byte[] bytes = trained.toBytes();
		PartisanModel read = PartisanModel.fromBytes(bytes, LEXICON);

		assertThat(bytes.length).as("compact").isLessThan(64 * 1024);
		for (String post : List.of(CAMPAIGN, MARKET_NEWS, PAIR_AT_MEETING, "", "😂😂 #GanjarMahfud2024")) {
			assertThat(read.score(post)).isEqualTo(trained.score(post));
		}
		assertThat(read.threshold()).isEqualTo(trained.threshold());
		assertThat(PartisanModel.fromBytes(PartisanModel.cold(LEXICON).toBytes(), LEXICON).score(CAMPAIGN))
			.isEqualTo(PartisanModel.cold(LEXICON).score(CAMPAIGN));
	}

	@Test
	void bytesThatAreNotAModelFailClearly() {
		byte[] model = PartisanModel.cold(LEXICON).toBytes();

		assertThatThrownBy(() -> PartisanModel.fromBytes(new byte[0], LEXICON))
			.isInstanceOf(IllegalArgumentException.class)
			.hasMessageContaining("kosong");
		assertThatThrownBy(() -> PartisanModel.fromBytes("bukan model".getBytes(), LEXICON))
			.isInstanceOf(IllegalArgumentException.class)
			.hasMessageContaining("Model tersimpan");
		assertThatThrownBy(() -> PartisanModel.fromBytes(Arrays.copyOf(model, model.length / 2), LEXICON))
			.isInstanceOf(IllegalArgumentException.class)
			.hasMessageContaining("Model tersimpan");
	}

	@Test
	void examplesWithoutTextOrLabelAreRefusedAndChangeNothing() {
		List<Example> bad = new ArrayList<>(reviewed());
		bad.add(new Example("x-1", "  ", Label.NEUTRAL));

		assertThatThrownBy(() -> PartisanModel.train(LEXICON, bad)).isInstanceOf(IllegalArgumentException.class)
			.hasMessageContaining("x-1")
			.hasMessageContaining("teks");
		assertThatThrownBy(() -> PartisanModel.train(LEXICON, List.of(new Example("x-2", "Ayo coblos", null))))
			.hasMessageContaining("label");
		assertThat(PartisanModel.train(LEXICON, List.of()).score(CAMPAIGN))
			.as("no examples: the seed examples alone, as the cold model")
			.isEqualTo(PartisanModel.cold(LEXICON).score(CAMPAIGN));
	}

	@Test
	void scoringIsThreadSafe() throws Exception {
		PartisanModel trained = PartisanModel.train(LEXICON, reviewed());
		List<String> posts = reviewed().stream().map(Example::text).toList();
		List<Score> expected = posts.stream().map(trained::score).toList();

		ExecutorService pool = Executors.newFixedThreadPool(4);
		try {
			List<Future<List<Score>>> runs = new ArrayList<>();
			for (int t = 0; t < 4; t++) {
				runs.add(pool.submit(() -> {
					List<Score> scores = new ArrayList<>();
					for (int round = 0; round < 50; round++) {
						scores = posts.stream().map(trained::score).toList();
					}
					return scores;
				}));
			}
			for (Future<List<Score>> run : runs) {
				assertThat(run.get()).isEqualTo(expected);
			}
		}
		finally {
			pool.shutdownNow();
		}
	}

	/** Reviewers' decisions: a pair at an official meeting is news, a call to vote for a pair is campaigning. */
	static List<Example> reviewed() {
		List<String> pairs = List.of("Prabowo-Gibran", "Ganjar-Mahfud", "Jokowi-Ma'ruf", "Prabowo-Sandi");
		List<String> cities = List.of("Semarang", "Makassar", "Padang", "Kupang");
		List<Example> examples = new ArrayList<>();
		int id = 0;
		for (String pair : pairs) {
			for (String city : cities) {
				examples.add(new Example("n-" + id, "Pasangan " + pair + " menghadiri rapat koordinasi penanganan banjir di "
						+ city, Label.NEUTRAL));
				examples.add(new Example("p-" + id++, "Ayo coblos " + pair + ", pilih pemimpin hebat untuk " + city + "!",
						Label.PARTISAN));
			}
		}
		return examples;
	}
}
