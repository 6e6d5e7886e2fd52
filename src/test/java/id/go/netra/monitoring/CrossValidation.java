package id.go.netra.monitoring;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.function.Predicate;

/**
 * Stratified k-fold cross-validation of {@link PartisanModel} on labelled posts, repeated with several seeds, beside
 * the lexicon prior alone, the cold model (the prior trained on the shipped seed examples only) and the orientation
 * baselines of issue 19 (always PARTISAN, a candidate-name list, a campaign-word list) computed in the same run. The
 * seed examples are in every fold's training, as in use. Used by the cross-validation test and by bench/run
 * monitoring.
 */
final class CrossValidation {

	/** One row of the table: pooled confusion counts over every fold (and every repeat) and their figures. */
	record Row(String name, int tp, int fp, int fn, int tn, double worstMacroF1, double worstPrecision,
			double spreadMacroF1) {

		double macroF1() {
			return PartisanTraining.macroF1(tp, fp, fn, tn);
		}

		double precision() {
			return tp + fp == 0 ? 0 : tp / (double) (tp + fp);
		}

		double recall() {
			return tp + fn == 0 ? 0 : tp / (double) (tp + fn);
		}

		String line() {
			return String.format(Locale.ROOT, "| %-34s | %.3f | %.3f | %.3f | %s |", name, macroF1(), precision(),
					recall(), Double.isNaN(worstMacroF1) ? "-"
							: String.format(Locale.ROOT, "%.3f / %.3f; sd %.3f", worstMacroF1, worstPrecision,
									spreadMacroF1));
		}
	}

	private CrossValidation() {
	}

	static List<Row> table(Lexicon lexicon, List<Example> examples, int folds, long[] seeds) {
		List<Row> rows = new ArrayList<>();
		PartisanFeatures features = new PartisanFeatures(lexicon);
		rows.add(rule("always PARTISAN", examples, text -> true));
		rows.add(rule("candidate-name list", examples, text -> features.hits(text)
			.stream()
			.anyMatch(hit -> hit.entry().kind() == LexiconEntry.Kind.CANDIDATE)));
		rows.add(rule("campaign-word list", examples, text -> features.hits(text)
			.stream()
			.anyMatch(hit -> hit.entry().kind() == LexiconEntry.Kind.CAMPAIGN_WORD)));
		PartisanModel prior = PartisanModel.prior(lexicon);
		rows.add(rule("lexicon prior alone (untrained)", examples, text -> prior.score(text).label() == Label.PARTISAN));
		PartisanModel cold = PartisanModel.cold(lexicon);
		rows.add(rule("cold (lexicon + seed examples)", examples, text -> cold.score(text).label() == Label.PARTISAN));
		rows.add(learned(lexicon, examples, folds, seeds));
		return rows;
	}

	static String header(int folds, int repeats, int examples) {
		return String.format(Locale.ROOT, """
				%d posts; after learning: stratified %d-fold cross-validation repeated with %d seeds, counts pooled
				| %-34s | macro-F1 | PARTISAN precision | PARTISAN recall | worst repeat macro-F1 / precision; sd of repeats' macro-F1 |
				|---|---|---|---|---|""", examples, folds, repeats, "");
	}

	private static Row rule(String name, List<Example> examples, Predicate<String> partisan) {
		int[] counts = new int[4];
		for (Example example : examples) {
			count(counts, partisan.test(example.text()), example.label() == Label.PARTISAN);
		}
		return new Row(name, counts[0], counts[1], counts[2], counts[3], Double.NaN, Double.NaN, Double.NaN);
	}

	private static Row learned(Lexicon lexicon, List<Example> examples, int folds, long[] seeds) {
		boolean[] partisan = new boolean[examples.size()];
		for (int i = 0; i < partisan.length; i++) {
			partisan[i] = examples.get(i).label() == Label.PARTISAN;
		}
		int[] total = new int[4];
		double worstF1 = 1;
		double worstPrecision = 1;
		double sum = 0;
		double squares = 0;
		for (long seed : seeds) {
			int[] counts = new int[4];
			outOfFold(lexicon, examples, PartisanTraining.stratifiedFolds(partisan, folds, seed), folds, counts);
			Row repeat = new Row("", counts[0], counts[1], counts[2], counts[3], 0, 0, 0);
			sum += repeat.macroF1();
			squares += repeat.macroF1() * repeat.macroF1();
			worstF1 = Math.min(worstF1, repeat.macroF1());
			worstPrecision = Math.min(worstPrecision, repeat.precision());
			for (int k = 0; k < 4; k++) {
				total[k] += counts[k];
			}
		}
		double mean = sum / seeds.length;
		return new Row("after learning (other folds)", total[0], total[1], total[2], total[3], worstF1,
				worstPrecision, Math.sqrt(Math.max(0, squares / seeds.length - mean * mean)));
	}

	/**
	 * Each post scored by the model trained on the other folds (and the seed examples); its label counted into
	 * {@code counts} (true positives, false positives, false negatives, true negatives).
	 */
	static double[] outOfFold(Lexicon lexicon, List<Example> examples, int[] fold, int folds, int[] counts) {
		double[] scores = new double[examples.size()];
		for (int f = 0; f < folds; f++) {
			List<Example> train = new ArrayList<>();
			for (int i = 0; i < examples.size(); i++) {
				if (fold[i] != f) {
					train.add(examples.get(i));
				}
			}
			PartisanModel model = PartisanModel.train(lexicon, train);
			for (int i = 0; i < examples.size(); i++) {
				if (fold[i] == f) {
					Score score = model.score(examples.get(i).text());
					scores[i] = score.score();
					count(counts, score.label() == Label.PARTISAN, examples.get(i).label() == Label.PARTISAN);
				}
			}
		}
		return scores;
	}

	/** counts: true positives, false positives, false negatives, true negatives. */
	private static void count(int[] counts, boolean predicted, boolean actual) {
		counts[predicted ? (actual ? 0 : 1) : (actual ? 2 : 3)]++;
	}
}
