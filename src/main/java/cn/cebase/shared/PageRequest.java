package cn.cebase.shared;

/** A page of a list, numbered from 1 as users count them; sizes are clamped to what a page can show. */
public record PageRequest(int page, int size) {

	public static final int MAX_SIZE = 100;

	public PageRequest {
		page = Math.max(1, page);
		size = size <= 0 ? 20 : Math.min(size, MAX_SIZE);
	}

	public static PageRequest of(Integer page, Integer size) {
		return new PageRequest(page == null ? 1 : page, size == null ? 20 : size);
	}

	public int offset() {
		return (page - 1) * size;
	}
}
