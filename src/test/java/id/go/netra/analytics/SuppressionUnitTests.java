package id.go.netra.analytics;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;

import org.junit.jupiter.api.Test;

import id.go.netra.analytics.Suppression.Cell;

class SuppressionUnitTests {

	@Test
	void countsFromOneToFourAreShownAsLessThanFiveAndZeroAndFiveAsThemselves() {
		assertThat(Suppression.cell(0)).isEqualTo(new Cell(0L, "0"));
		for (long n = 1; n <= 4; n++) {
			assertThat(Suppression.cell(n)).isEqualTo(new Cell(null, "<5"));
		}
		assertThat(Suppression.cell(5)).isEqualTo(new Cell(5L, "5"));
		assertThat(Suppression.cell(1234)).isEqualTo(new Cell(1234L, "1234"));
	}

	@Test
	void aSingleSmallPartOfATotalTakesTheSmallestOtherPartWithItSoSubtractionRecoversNeither() {
		// given a total of 37 shown beside parts 20, 3, 0, 6, 8: without a second hidden part, 37-20-6-8 = 3
		List<Cell> cells = Suppression.partsOfTotal(List.of(20L, 3L, 0L, 6L, 8L));

		assertThat(cells).containsExactly(new Cell(20L, "20"), new Cell(null, "<5"), new Cell(0L, "0"),
				new Cell(null, "*"), new Cell(8L, "8"));
	}

	@Test
	void twoSmallPartsNeedNoThirdAndNoSmallPartChangesNothing() {
		assertThat(Suppression.partsOfTotal(List.of(2L, 4L, 9L))).containsExactly(new Cell(null, "<5"),
				new Cell(null, "<5"), new Cell(9L, "9"));
		assertThat(Suppression.partsOfTotal(List.of(0L, 5L, 9L))).containsExactly(new Cell(0L, "0"), new Cell(5L, "5"),
				new Cell(9L, "9"));
	}

	@Test
	void aSmallPartAloneBesideZerosLeavesNothingElseToHideItsTotalIsSmallToo() {
		assertThat(Suppression.partsOfTotal(List.of(0L, 3L, 0L))).containsExactly(new Cell(0L, "0"),
				new Cell(null, "<5"), new Cell(0L, "0"));
		assertThat(Suppression.cell(3)).isEqualTo(new Cell(null, "<5"));
	}

	@Test
	void aCellHiddenForAnotherReasonCountsAsTheSecondHiddenOne() {
		// the followed-up count of the second employer is hidden because its pending count is small
		assertThat(Suppression.partsOfTotal(List.of(2L, 9L, 12L), java.util.Set.of(1))).containsExactly(
				new Cell(null, "<5"), new Cell(null, "*"), new Cell(12L, "12"));
		// alone, the hidden cell would follow from the column's total: a second one goes with it
		assertThat(Suppression.partsOfTotal(List.of(7L, 9L, 12L), java.util.Set.of(1))).containsExactly(
				new Cell(null, "*"), new Cell(null, "*"), new Cell(12L, "12"));
	}

	@Test
	void ratesAndMediansAreWithheldWhenTheyWouldRevealASmallCount() {
		assertThat(Suppression.rate(6, 12)).isEqualTo(0.5);
		assertThat(Suppression.rate(6, 10)).as("four not followed up").isNull();
		assertThat(Suppression.rate(0, 8)).isEqualTo(0.0);
		assertThat(Suppression.rate(3, 10)).as("three followed up").isNull();
		assertThat(Suppression.rate(7, 9)).as("two not followed up").isNull();
		assertThat(Suppression.rate(2, 2)).as("two forwarded").isNull();
		assertThat(Suppression.rate(0, 0)).isNull();
		assertThat(Suppression.derived(4.5, 3)).isNull();
		assertThat(Suppression.derived(4.5, 5)).isEqualTo(4.5);
	}
}
