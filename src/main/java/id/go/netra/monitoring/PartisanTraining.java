package id.go.netra.monitoring;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Random;

import id.go.netra.monitoring.LexiconEntry.Kind;

/**
 * How {@link PartisanModel} learns: the lexicon prior, a class-balanced logistic regression fitted by AdaGrad
 * stochastic gradient descent with an L2 pull towards the prior, its word features scaled by their Naive Bayes
 * log-count ratios (NBSVM: a word seen mostly under one label weighs more, which helps on a few hundred examples), in
 * a fixed order from a fixed seed so that the same examples give the same model, and the threshold chosen on
 * out-of-fold scores for PARTISAN precision (the median over resamples of those scores, so that one post near the
 * threshold does not move it).
 */
final class PartisanTraining {

	/** Leaning towards NEUTRAL: most posts, even political ones, are not campaigning. */
	static final float PRIOR_BIAS = -1.5f;
	static final double COLD_THRESHOLD = 0.5;
	/** The precision the threshold aims for on out-of-fold scores, above the target of 0.90 as a margin. */
	static final double TARGET_PRECISION = 0.92;

	static final int EPOCHS = 40;
	static final double LEARNING_RATE = 0.3;
	static final double L2 = 0.002;
	static final long SEED = 19;
	/**
	 * Folds of the out-of-fold scores the threshold is chosen on: ten (each inner model learns from 90% of the
	 * examples, close to the final model), fewer when a label has fewer examples; none under {@link #MIN_FOLDS}.
	 */
	static final int THRESHOLD_FOLDS = 10;
	static final int MIN_FOLDS = 5;
	/** Resamples of the out-of-fold scores whose best thresholds' median is the model's threshold. */
	static final int THRESHOLD_RESAMPLES = 101;

	record Fit(float[] weights, float bias) {
	}

	private PartisanTraining() {
	}

	/** The cold model's weights: what a lexicon hit and its combinations say before any example. */
	static float[] prior() {
		float[] w = new float[PartisanFeatures.DIMENSION];
		w[PartisanFeatures.index(Kind.CANDIDATE)] = 1.2f;
		w[PartisanFeatures.index(Kind.PAIR)] = 2.0f;
		w[PartisanFeatures.index(Kind.PARTY)] = 1.0f;
		w[PartisanFeatures.index(Kind.BALLOT_NUMBER)] = 1.5f;
		w[PartisanFeatures.index(Kind.SLOGAN)] = 2.5f;
		w[PartisanFeatures.index(Kind.HASHTAG)] = 3.0f;
		w[PartisanFeatures.index(Kind.CAMPAIGN_WORD)] = 0.8f;
		w[PartisanFeatures.CAMPAIGN_NEAR_ACTOR] = 1.5f;
		w[PartisanFeatures.BALLOT_NEAR_ACTOR] = 1.0f;
		w[PartisanFeatures.ACTOR_IN_HASHTAG] = 1.5f;
		w[PartisanFeatures.ACTOR_HASHTAG_SLOGAN] = 1.5f;
		w[PartisanFeatures.NAME_ONLY_HASHTAG] = -1.5f;
		w[PartisanFeatures.YOU_NEAR_ACTOR] = 0.8f;
		w[PartisanFeatures.WE_NEAR_ACTOR] = 0.5f;
		w[PartisanFeatures.EXCLAIM_WITH_ACTOR] = 0.5f;
		w[PartisanFeatures.NO_ACTOR] = -1.0f;
		w[PartisanFeatures.STANCE] = 0.7f;
		w[PartisanFeatures.NEWS_SOURCE] = -1.0f;
		w[PartisanFeatures.STANCE_NEAR_ACTOR] = 1.0f;
		w[PartisanFeatures.HEADLINE] = -1.5f;
		return w;
	}

	static Fit fit(List<PartisanFeatures.Vector> vectors, boolean[] partisan) {
		return fit(vectors, partisan, allOf(vectors.size()));
	}

