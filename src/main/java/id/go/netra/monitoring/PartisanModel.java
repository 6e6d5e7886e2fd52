package id.go.netra.monitoring;

import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.DataInputStream;
import java.io.DataOutputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Objects;
import java.util.zip.DeflaterOutputStream;
import java.util.zip.InflaterInputStream;

/**
 * The PARTISAN/NEUTRAL classifier: a logistic regression over {@link PartisanFeatures}, whose lexicon features
 * start from hand-set prior weights (a lexicon hit weighs towards PARTISAN) and which learns word, word-pair and
 * lexicon weights from reviewers' examples and from the synthetic seed examples shipped with Netra, pulled towards
 * that prior (ADR 0036). The score is P(PARTISAN); the label is PARTISAN from a threshold chosen on the reviewers'
 * examples for a PARTISAN precision of at least 0.92. Immutable and thread-safe: one model serves every request until
 * a retrained one replaces it.
 */
final class PartisanModel {

	private static final int MAGIC = 0x4E50534D; // "NPSM": Netra partisan scoring model
	private static final int FORMAT = 1;
	private static final int MAX_TERMS = 5;
	private static final float MIN_TERM_WEIGHT = 0.02f;

	private final PartisanFeatures features;
	private final float[] weights;
	private final float bias;
	private final double threshold;

	private PartisanModel(PartisanFeatures features, float[] weights, float bias, double threshold) {
		this.features = features;
		this.weights = weights;
		this.bias = bias;
		this.threshold = threshold;
	}

	/**
	 * Before any reviewer's example: the lexicon prior trained on the shipped seed examples alone (filled from the
	 * lexicon), with the cold threshold.
	 */
	static PartisanModel cold(Lexicon lexicon) {
		return train(lexicon, List.of());
	}

	/** The lexicon prior alone, untrained: what the model starts from (for comparison in the cross-validation). */
	static PartisanModel prior(Lexicon lexicon) {
		Objects.requireNonNull(lexicon, "lexicon");
		return new PartisanModel(new PartisanFeatures(lexicon), PartisanTraining.prior(),
				PartisanTraining.PRIOR_BIAS, PartisanTraining.COLD_THRESHOLD);
	}

	/**
	 * Trained on labelled examples and the shipped seed examples ({@link SeedExamples}), with the lexicon as prior
	 * features; the threshold is chosen on the labelled examples only. Deterministic for the same input.
	 */
	static PartisanModel train(Lexicon lexicon, List<Example> examples) {
		Objects.requireNonNull(lexicon, "lexicon");
		Objects.requireNonNull(examples, "examples");
		PartisanFeatures features = new PartisanFeatures(lexicon);
		List<PartisanFeatures.Vector> vectors = new ArrayList<>(examples.size());
		boolean[] partisan = new boolean[examples.size()];
		for (int i = 0; i < examples.size(); i++) {
			Example example = examples.get(i);
			if (example == null || example.text() == null || example.text().isBlank() || example.label() == null) {
				throw new IllegalArgumentException("Contoh ke-" + (i + 1)
						+ (example == null || example.id() == null ? "" : " (" + example.id() + ")")
						+ " harus berisi teks dan label PARTISAN atau NEUTRAL");
			}
			vectors.add(features.extract(example.text()));
			partisan[i] = example.label() == Label.PARTISAN;
		}
		List<Example> seeds = SeedExamples.of(lexicon); // always learned from, after the reviewers' examples
		partisan = Arrays.copyOf(partisan, examples.size() + seeds.size());
		for (int s = 0; s < seeds.size(); s++) {
			vectors.add(features.extract(seeds.get(s).text()));
			partisan[examples.size() + s] = seeds.get(s).label() == Label.PARTISAN;
		}
		PartisanTraining.Fit fit = PartisanTraining.fit(vectors, partisan);
		return new PartisanModel(features, fit.weights(), fit.bias(),
				PartisanTraining.threshold(vectors, partisan, examples.size()));
	}

	/** Thread-safe, allocation-light: the probability that the text is partisan, its label and the driving terms. */
	Score score(String text) {
		PartisanFeatures.Vector vector = features.extract(text == null ? "" : text);
		double score = probability(vector);
		Label label = score >= threshold ? Label.PARTISAN : Label.NEUTRAL;
		return new Score(label, score, terms(vector, label == Label.PARTISAN ? 1 : -1));
	}

	double threshold() {
		return threshold;
	}

