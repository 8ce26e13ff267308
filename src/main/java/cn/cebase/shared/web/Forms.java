package cn.cebase.shared.web;

import cn.cebase.shared.BusinessException;

import org.springframework.validation.BindingResult;

/** Puts a rule's refusal beside the field it concerns, or at the top of the form. */
public final class Forms {

	private Forms() {
	}

	/**
	 * The page pattern: try the action and answer its redirect; when the input is at fault, put the
	 * refusal beside its fields and show the page again with what was typed. A refusal that is not
	 * about the input (not found, forbidden) goes on to the error pages.
	 */
	public static String attempt(BindingResult result, java.util.function.Supplier<String> action,
			java.util.function.Supplier<String> page) {
		if (result.hasErrors()) {
			return page.get();
		}
		try {
			return action.get();
		}
		catch (BusinessException ex) {
			if (!ex.concernsInput()) {
				throw ex;
			}
			reject(result, ex);
			return page.get();
		}
	}

	public static void reject(BindingResult result, BusinessException ex) {
		ex.details().forEach(detail -> rejectOne(result, detail));
	}

	private static void rejectOne(BindingResult result, BusinessException ex) {
		// a refusal about something the form has no input for (a rule of the call) goes above the form
		if (ex.field() != null && !ex.field().isBlank() && result instanceof org.springframework.validation.AbstractPropertyBindingResult binding
				&& binding.getPropertyAccessor().isReadableProperty(ex.field())) {
			result.rejectValue(ex.field(), ex.messageKey(), ex.args(), ex.messageKey());
		}
		else {
			result.reject(ex.messageKey(), ex.args(), ex.messageKey());
		}
	}
}