	/** Fits on the examples at {@code rows}, in an order shuffled by the fixed seed. */
	static Fit fit(List<PartisanFeatures.Vector> vectors, boolean[] partisan, int[] rows) {
		float[] prior = prior();
		float[] w = prior.clone();
		float[] squares = new float[w.length];
		double bias = PRIOR_BIAS;
		double biasSquares = 0;
		int positives = 0;
		for (int row : rows) {
			positives += partisan[row] ? 1 : 0;
		}
		double positiveWeight = positives == 0 ? 1 : rows.length / (2.0 * positives);
		double negativeWeight = positives == rows.length ? 1 : rows.length / (2.0 * (rows.length - positives));
		float[] ratio = logCountRatios(vectors, partisan, rows);
		int[] order = rows.clone();
		Random random = new Random(SEED);
		for (int epoch = 0; epoch < EPOCHS; epoch++) {
			shuffle(order, random);
			for (int row : order) {
				PartisanFeatures.Vector x = vectors.get(row);
				double p = sigmoid(bias + dot(w, x, ratio));
				double g = partisan[row] ? (p - 1) * positiveWeight : p * negativeWeight;
				for (int k = 0; k < x.size; k++) {
					int j = x.index[k];
					double value = k < x.words ? x.value[k] * ratio[j] : x.value[k];
					double gradient = g * value + L2 * (w[j] - prior[j]);
					squares[j] += (float) (gradient * gradient);
					w[j] -= (float) (LEARNING_RATE * gradient / (Math.sqrt(squares[j]) + 1e-6));
				}
				biasSquares += g * g;
				bias -= LEARNING_RATE * g / (Math.sqrt(biasSquares) + 1e-6);
			}
		}
		for (int row : rows) { // the ratios folded into the weights: scoring stays a plain dot product
			PartisanFeatures.Vector x = vectors.get(row);
			for (int k = 0; k < x.words; k++) {
				int j = x.index[k];
				if (ratio[j] >= 0) {
					w[j] *= ratio[j];
					ratio[j] = -1; // folded once
				}
			}
		}
		return new Fit(w, (float) bias);
	}

	/** Naive Bayes log-count ratios of the word features (NBSVM, Wang and Manning 2012), smoothed by one. */
	private static float[] logCountRatios(List<PartisanFeatures.Vector> vectors, boolean[] partisan, int[] rows) {
		float[] positive = new float[PartisanFeatures.DIMENSION];
		float[] negative = new float[PartisanFeatures.DIMENSION];
		double positiveTotal = 0;
		double negativeTotal = 0;
		for (int row : rows) {
			PartisanFeatures.Vector x = vectors.get(row);
			float[] counts = partisan[row] ? positive : negative;
			for (int k = 0; k < x.words; k++) {
				counts[x.index[k]] += 1;
			}
			positiveTotal += partisan[row] ? x.words : 0;
			negativeTotal += partisan[row] ? 0 : x.words;
		}
		float[] ratio = new float[PartisanFeatures.DIMENSION];
		for (int row : rows) {
			PartisanFeatures.Vector x = vectors.get(row);
			for (int k = 0; k < x.words; k++) {
				int j = x.index[k];
				ratio[j] = (float) Math.abs(Math.log((positive[j] + 1) / (positiveTotal + 1))
						- Math.log((negative[j] + 1) / (negativeTotal + 1)));
			}
		}
		return ratio;
	}

	/**
	 * The lowest threshold whose out-of-fold PARTISAN precision reaches {@link #TARGET_PRECISION}, among those the
	 * best macro-F1; {@link #COLD_THRESHOLD} when there are too few examples of either label to judge. Judged on the
	 * first {@code n} rows (the labelled examples) only: the rows after them (the seed examples) are learned from in
	 * every fold and never scored, so the threshold fits real posts.
	 */
	static double threshold(List<PartisanFeatures.Vector> vectors, boolean[] partisan, int n) {
		int positives = 0;
		for (int i = 0; i < n; i++) {
			positives += partisan[i] ? 1 : 0;
		}
		if (n < 20 || positives < MIN_FOLDS || n - positives < MIN_FOLDS) {
			return COLD_THRESHOLD;
		}
		double[] scores = outOfFold(vectors, partisan, n, Math.min(THRESHOLD_FOLDS, Math.min(positives, n - positives)));
		// The best threshold of one set of scores jumps with a single post near it; the median of the best
		// thresholds of resamples of those scores (drawn with replacement, a fixed seed) does not.
		Random random = new Random(SEED);
		double[] chosen = new double[THRESHOLD_RESAMPLES];
		int[] rows = new int[n];
		for (int r = 0; r < chosen.length; r++) {
			for (int i = 0; i < n; i++) {
				rows[i] = random.nextInt(n);
			}
			chosen[r] = best(scores, partisan, rows);
		}
		Arrays.sort(chosen);
		double median = chosen[chosen.length / 2];
		return Math.max(0.05, Math.min(0.95, median));
	}

