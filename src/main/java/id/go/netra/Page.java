package id.go.netra;

import java.util.List;
import java.util.function.Function;

import com.fasterxml.jackson.annotation.JsonInclude;

/**
 * One page of a list, in the shape every list of the API uses: {@code items, page, size, total}. Where counting
 * every match would cost more than the page itself (a common name prefix among millions), {@code total} stops at
 * a cap and {@code totalIsLowerBound} says so; otherwise that field is absent. A page of changes (a list asked
 * with {@code changedSince} or {@code cursor}, ADR 0043) carries {@code next}, the cursor to send for the changes
 * after it; {@code total} then counts the changes from this page's start on.
 */
public record Page<T>(List<T> items, int page, int size, long total,
		@JsonInclude(JsonInclude.Include.NON_NULL) Boolean totalIsLowerBound,
		@JsonInclude(JsonInclude.Include.NON_NULL) String next) {

	public Page {
		items = List.copyOf(items);
	}

	public Page(List<T> items, int page, int size, long total) {
		this(items, page, size, total, null, null);
	}

	public Page(List<T> items, int page, int size, long total, Boolean totalIsLowerBound) {
		this(items, page, size, total, totalIsLowerBound, null);
	}

	/** A page of changes: {@code total} changes from its start on, {@code next} the cursor after its last. */
	public static <T> Page<T> ofChanges(List<T> items, int size, long total, ChangeCursor next) {
		return new Page<>(items, 0, size, total, null, next.token());
	}

	public long pages() {
		return size == 0 ? 0 : (total + size - 1) / size;
	}

	public <R> Page<R> map(Function<T, R> mapper) {
		return new Page<>(items.stream().map(mapper).toList(), page, size, total, totalIsLowerBound, next);
	}
}
