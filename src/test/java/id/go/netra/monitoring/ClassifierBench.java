package id.go.netra.monitoring;

import java.io.IOException;
import java.lang.management.ManagementFactory;
import java.lang.management.ThreadMXBean;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.function.ToIntFunction;
import java.util.stream.LongStream;

/**
 * bench/run monitoring: posts per second per core through {@link PartisanModel#score} beside a baseline measured
 * in the same run over the same texts (lower-casing and splitting at whitespace, counting the words: the least any
 * classifier must do), then the cross-validation table (prior, cold, after learning, baselines) on the dev split. The
 * posts are the dev split's texts when present, else synthetic ones; every figure is printed and written as
 * bench/results/latest.json rows. Rates are posts per second of the measuring thread's CPU time (per core, not
 * disturbed by other processes on a shared machine); the wall-clock rate is printed beside them. Both loops are
 * warmed up first until the JIT has compiled them. Arguments: [output json] [seconds per measurement].
 */
public final class ClassifierBench {

	private ClassifierBench() {
	}

	public static void main(String[] args) throws IOException {
		Path output = Path.of(args.length > 0 ? args[0] : "bench/results/latest.json");
		int seconds = args.length > 1 ? Integer.parseInt(args[1]) : 5;
		Lexicon lexicon = new Lexicon(1, DefaultLexicons.read(DefaultLexicons.PEMILU_2024));
		Path devSet = DevSet.path();
		List<Example> examples = Files.exists(devSet) ? DevSet.read(devSet) : List.of();
		List<String> texts = new ArrayList<>();
		examples.forEach(example -> texts.add(example.text()));
		if (texts.isEmpty()) {
			texts.addAll(List.of("Ayo coblos 02 Prabowo-Gibran! #PrabowoGibran2024",
					"Harga beras naik lagi di pasar, warga antre operasi pasar https://t.co/x",
					"Pak Anies bertemu petani di Solok, gagasannya keren bgt #AMINAjaDulu"));
		}
		long started = System.nanoTime();
		PartisanModel model = PartisanModel.train(lexicon, examples); // no examples: the cold model
		double trainSeconds = (System.nanoTime() - started) / 1e9;

		ToIntFunction<String> scoring = text -> model.score(text).terms().size();
		measure(texts, 3 * seconds, ClassifierBench::baseline); // warm-up: the JIT compiles both loops
		measure(texts, 3 * seconds, scoring);
		double[] baselineRates = measure(texts, seconds, ClassifierBench::baseline);
		double[] scoredRates = measure(texts, seconds, scoring);
		double baseline = baselineRates[0];
		double scored = scoredRates[0];
		System.out.println("== Issue 19: classifier, one thread, " + texts.size() + " distinct posts of "
				+ String.format(Locale.ROOT, "%.0f", texts.stream().mapToInt(String::length).average().orElse(0))
				+ " characters on average");
		System.out.printf(Locale.ROOT, "| %-22s | %,9.0f posts/s per core | baseline %,10.0f posts/s | ratio %.3f | %s |%n",
				"PartisanModel.score", scored, baseline, scored / baseline,
				scored >= 20_000 ? "PASS (>= 20,000)" : "FAIL (< 20,000)");
		System.out.printf(Locale.ROOT, "wall clock: %,.0f posts/s scored, %,.0f posts/s baseline (%d cores, load %.1f)%n",
				scoredRates[1], baselineRates[1], Runtime.getRuntime().availableProcessors(),
				ManagementFactory.getOperatingSystemMXBean().getSystemLoadAverage());
		System.out.printf(Locale.ROOT, "training on all %d posts (with the threshold's 10 inner fits): %.2f s%n",
				examples.size(), trainSeconds);
		if (!examples.isEmpty()) { // a bulk import's size: the dev texts 25 times over, each copy one word apart
			List<Example> bulk = new ArrayList<>();
			for (int copy = 0; copy < 25; copy++) {
				for (Example example : examples) {
					bulk.add(new Example(example.id() + "-" + copy, example.text() + " salinan" + copy, example.label()));
				}
			}
			started = System.nanoTime();
			byte[] stored = PartisanModel.train(lexicon, bulk).toBytes();
			System.out.printf(Locale.ROOT, "training on %,d posts: %.2f s; the stored model: %,d bytes%n", bulk.size(),
					(System.nanoTime() - started) / 1e9, stored.length);
		}
		StringBuilder json = new StringBuilder("{\"benchmarks\": [");
		json.append(row("classifier, one thread", "posts_per_cpu_second", scored, "posts/s", baseline, scored / baseline,
				">= 20000", scored >= 20_000));
		if (!examples.isEmpty()) {
			int folds = 10;
			long[] seeds = LongStream.rangeClosed(1, 20).toArray(); // noise between seed sets ~0.02
			System.out.println(CrossValidation.header(folds, seeds.length, examples.size()));
			List<CrossValidation.Row> table = CrossValidation.table(lexicon, examples, folds, seeds);
			CrossValidation.Row always = table.get(0);
			for (CrossValidation.Row row : table) {
				System.out.println(row.line());
				boolean learned = row == table.get(table.size() - 1);
				json.append(",\n  ").append(row("classifier, " + row.name(), "macro_f1", row.macroF1(), "",
						always.macroF1(), row.macroF1() / always.macroF1(), learned ? ">= 0.85" : "-",
						!learned || row.macroF1() >= 0.85));
				json.append(",\n  ").append(row("classifier, " + row.name(), "partisan_precision", row.precision(),
						"", always.precision(), row.precision() / always.precision(), learned ? ">= 0.90" : "-",
						!learned || row.precision() >= 0.90));
			}
		}
		else {
			System.out.println("no dev split at " + devSet + ": cross-validation left out (set -D" + DevSet.PROPERTY + ")");
		}
		json.append("]}\n");
		Files.createDirectories(output.toAbsolutePath().getParent());
		Files.writeString(output, json, StandardCharsets.UTF_8);
	}

	/** Lower-case, split at whitespace, count the words: the same texts through the least work. */
	private static int baseline(String text) {
		String[] words = text.toLowerCase(Locale.ROOT).split("\\s+");
		return words.length;
	}

	/** Posts per second of this thread's CPU time and of the wall clock, over the texts again and again. */
	private static double[] measure(List<String> texts, int seconds, ToIntFunction<String> work) {
		ThreadMXBean threads = ManagementFactory.getThreadMXBean();
		long deadline = System.nanoTime() + seconds * 1_000_000_000L;
		long posts = 0;
		long sink = 0;
		long start = System.nanoTime();
		long cpuStart = threads.getCurrentThreadCpuTime();
		while (System.nanoTime() < deadline) {
			for (String text : texts) {
				sink += work.applyAsInt(text);
			}
			posts += texts.size();
		}
		double cpu = (threads.getCurrentThreadCpuTime() - cpuStart) / 1e9;
		double wall = (System.nanoTime() - start) / 1e9;
		return new double[] { posts / cpu, sink == Long.MIN_VALUE ? 0 : posts / wall };
	}

	private static String row(String name, String metric, double value, String unit, double baseline, double ratio,
			String target, boolean pass) {
		return String.format(Locale.ROOT,
				"{\"name\": \"%s\", \"metric\": \"%s\", \"value\": %.4f, \"unit\": \"%s\", \"baseline\": %.4f, "
						+ "\"ratio\": %.4f, \"target\": \"%s\", \"pass\": %s}",
				name, metric, value, unit, baseline, ratio, target, pass);
	}
}