	/**
	 * The lowest threshold reaching the target precision with the best macro-F1 on these rows' scores: one sweep down
	 * the rows by score (a bulk import's thousands of examples cost n log n, not n squared).
	 */
	private static double best(double[] scores, boolean[] partisan, int[] rows) {
		Integer[] order = new Integer[rows.length];
		int positives = 0;
		for (int k = 0; k < rows.length; k++) {
			order[k] = rows[k];
			positives += partisan[rows[k]] ? 1 : 0;
		}
		Arrays.sort(order, (a, b) -> Double.compare(scores[b], scores[a]));
		double best = COLD_THRESHOLD;
		double bestF1 = -1;
		int tp = 0;
		int fp = 0;
		for (int k = 0; k < order.length; k++) {
			tp += partisan[order[k]] ? 1 : 0;
			fp += partisan[order[k]] ? 0 : 1;
			if (k + 1 < order.length && scores[order[k + 1]] == scores[order[k]]) {
				continue; // a threshold takes every row of the same score
			}
			double f1 = macroF1(tp, fp, positives - tp, rows.length - positives - fp);
			if (tp / (double) (tp + fp) >= TARGET_PRECISION && f1 >= bestF1) {
				best = scores[order[k]];
				bestF1 = f1;
			}
		}
		return best;
	}

	/** Out-of-fold scores of the first n rows; the rows after them (the seed examples) are learned from in every fold. */
	private static double[] outOfFold(List<PartisanFeatures.Vector> vectors, boolean[] partisan, int n, int folds) {
		int[] fold = stratifiedFolds(Arrays.copyOf(partisan, n), folds, SEED);
		double[] scores = new double[n];
		for (int f = 0; f < folds; f++) {
			List<Integer> train = new ArrayList<>();
			for (int i = 0; i < partisan.length; i++) {
				if (i >= n || fold[i] != f) {
					train.add(i);
				}
			}
			Fit fit = fit(vectors, partisan, train.stream().mapToInt(Integer::intValue).toArray());
			for (int i = 0; i < n; i++) {
				if (fold[i] == f) {
					scores[i] = sigmoid(fit.bias() + dot(fit.weights(), vectors.get(i)));
				}
			}
		}
		return scores;
	}

	/** Each row's fold, the labels spread evenly over the folds, in an order shuffled by the seed. */
	static int[] stratifiedFolds(boolean[] partisan, int folds, long seed) {
		int n = partisan.length;
		int[] order = allOf(n);
		shuffle(order, new Random(seed));
		int[] fold = new int[n];
		int[] next = new int[2];
		for (int row : order) {
			int label = partisan[row] ? 1 : 0;
			fold[row] = next[label]++ % folds;
		}
		return fold;
	}

	static double macroF1(int tp, int fp, int fn, int tn) {
		return (f1(tp, fp, fn) + f1(tn, fn, fp)) / 2;
	}

	private static double f1(int tp, int fp, int fn) {
		return tp == 0 ? 0 : 2.0 * tp / (2.0 * tp + fp + fn);
	}

	static double dot(float[] w, PartisanFeatures.Vector x) {
		double z = 0;
		for (int k = 0; k < x.size; k++) {
			z += w[x.index[k]] * x.value[k];
		}
		return z;
	}

	private static double dot(float[] w, PartisanFeatures.Vector x, float[] ratio) {
		double z = 0;
		for (int k = 0; k < x.size; k++) {
			int j = x.index[k];
			z += w[j] * x.value[k] * (k < x.words ? ratio[j] : 1);
		}
		return z;
	}

	static double sigmoid(double z) {
		return 1 / (1 + Math.exp(-z));
	}

	private static int[] allOf(int n) {
		int[] rows = new int[n];
		Arrays.setAll(rows, i -> i);
		return rows;
	}

	private static void shuffle(int[] rows, Random random) {
		for (int i = rows.length - 1; i > 0; i--) {
			int j = random.nextInt(i + 1);
			int swap = rows[i];
			rows[i] = rows[j];
			rows[j] = swap;
		}
	}
}