	double probability(PartisanFeatures.Vector vector) {
		return PartisanTraining.sigmoid(bias + PartisanTraining.dot(weights, vector));
	}

	/**
	 * The surfaces whose features pushed the score most towards the label (sign +1: PARTISAN, -1: NEUTRAL),
	 * strongest first; one word's features (its stem, its lexicon hits, half of each pair of words it is in) add up
	 * under its surface.
	 */
	private List<String> terms(PartisanFeatures.Vector vector, int sign) {
		String[] surfaces = new String[vector.size * 2];
		float[] push = new float[vector.size * 2];
		int distinct = 0;
		for (int k = 0; k < vector.size; k++) {
			if (vector.surface[k] == null) {
				continue;
			}
			float contribution = sign * weights[vector.index[k]] * vector.value[k];
			if (contribution <= 0) {
				continue;
			}
			if (vector.partner[k] != null) {
				contribution /= 2;
				distinct = credit(vector.partner[k], contribution, surfaces, push, distinct);
			}
			distinct = credit(vector.surface[k], contribution, surfaces, push, distinct);
		}
		List<String> terms = new ArrayList<>(MAX_TERMS);
		while (terms.size() < MAX_TERMS) {
			int best = -1;
			for (int slot = 0; slot < distinct; slot++) {
				if (push[slot] > MIN_TERM_WEIGHT && (best < 0 || push[slot] > push[best])) {
					best = slot;
				}
			}
			if (best < 0) {
				break;
			}
			terms.add(surfaces[best]);
			push[best] = 0;
		}
		return terms;
	}

	private static int credit(String surface, float contribution, String[] surfaces, float[] push, int distinct) {
		int slot = 0;
		while (slot < distinct && !surfaces[slot].equals(surface)) {
			slot++;
		}
		if (slot == distinct) {
			surfaces[slot] = surface;
			distinct++;
		}
		push[slot] += contribution;
		return distinct;
	}

	/** Compact: the weights that are not zero, deflated; the lead stores it per model version. */
	byte[] toBytes() {
		ByteArrayOutputStream bytes = new ByteArrayOutputStream();
		try (DataOutputStream out = new DataOutputStream(new DeflaterOutputStream(bytes))) {
			out.writeInt(MAGIC);
			out.writeInt(FORMAT);
			out.writeInt(PartisanFeatures.BITS);
			out.writeDouble(threshold);
			out.writeFloat(bias);
			int count = 0;
			for (float weight : weights) {
				count += weight == 0 ? 0 : 1;
			}
			out.writeInt(count);
			for (int j = 0; j < weights.length; j++) {
				if (weights[j] != 0) {
					out.writeInt(j);
					out.writeFloat(weights[j]);
				}
			}
		}
		catch (IOException e) {
			throw new UncheckedIOException(e);
		}
		return bytes.toByteArray();
	}

	/** A stored model back, scoring exactly as before with the lexicon it is given; unreadable bytes fail clearly. */
	static PartisanModel fromBytes(byte[] bytes, Lexicon lexicon) {
		Objects.requireNonNull(lexicon, "lexicon");
		if (bytes == null || bytes.length == 0) {
			throw new IllegalArgumentException("Model tersimpan kosong");
		}
		try (DataInputStream in = new DataInputStream(new InflaterInputStream(new ByteArrayInputStream(bytes)))) {
			if (in.readInt() != MAGIC || in.readInt() != FORMAT || in.readInt() != PartisanFeatures.BITS) {
				throw new IllegalArgumentException("Model tersimpan bukan model klasifikasi partisan versi ini");
			}
			double threshold = in.readDouble();
			float bias = in.readFloat();
			int count = in.readInt();
			if (count < 0 || count > PartisanFeatures.DIMENSION || !(threshold > 0 && threshold < 1)) {
				throw new IllegalArgumentException("Model tersimpan rusak");
			}
			float[] weights = new float[PartisanFeatures.DIMENSION];
			for (int k = 0; k < count; k++) {
				int j = in.readInt();
				if (j < 0 || j >= weights.length) {
					throw new IllegalArgumentException("Model tersimpan rusak");
				}
				weights[j] = in.readFloat();
			}
			return new PartisanModel(new PartisanFeatures(lexicon), weights, bias, threshold);
		}
		catch (IOException e) {
			throw new IllegalArgumentException("Model tersimpan rusak atau terpotong", e);
		}
	}
}
