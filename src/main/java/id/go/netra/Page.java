package id.go.netra;

import java.util.List;
import java.util.function.Function;

import com.fasterxml.jackson.annotation.JsonInclude;

/**
 * One page of a list, in the shape every list of the API uses: {@code items, page, size, total}. Where counting
 * every match would cost more than the page itself (a common name prefix among millions), {@code total} stops at
 * a cap and {@code totalIsLowerBound} says so; otherwise that field is absent.
 */
public record Page<T>(List<T> items, int page, int size, long total,
		@JsonInclude(JsonInclude.Include.NON_NULL) Boolean totalIsLowerBound) {

	public Page {
		items = List.copyOf(items);
	}

	public Page(List<T> items, int page, int size, long total) {
		this(items, page, size, total, null);
	}

	public long pages() {
		return size == 0 ? 0 : (total + size - 1) / size;
	}

	public <R> Page<R> map(Function<T, R> mapper) {
		return new Page<>(items.stream().map(mapper).toList(), page, size, total, totalIsLowerBound);
	}
}
