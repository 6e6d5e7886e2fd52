package id.go.netra.monitoring;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.Collections;
import java.util.List;

import org.junit.jupiter.api.Test;

/** The shipped synthetic seed examples, filled from the lexicon in use. */
class SeedExamplesUnitTests {

	private static final Lexicon LEXICON = new Lexicon(1, DefaultLexicons.read(DefaultLexicons.PEMILU_2024));

	@Test
	void everyPlaceholderIsFilledFromTheLexiconInBothLabels() {
		List<Example> seeds = SeedExamples.of(LEXICON);

		assertThat(seeds).hasSizeGreaterThan(100);
		assertThat(seeds).extracting(Example::text).noneMatch(text -> text.contains("{") || text.contains("}"));
		assertThat(seeds).filteredOn(seed -> seed.label() == Label.PARTISAN).hasSizeGreaterThan(50);
		assertThat(seeds).filteredOn(seed -> seed.label() == Label.NEUTRAL).hasSizeGreaterThan(50);
		assertThat(seeds).extracting(Example::id).doesNotHaveDuplicates().allMatch(id -> id.startsWith("seed-"));
		PartisanFeatures features = new PartisanFeatures(LEXICON);
		long naming = seeds.stream().filter(seed -> !features.hits(seed.text()).isEmpty()).count();
		assertThat(naming).as("most seeds name someone of the lexicon").isGreaterThan(seeds.size() / 2);
	}

	@Test
	void theSameLexiconGivesTheSameSeedsWhateverTheOrderOfItsEntries() {
		List<LexiconEntry> shuffled = new ArrayList<>(LEXICON.entries());
		Collections.reverse(shuffled);

		assertThat(SeedExamples.of(new Lexicon(2, shuffled))).isEqualTo(SeedExamples.of(LEXICON));
	}

	@Test
	void anotherElectionsLexiconGivesSeedsOfItsOwnCandidates() {
		Lexicon regional = new Lexicon(3, List.of(new LexiconEntry(LexiconEntry.Kind.CANDIDATE, "Budi Santoso", "Budi Santoso"),
				new LexiconEntry(LexiconEntry.Kind.CANDIDATE, "Siti Aminah", "Siti Aminah"),
				new LexiconEntry(LexiconEntry.Kind.PAIR, "Budi-Rahmat", "Budi Santoso - Rahmat")));

		List<Example> seeds = SeedExamples.of(regional);

		assertThat(seeds).extracting(Example::text)
			.anyMatch(text -> text.contains("Budi Santoso"))
			.anyMatch(text -> text.contains("Siti Aminah"))
			.anyMatch(text -> text.contains("Budi-Rahmat"))
			.noneMatch(text -> text.contains("Prabowo") || text.contains("{"));
		assertThat(seeds).as("a line needing a party or ballot number this lexicon has not got is left out")
			.hasSizeLessThan(SeedExamples.of(LEXICON).size());
		assertThat(seeds).extracting(Example::text)
			.as("two candidates in one seed are two different people")
			.noneMatch(text -> text.indexOf("Budi Santoso") != text.lastIndexOf("Budi Santoso"));
	}
}
