package cn.cebase.shared;

import java.util.List;

/** The check many forms make of a typed text: stripped, required or optional, at most so many characters. */
public final class TypedText {

	private TypedText() {
	}

	/**
	 * The text stripped, or null when it is blank (with a {@code validation.required} problem on the
	 * field if the field is required) or longer than {@code max} once stripped (with a
	 * {@code validation.tooLong} problem).
	 */
	public static String checked(List<BusinessException> problems, String field, String value, int max,
			boolean required) {
		if (value == null || value.isBlank()) {
			if (required) {
				problems.add(BusinessException.invalidField(field, "validation.required"));
			}
			return null;
		}
		String clean = value.strip();
		if (clean.length() > max) {
			problems.add(BusinessException.invalidField(field, "validation.tooLong", max));
			return null;
		}
		return clean;
	}
}
