package cn.cebase.policy;

/**
 * A value of a policy profile with the article it comes from. An empty value with a note records
 * that the document is silent (or that the value is inherited), so that nobody mistakes a gap for
 * a rule.
 *
 * @param value the value, or null where the document sets none
 * @param source the article, e.g. "闽人社发〔2024〕5号 第七条（五）"
 * @param note why the value is empty, or how to read it
 */
public record Cited<T>(T value, String source, String note) {

	public static <T> Cited<T> of(T value, String source) {
		return new Cited<>(value, source, null);
	}

	public static <T> Cited<T> silent(String note) {
		return new Cited<>(null, null, note);
	}

	public boolean isSet() {
		return value != null;
	}
}
