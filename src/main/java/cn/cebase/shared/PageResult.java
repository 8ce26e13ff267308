package cn.cebase.shared;

import java.util.List;
import java.util.function.Function;

/** One page of results with the total, enough for a pager and for an API client. */
public record PageResult<T>(List<T> items, int page, int size, long total) {

	public int totalPages() {
		return (int) Math.max(1, (total + size - 1) / size);
	}

	public boolean hasPrevious() {
		return page > 1;
	}

	public boolean hasNext() {
		return page < totalPages();
	}

	public boolean isEmpty() {
		return items.isEmpty();
	}

	public <R> PageResult<R> map(Function<T, R> mapper) {
		return new PageResult<>(items.stream().map(mapper).toList(), page, size, total);
	}
}
