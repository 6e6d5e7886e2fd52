package id.go.netra.monitoring;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;

import org.junit.jupiter.api.Assumptions;
import org.junit.jupiter.api.Test;

/**
 * The classifier on the real labelled posts of the dev split, by stratified 10-fold cross-validation repeated with
 * three seeds (the shipped seed examples in every fold's training, as in use): after learning, PARTISAN precision at
 * least 0.90 (issue 19's target, met) and better than the cold model, the lexicon prior alone and the baselines
 * measured in the same run; the cold model (the prior trained on the seed examples) better than the prior alone.
 * Issue 19 also targets macro-F1 0.85; the classifier measures 0.83 to 0.85 depending on the protocol (5-fold,
 * leave-one-out, 10-fold; bench/README.md, "Issue 19: classifier"), not robustly at it, so this test holds macro-F1
 * at the level reached ({@link #MACRO_F1_REACHED}) against regressions, and {@code bench/run monitoring} reports the
 * target as not met until it is. Skipped where the dev split is absent (it is never part of the repository);
 * {@code -Dnetra.monitoring.dev-set=...} points at it elsewhere.
 */
class PartisanModelCrossValidationUnitTests {

	/** The macro-F1 measured on the dev split with these three seeds (0.854), less a margin for the seeds' noise. */
	static final double MACRO_F1_REACHED = 0.84;

	@Test
	void afterLearningTheDevSplitMeetsThePrecisionTargetAndHoldsItsMacroF1() throws Exception {
		Path devSet = DevSet.path();
		Assumptions.assumeTrue(Files.exists(devSet), "dev split not present at " + devSet);
		List<Example> examples = DevSet.read(devSet);
		Lexicon lexicon = new Lexicon(1, DefaultLexicons.read(DefaultLexicons.PEMILU_2024));

		List<CrossValidation.Row> table = CrossValidation.table(lexicon, examples, 10, new long[] { 1, 2, 3 });

		CrossValidation.Row learned = table.get(table.size() - 1);
		CrossValidation.Row cold = table.get(table.size() - 2);
		CrossValidation.Row prior = table.get(table.size() - 3);
		StringBuilder report = new StringBuilder(CrossValidation.header(10, 3, examples.size()));
		table.forEach(row -> report.append('\n').append(row.line()));
		assertThat(learned.precision()).as(report.toString()).isGreaterThanOrEqualTo(0.90);
		assertThat(learned.macroF1()).as(report.toString()).isGreaterThanOrEqualTo(MACRO_F1_REACHED);
		for (CrossValidation.Row row : table.subList(0, table.size() - 1)) {
			assertThat(learned.macroF1()).as("after learning beats " + row.name()).isGreaterThan(row.macroF1());
		}
		assertThat(prior.macroF1()).as("the lexicon alone beats the candidate-name and campaign-word lists")
			.isGreaterThan(Math.max(table.get(1).macroF1(), table.get(2).macroF1()));
		assertThat(cold.macroF1()).as("the seed examples improve on the lexicon prior alone")
			.isGreaterThan(prior.macroF1());
	}
}
