package cn.cebase.identity;

import java.io.IOException;

import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;

import org.springframework.context.MessageSource;
import org.springframework.http.HttpStatus;
import org.springframework.security.web.servlet.util.matcher.PathPatternRequestMatcher;
import org.springframework.security.web.util.matcher.OrRequestMatcher;
import org.springframework.security.web.util.matcher.RequestMatcher;
import org.springframework.web.filter.OncePerRequestFilter;
import org.springframework.web.servlet.LocaleResolver;

/**
 * A user whose password someone else set (an administrator's new account or reset, the first
 * administrator, a new expert) can do nothing but change it: every page leads to the change, and
 * the API, which has no way to change it, answers 403 saying why. Otherwise whoever saw the
 * temporary password could keep using it.
 */
final class PasswordChangeRequiredFilter extends OncePerRequestFilter {

	static final String CHANGE_PAGE = "/account/password?required";

	private static final RequestMatcher STILL_ALLOWED = new OrRequestMatcher(
			PathPatternRequestMatcher.withDefaults().matcher("/account/password"),
			PathPatternRequestMatcher.withDefaults().matcher("/logout"),
			PathPatternRequestMatcher.withDefaults().matcher("/error"),
			PathPatternRequestMatcher.withDefaults().matcher("/css/**"),
			PathPatternRequestMatcher.withDefaults().matcher("/js/**"),
			PathPatternRequestMatcher.withDefaults().matcher("/img/**"),
			PathPatternRequestMatcher.withDefaults().matcher("/webjars/**"),
			PathPatternRequestMatcher.withDefaults().matcher("/favicon.ico"));

	private final RequestMatcher api;

	private final MessageSource messages;

	private final LocaleResolver locales;

	PasswordChangeRequiredFilter(RequestMatcher api, MessageSource messages, LocaleResolver locales) {
		this.api = api;
		this.messages = messages;
		this.locales = locales;
	}

	@Override
	protected void doFilterInternal(HttpServletRequest request, HttpServletResponse response, FilterChain chain)
			throws ServletException, IOException {
		boolean mustChange = CurrentUser.signedIn().map(CurrentUser::mustChangePassword).orElse(false);
		if (!mustChange || STILL_ALLOWED.matches(request)) {
			chain.doFilter(request, response);
			return;
		}
		if (api.matches(request)) {
			SecurityConfiguration.problem(request, response, HttpStatus.FORBIDDEN, "error.passwordChangeRequired", messages,
					locales);
		}
		else if ("true".equals(request.getHeader("HX-Request"))) {
			// into a fragment the page would not fit: htmx loads the whole change page instead
			response.setHeader("HX-Redirect", request.getContextPath() + CHANGE_PAGE);
		}
		else {
			response.sendRedirect(request.getContextPath() + CHANGE_PAGE);
		}
	}
}
