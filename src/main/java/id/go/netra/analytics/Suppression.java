package id.go.netra.analytics;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Set;
import java.util.stream.IntStream;

/**
 * The rule for every count the public sees (ADR 0009): a count from 1 to 4 is not shown ("<5"), so that no case
 * can be traced to the few people behind it; and where cells add up to a total shown beside them, a second cell is
 * withheld ("*") whenever exactly one is suppressed, so the suppressed one cannot be recovered by subtraction.
 * Figures derived from a count (rates, medians) are withheld with it.
 */
public final class Suppression {

	/** Counts below this and above zero are suppressed. */
	static final int THRESHOLD = 5;
	static final String SMALL = "<5";
	static final String WITHHELD = "*";

	private Suppression() {
	}

	/** A count as published: {@code count} is null when it is not shown, {@code shown} is what a reader sees. */
	public record Cell(Long count, String shown) {

		public boolean suppressed() {
			return count == null;
		}
	}

	static boolean small(long count) {
		return count > 0 && count < THRESHOLD;
	}

	/** One count on its own, with no total beside it: suppressed when from 1 to 4. */
	static Cell cell(long count) {
		return small(count) ? new Cell(null, SMALL) : new Cell(count, Long.toString(count));
	}

	/**
	 * Cells that add up to a total shown beside them (or one a reader can work out from another table), in their
	 * order. When exactly one cell is from 1 to 4, the smallest other non-zero cell is withheld too (shown "*"), so
	 * that the total minus the shown cells leaves two unknowns, never one. (When no other cell is non-zero the total
	 * equals the small cell and is itself suppressed.)
	 */
	static List<Cell> partsOfTotal(List<Long> counts) {
		return partsOfTotal(counts, Set.of());
	}

	/** As {@link #partsOfTotal(List)}, with cells at {@code withheld} already hidden for another reason. */
	static List<Cell> partsOfTotal(List<Long> counts, Set<Integer> withheld) {
		List<Cell> cells = new ArrayList<>();
		for (int i = 0; i < counts.size(); i++) {
			Cell cell = cell(counts.get(i));
			cells.add(withheld.contains(i) && !cell.suppressed() && counts.get(i) > 0 ? new Cell(null, WITHHELD) : cell);
		}
		long hidden = cells.stream().filter(Cell::suppressed).count();
		if (hidden == 1) {
			IntStream.range(0, counts.size())
				.filter(i -> !cells.get(i).suppressed() && counts.get(i) > 0)
				.boxed()
				.min(Comparator.comparing(counts::get))
				.ifPresent(i -> cells.set(i, new Cell(null, WITHHELD)));
		}
		return cells;
	}

	/**
	 * A share {@code part / whole}, rounded to three decimals, or null when it could reveal a small count: the
	 * part, the whole or what remains of it is from 1 to 4, or the whole is zero.
	 */
	static Double rate(long part, long whole) {
		if (whole == 0 || small(part) || small(whole) || small(whole - part)) {
			return null;
		}
		return Statistics.round((double) part / whole, 3);
	}

	/** A figure (such as a median) computed over {@code basis} cases, withheld when that count is from 1 to 4. */
	static Double derived(Double value, long basis) {
		return small(basis) ? null : value;
	}
}
