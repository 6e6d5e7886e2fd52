package id.go.netra;

import java.util.List;
import java.util.function.Function;

/** One page of a list, in the shape every list of the API uses: {@code items, page, size, total}. */
public record Page<T>(List<T> items, int page, int size, long total) {

	public Page {
		items = List.copyOf(items);
	}

	public long pages() {
		return size == 0 ? 0 : (total + size - 1) / size;
	}

	public <R> Page<R> map(Function<T, R> mapper) {
		return new Page<>(items.stream().map(mapper).toList(), page, size, total);
	}
}
