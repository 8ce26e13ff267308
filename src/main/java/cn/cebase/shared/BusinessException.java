package cn.cebase.shared;

import java.util.Arrays;

/**
 * A user's request that the rules refuse. Carries a message key (resolved in the user's locale,
 * Chinese first) and, where the refusal concerns one input, the field it belongs beside.
 * The web layer turns it into a field error or a flash message, the API into a 4xx problem detail.
 */
public class BusinessException extends RuntimeException {

	private final String messageKey;

	private final Object[] args;

	private final String field;

	private final Kind kind;

	private final java.util.List<BusinessException> details;

	public enum Kind {
		/** 400/422: the input is wrong. */
		INVALID,
		/** 409: the input clashes with the current state (duplicate, stale, wrong status). */
		CONFLICT,
		/** 404: not there, or not in the user's data scope — never tell which. */
		NOT_FOUND,
		/** 403: the role may not do this. */
		FORBIDDEN
	}

	public BusinessException(String messageKey, Object... args) {
		this(Kind.INVALID, null, messageKey, args);
	}

	private BusinessException(Kind kind, String field, String messageKey, Object... args) {
		super(messageKey + (args.length > 0 ? Arrays.toString(args) : ""));
		this.kind = kind;
		this.field = field;
		this.messageKey = messageKey;
		this.args = args;
		this.details = java.util.List.of();
	}

	private BusinessException(java.util.List<BusinessException> details) {
		super("validation.failed" + details.stream().map(BusinessException::getMessage).toList());
		this.kind = Kind.INVALID;
		this.field = null;
		this.messageKey = "validation.failed";
		this.args = new Object[0];
		this.details = java.util.List.copyOf(details);
	}

	/** Several field errors found at once, so that a form can show them all together. */
	public static BusinessException invalid(java.util.List<BusinessException> fieldErrors) {
		return fieldErrors.size() == 1 ? fieldErrors.get(0) : new BusinessException(fieldErrors);
	}

	/** The individual field errors of {@link #invalid(java.util.List)}, or this one alone. */
	public java.util.List<BusinessException> details() {
		return details.isEmpty() ? java.util.List.of(this) : details;
	}

	public static BusinessException invalidField(String field, String messageKey, Object... args) {
		return new BusinessException(Kind.INVALID, field, messageKey, args);
	}

	public static BusinessException conflict(String messageKey, Object... args) {
		return new BusinessException(Kind.CONFLICT, null, messageKey, args);
	}

	public static BusinessException conflictOnField(String field, String messageKey, Object... args) {
		return new BusinessException(Kind.CONFLICT, field, messageKey, args);
	}

	public static BusinessException notFound() {
		return new BusinessException(Kind.NOT_FOUND, null, "error.notFound");
	}

	public static BusinessException forbidden() {
		return new BusinessException(Kind.FORBIDDEN, null, "error.forbidden");
	}

	/** Refused with a reason the person may know, such as whose turn it is. */
	public static BusinessException forbidden(String messageKey, Object... args) {
		return new BusinessException(Kind.FORBIDDEN, null, messageKey, args);
	}

	/**
	 * Whether the refusal is about what the user entered (and belongs on the form) rather than
	 * about access (not found, forbidden), which a page answers with an error page.
	 */
	public boolean concernsInput() {
		return kind == Kind.INVALID || kind == Kind.CONFLICT;
	}

	public String messageKey() {
		return messageKey;
	}

	public Object[] args() {
		return args.clone();
	}

	public String field() {
		return field;
	}

	public Kind kind() {
		return kind;
	}
}
