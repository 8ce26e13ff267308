package cn.cebase.identity;

import java.io.IOException;
import java.util.Locale;

import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;

import org.springframework.context.MessageSource;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.http.HttpStatus;
import org.springframework.http.MediaType;
import org.springframework.security.authentication.DisabledException;
import org.springframework.security.authentication.LockedException;
import org.springframework.security.config.annotation.web.builders.HttpSecurity;
import org.springframework.security.core.userdetails.UserDetailsService;
import org.springframework.security.core.userdetails.UsernameNotFoundException;
import org.springframework.security.crypto.factory.PasswordEncoderFactories;
import org.springframework.security.crypto.password.PasswordEncoder;
import org.springframework.security.web.SecurityFilterChain;
import org.springframework.security.web.authentication.SavedRequestAwareAuthenticationSuccessHandler;
import org.springframework.security.web.servlet.util.matcher.PathPatternRequestMatcher;
import org.springframework.security.web.util.matcher.RequestMatcher;
import org.springframework.web.servlet.LocaleResolver;

/**
 * One filter chain for pages and API. People sign in with the form at /login and get a session;
 * programs may send HTTP Basic credentials to /api and then need no CSRF token, because a
 * browser never adds an Authorization header by itself.
 */
@Configuration(proxyBeanMethods = false)
class SecurityConfiguration {

	static final String[] PUBLIC = { "/", "/login", "/register", "/register/**", "/public/**", "/webjars/**", "/css/**",
			"/js/**", "/img/**", "/favicon.ico", "/actuator/health", "/actuator/health/**", "/v3/api-docs", "/v3/api-docs/**",
			"/swagger-ui/**", "/swagger-ui.html", "/error", "/api/v1/registrations", "/api/v1/regions", "/api/v1/regions/**", "/api/v1/public/**" };

	@Bean
	SecurityFilterChain filterChain(HttpSecurity http, MessageSource messages, LocaleResolver locales) throws Exception {
		RequestMatcher api = PathPatternRequestMatcher.withDefaults().matcher("/api/**");
		RequestMatcher withAuthorizationHeader = request -> request.getHeader("Authorization") != null;
		http.authorizeHttpRequests(authorize -> authorize.requestMatchers(PUBLIC)
			.permitAll()
			.requestMatchers("/admin/**", "/api/v1/users/**")
			.hasRole(Role.ADMIN.name())
			.anyRequest()
			.authenticated())
			.formLogin(form -> form.loginPage("/login")
				.successHandler(new FirstSignInHandler())
				// the username comes back in the form so that the person only retypes the password
				.failureHandler((request, response, ex) -> response.sendRedirect(request.getContextPath() + "/login?error="
						+ (ex instanceof LockedException ? "locked" : ex instanceof DisabledException ? "disabled" : "bad")
						+ "&username=" + java.net.URLEncoder.encode(String.valueOf(request.getParameter("username")),
								java.nio.charset.StandardCharsets.UTF_8))))
			.httpBasic(basic -> basic.authenticationEntryPoint(
					(request, response, ex) -> problem(request, response, HttpStatus.UNAUTHORIZED, "error.unauthorized", messages, locales)))
			.logout(logout -> logout.logoutSuccessUrl("/login?logout"))
			// anonymous registration by API carries no session, so there is nothing for CSRF to protect
			.csrf(csrf -> csrf.ignoringRequestMatchers(withAuthorizationHeader,
					PathPatternRequestMatcher.withDefaults().matcher("/api/v1/registrations"),
					PathPatternRequestMatcher.withDefaults().matcher("/api/v1/public/**")))
			.sessionManagement(session -> session.sessionFixation(fixation -> fixation.changeSessionId()))
			.exceptionHandling(exceptions -> exceptions
				// an htmx request from an expired session: send the whole page to the login form, not into a fragment
				.defaultAuthenticationEntryPointFor((request, response, ex) -> {
					response.setHeader("HX-Redirect", request.getContextPath() + "/login");
					response.setStatus(HttpStatus.OK.value());
				}, request -> "true".equals(request.getHeader("HX-Request")))
				.defaultAuthenticationEntryPointFor(
						(request, response, ex) -> problem(request, response, HttpStatus.UNAUTHORIZED, "error.unauthorized", messages, locales),
						api)
				.defaultAccessDeniedHandlerFor(
						(request, response, ex) -> problem(request, response, HttpStatus.FORBIDDEN, "error.forbidden", messages, locales),
						api));
		return http.build();
	}

	@Bean
	PasswordEncoder passwordEncoder() {
		return PasswordEncoderFactories.createDelegatingPasswordEncoder();
	}

	@Bean
	UserDetailsService userDetailsService(IdentityManagement identity) {
		return username -> {
			CurrentUser user = identity.signInView(username);
			if (user == null) {
				throw new UsernameNotFoundException(username);
			}
			return user;
		};
	}

	/** RFC 9457 problem detail for the API, written by hand because the request never reached a controller. */
	static void problem(HttpServletRequest request, HttpServletResponse response, HttpStatus status, String key,
			MessageSource messages, LocaleResolver locales) throws IOException {
		Locale locale = locales.resolveLocale(request);
		String detail = messages.getMessage(key, null, key, locale);
		String title = messages.getMessage("error.title." + status.value(), null, status.getReasonPhrase(), locale);
		response.setStatus(status.value());
		response.setContentType(MediaType.APPLICATION_PROBLEM_JSON_VALUE);
		response.setCharacterEncoding("UTF-8");
		if (status == HttpStatus.UNAUTHORIZED) {
			response.setHeader("WWW-Authenticate", "Basic realm=\"CE-Base\"");
		}
		response.getWriter()
			.write("{\"type\":\"about:blank\",\"title\":\"" + json(title) + "\",\"status\":" + status.value()
					+ ",\"detail\":\"" + json(detail) + "\",\"instance\":\"" + json(request.getRequestURI()) + "\"}");
	}

	private static String json(String s) {
		return s.replace("\\", "\\\\").replace("\"", "\\\"");
	}

	/** Sends a user whose password was set by an administrator to change it before anything else. */
	static final class FirstSignInHandler extends SavedRequestAwareAuthenticationSuccessHandler {

		FirstSignInHandler() {
			setDefaultTargetUrl("/home");
		}

		@Override
		public void onAuthenticationSuccess(HttpServletRequest request, HttpServletResponse response,
				org.springframework.security.core.Authentication authentication) throws IOException, jakarta.servlet.ServletException {
			if (authentication.getPrincipal() instanceof CurrentUser user && user.mustChangePassword()) {
				getRedirectStrategy().sendRedirect(request, response, "/account/password?required");
				return;
			}
			super.onAuthenticationSuccess(request, response, authentication);
		}
	}
}
