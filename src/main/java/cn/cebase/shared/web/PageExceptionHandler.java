package cn.cebase.shared.web;

import cn.cebase.shared.BusinessException;

import jakarta.servlet.http.HttpServletResponse;

import org.springframework.context.MessageSource;
import org.springframework.context.i18n.LocaleContextHolder;
import org.springframework.core.Ordered;
import org.springframework.core.annotation.Order;
import org.springframework.dao.OptimisticLockingFailureException;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.ControllerAdvice;
import org.springframework.web.bind.annotation.ExceptionHandler;
import org.springframework.web.method.annotation.MethodArgumentTypeMismatchException;

/**
 * Refusals that reach a page without a form to put them on: not found, not allowed, stale.
 * A record outside the user's data scope answers 404 like one that does not exist.
 */
@ControllerAdvice
@Order(Ordered.LOWEST_PRECEDENCE)
class PageExceptionHandler {

	private final MessageSource messages;

	PageExceptionHandler(MessageSource messages) {
		this.messages = messages;
	}

	@ExceptionHandler(BusinessException.class)
	String refused(BusinessException ex, HttpServletResponse response, Model model) {
		int status = switch (ex.kind()) {
			case NOT_FOUND -> 404;
			case FORBIDDEN -> 403;
			case CONFLICT -> 409;
			case INVALID -> 400;
		};
		response.setStatus(status);
		model.addAttribute("status", status);
		model.addAttribute("messageKey", ex.messageKey());
		model.addAttribute("messageArgs", ex.args());
		return "error/refused";
	}

	/**
	 * Over a {@link RateLimited} page's limit: 429 with the limit and the wait in words, and a way back to the
	 * form (the browser keeps what was typed in it).
	 */
	@ExceptionHandler(RateLimitExceeded.class)
	String tooManyRequests(RateLimitExceeded ex, HttpServletResponse response, Model model) {
		response.setStatus(429);
		response.setHeader("Retry-After", String.valueOf(ex.retryAfterSeconds()));
		model.addAttribute("status", 429);
		model.addAttribute("messageKey", ex.messageKey());
		model.addAttribute("messageArgs", ex.args(messages, LocaleContextHolder.getLocale()));
		model.addAttribute("reasonKey", ex.reasonKey());
		model.addAttribute("goBack", true);
		return "error/refused";
	}

	@ExceptionHandler(OptimisticLockingFailureException.class)
	String stale(HttpServletResponse response, Model model) {
		return refused(BusinessException.conflict("error.stale"), response, model);
	}

	@ExceptionHandler(org.springframework.dao.DataIntegrityViolationException.class)
	String constraint(HttpServletResponse response, Model model) {
		return refused(BusinessException.conflict("error.constraint"), response, model);
	}

	/** A request larger than even the multipart bound: say the limit, not "error". */
	@ExceptionHandler(org.springframework.web.multipart.MaxUploadSizeExceededException.class)
	String tooLarge(HttpServletResponse response, Model model, org.springframework.core.env.Environment environment) {
		String limit = environment.getProperty("cebase.files.max-size", "20MB");
		refused(BusinessException.invalidField("file", "file.tooLarge",
				org.springframework.util.unit.DataSize.parse(limit).toMegabytes()), response, model);
		response.setStatus(413);
		model.addAttribute("status", 413);
		return "error/refused";
	}

	@ExceptionHandler(MethodArgumentTypeMismatchException.class)
	String badParameter(HttpServletResponse response, Model model) {
		return refused(BusinessException.notFound(), response, model);
	}
}
