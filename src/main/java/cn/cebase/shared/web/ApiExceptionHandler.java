package cn.cebase.shared.web;

import java.net.URI;
import java.util.List;
import java.util.Map;

import cn.cebase.shared.BusinessException;

import org.springframework.context.MessageSource;
import org.springframework.context.i18n.LocaleContextHolder;
import org.springframework.core.Ordered;
import org.springframework.core.annotation.Order;
import org.springframework.dao.OptimisticLockingFailureException;
import org.springframework.http.HttpHeaders;
import org.springframework.http.HttpStatus;
import org.springframework.http.HttpStatusCode;
import org.springframework.http.MediaType;
import org.springframework.http.ProblemDetail;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.MethodArgumentNotValidException;
import org.springframework.web.bind.annotation.ExceptionHandler;
import org.springframework.web.bind.annotation.RestController;
import org.springframework.web.bind.annotation.RestControllerAdvice;
import org.springframework.web.context.request.WebRequest;
import org.springframework.web.method.annotation.MethodArgumentTypeMismatchException;
import org.springframework.web.servlet.mvc.method.annotation.ResponseEntityExceptionHandler;

/**
 * Every API error as an RFC 9457 problem detail whose detail is a sentence from the message bundle
 * in the caller's language (Chinese unless asked otherwise). Refusals of rules carry the field and
 * message key, so that a client can put them beside its own inputs.
 */
@RestControllerAdvice(annotations = RestController.class)
@Order(Ordered.HIGHEST_PRECEDENCE)
class ApiExceptionHandler extends ResponseEntityExceptionHandler {

	private final MessageSource messages;

	ApiExceptionHandler(MessageSource messages) {
		this.messages = messages;
		setMessageSource(messages);
	}

	@ExceptionHandler(BusinessException.class)
	ProblemDetail refused(BusinessException ex) {
		HttpStatus status = switch (ex.kind()) {
			case INVALID -> HttpStatus.BAD_REQUEST;
			case CONFLICT -> HttpStatus.CONFLICT;
			case NOT_FOUND -> HttpStatus.NOT_FOUND;
			case FORBIDDEN -> HttpStatus.FORBIDDEN;
		};
		ProblemDetail problem = ProblemDetail.forStatusAndDetail(status, message(ex.messageKey(), ex.args()));
		problem.setTitle(message("error.title." + status.value()));
		problem.setType(URI.create("urn:cebase:problem:" + ex.messageKey()));
		problem.setProperty("code", ex.messageKey());
		List<Map<String, String>> errors = ex.details()
			.stream()
			.filter(detail -> detail.field() != null)
			.map(detail -> Map.of("field", detail.field(), "code", detail.messageKey(), "message",
					message(detail.messageKey(), detail.args())))
			.toList();
		if (!errors.isEmpty()) {
			problem.setProperty("errors", errors);
		}
		return problem;
	}

	/** Over a {@link RateLimited} endpoint's limit: 429, and when to come back. */
	@ExceptionHandler(RateLimitExceeded.class)
	ResponseEntity<ProblemDetail> tooManyRequests(RateLimitExceeded ex) {
		Object[] args = ex.args(messages, LocaleContextHolder.getLocale());
		ProblemDetail problem = ProblemDetail.forStatusAndDetail(HttpStatus.TOO_MANY_REQUESTS, message(ex.messageKey(), args));
		problem.setTitle(message("error.title.429"));
		problem.setType(URI.create("urn:cebase:problem:" + ex.messageKey()));
		problem.setProperty("code", ex.messageKey());
		problem.setProperty("reason", message(ex.reasonKey(), args));
		problem.setProperty("retryAfterSeconds", ex.retryAfterSeconds());
		return ResponseEntity.status(HttpStatus.TOO_MANY_REQUESTS)
			.header(HttpHeaders.RETRY_AFTER, String.valueOf(ex.retryAfterSeconds()))
			.contentType(MediaType.APPLICATION_PROBLEM_JSON)
			.body(problem);
	}

	@ExceptionHandler(OptimisticLockingFailureException.class)
	ProblemDetail stale(OptimisticLockingFailureException ex) {
		return refused(BusinessException.conflict("error.stale"));
	}

	/** A constraint the checks above did not foresee: still the caller's conflict, never a 500. */
	@ExceptionHandler(org.springframework.dao.DataIntegrityViolationException.class)
	ProblemDetail constraint(org.springframework.dao.DataIntegrityViolationException ex) {
		logger.warn("Constraint violation reached the API: " + ex.getMostSpecificCause().getMessage());
		return refused(BusinessException.conflict("error.constraint"));
	}

	@ExceptionHandler(MethodArgumentTypeMismatchException.class)
	ProblemDetail typeMismatch(MethodArgumentTypeMismatchException ex) {
		return refused(BusinessException.invalidField(ex.getName(), "validation.typeMismatch"));
	}

	@Override
	protected ResponseEntity<Object> handleMethodArgumentNotValid(MethodArgumentNotValidException ex, HttpHeaders headers,
			HttpStatusCode status, WebRequest request) {
		ProblemDetail problem = ProblemDetail.forStatusAndDetail(HttpStatus.BAD_REQUEST, message("validation.failed"));
		problem.setTitle(message("error.title.400"));
		problem.setProperty("errors", ex.getBindingResult()
			.getFieldErrors()
			.stream()
			.map(error -> Map.of("field", error.getField(), "code", String.valueOf(error.getCode()), "message",
					messages.getMessage(error, LocaleContextHolder.getLocale())))
			.toList());
		return ResponseEntity.badRequest().body(problem);
	}

	private String message(String key, Object... args) {
		return messages.getMessage(key, args, key, LocaleContextHolder.getLocale());
	}
}
