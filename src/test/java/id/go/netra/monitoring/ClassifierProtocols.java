package id.go.netra.monitoring;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Arrays;
import java.util.Comparator;
import java.util.List;
import java.util.Locale;

/**
 * bench/run classifier: the partisan model on the dev split by the three protocols a change to it must be judged by
 * (bench/README.md, issue 19): stratified 10-fold and 5-fold cross-validation repeated with seeds 1 to 20 (counts
 * pooled) and leave-one-out; for each the macro-F1, the PARTISAN precision and the AUC of the out-of-fold scores (the
 * ranking, which the threshold cannot improve). Then the posts ranked worst by the 10-fold scores averaged over the
 * seeds, for error analysis: the PARTISAN posts scored lowest and the NEUTRAL ones scored highest. Not part of the
 * tests: about a minute on two cores. Arguments: [number of worst posts to list, default 12].
 */
public final class ClassifierProtocols {

	private static final int REPEATS = 20;

	private ClassifierProtocols() {
	}

	/** One protocol's pooled counts and the mean of its repeats' AUC. */
	record Result(String name, int tp, int fp, int fn, int tn, double auc, double[] meanScores) {

		String line() {
			return String.format(Locale.ROOT, "| %-22s | %.3f | %.3f | %.3f | %.3f |", name,
					PartisanTraining.macroF1(tp, fp, fn, tn), tp / (double) Math.max(1, tp + fp),
					tp / (double) Math.max(1, tp + fn), auc);
		}
	}

	public static void main(String[] args) throws IOException {
		int worst = args.length > 0 ? Integer.parseInt(args[0]) : 12;
		Path devSet = DevSet.path();
		if (!Files.exists(devSet)) {
			System.out.println("dev split not present at " + devSet + " (-D" + DevSet.PROPERTY + "=...)");
			return;
		}
		List<Example> examples = DevSet.read(devSet);
		Lexicon lexicon = new Lexicon(1, DefaultLexicons.read(DefaultLexicons.PEMILU_2024));
		long started = System.nanoTime();
		List<Result> results = List.of(kFold(lexicon, examples, 10), kFold(lexicon, examples, 5),
				kFold(lexicon, examples, examples.size()));
		System.out.printf(Locale.ROOT, "== Issue 19: the partisan model on %d posts of the dev split, three protocols (%.0f s)%n",
				examples.size(), (System.nanoTime() - started) / 1e9);
		System.out.println("| protocol | macro-F1 | PARTISAN precision | PARTISAN recall | AUC (mean of repeats) |");
		System.out.println("|---|---|---|---|---|");
		results.forEach(result -> System.out.println(result.line()));
		double[] scores = results.get(0).meanScores();
		Integer[] order = new Integer[examples.size()];
		Arrays.setAll(order, i -> i);
		System.out.println("\nPARTISAN posts scored lowest (10-fold, mean of " + REPEATS + " repeats):");
		Arrays.stream(order)
			.filter(i -> examples.get(i).label() == Label.PARTISAN)
			.sorted(Comparator.comparingDouble(i -> scores[i]))
			.limit(worst)
			.forEach(i -> print(examples.get(i), scores[i]));
		System.out.println("\nNEUTRAL posts scored highest:");
		Arrays.stream(order)
			.filter(i -> examples.get(i).label() == Label.NEUTRAL)
			.sorted(Comparator.comparingDouble(i -> -scores[i]))
			.limit(worst)
			.forEach(i -> print(examples.get(i), scores[i]));
	}

	private static void print(Example example, double score) {
		System.out.printf(Locale.ROOT, "%.3f %-9s %s%n", score, example.id(),
				example.text().replaceAll("\\s+", " "));
	}

	/** k-fold repeated with seeds 1 to 20, or once when k is the number of posts (leave-one-out). */
	static Result kFold(Lexicon lexicon, List<Example> examples, int folds) {
		boolean[] partisan = new boolean[examples.size()];
		for (int i = 0; i < partisan.length; i++) {
			partisan[i] = examples.get(i).label() == Label.PARTISAN;
		}
		boolean leaveOneOut = folds == examples.size();
		int repeats = leaveOneOut ? 1 : REPEATS;
		int[] counts = new int[4];
		double aucs = 0;
		double[] meanScores = new double[examples.size()];
		for (int seed = 1; seed <= repeats; seed++) {
			int[] fold = leaveOneOut ? identity(examples.size())
					: PartisanTraining.stratifiedFolds(partisan, folds, seed);
			double[] scores = CrossValidation.outOfFold(lexicon, examples, fold, folds, counts);
			aucs += auc(scores, partisan);
			for (int i = 0; i < scores.length; i++) {
				meanScores[i] += scores[i] / repeats;
			}
		}
		String name = leaveOneOut ? "leave-one-out" : folds + "-fold, seeds 1 to " + REPEATS;
		return new Result(name, counts[0], counts[1], counts[2], counts[3], aucs / repeats, meanScores);
	}

	/** The chance that a PARTISAN post scores above a NEUTRAL one (ties count half). */
	static double auc(double[] scores, boolean[] partisan) {
		double above = 0;
		long pairs = 0;
		for (int i = 0; i < scores.length; i++) {
			if (!partisan[i]) {
				continue;
			}
			for (int j = 0; j < scores.length; j++) {
				if (!partisan[j]) {
					above += scores[i] > scores[j] ? 1 : scores[i] == scores[j] ? 0.5 : 0;
					pairs++;
				}
			}
		}
		return pairs == 0 ? Double.NaN : above / pairs;
	}

	private static int[] identity(int n) {
		int[] rows = new int[n];
		Arrays.setAll(rows, i -> i);
		return rows;
	}
}
