package cn.cebase.identity;

import java.io.IOException;
import java.util.List;
import java.util.Locale;

import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;

import cn.cebase.shared.web.PublicPath;
import cn.cebase.shared.web.PublicPaths;

import org.springframework.context.MessageSource;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.http.HttpHeaders;
import org.springframework.http.HttpStatus;
import org.springframework.http.MediaType;
import org.springframework.security.authentication.DisabledException;
import org.springframework.security.authentication.LockedException;
import org.springframework.security.authentication.UsernamePasswordAuthenticationToken;
import org.springframework.security.authentication.dao.DaoAuthenticationProvider;
import org.springframework.security.config.annotation.web.builders.HttpSecurity;
import org.springframework.security.core.userdetails.UserDetails;
import org.springframework.security.core.userdetails.UserDetailsService;
import org.springframework.security.core.userdetails.UsernameNotFoundException;
import org.springframework.security.crypto.factory.PasswordEncoderFactories;
import org.springframework.security.crypto.password.PasswordEncoder;
import org.springframework.security.web.SecurityFilterChain;
import org.springframework.security.web.access.intercept.AuthorizationFilter;
import org.springframework.security.web.authentication.SavedRequestAwareAuthenticationSuccessHandler;
import org.springframework.security.web.header.writers.ReferrerPolicyHeaderWriter.ReferrerPolicy;
import org.springframework.security.web.servlet.util.matcher.PathPatternRequestMatcher;
import org.springframework.security.web.util.matcher.RequestMatcher;
import org.springframework.web.servlet.LocaleResolver;

/**
 * One filter chain for pages and API. People sign in with the form at /login and get a session;
 * programs may send HTTP Basic credentials to /api without a session and then need no CSRF token:
 * such a request carries its own credentials, not the cookie a forged request would ride on.
 */
@Configuration(proxyBeanMethods = false)
class SecurityConfiguration {

	/** The platform's own open paths; the modules add theirs ({@link PublicPaths}). */
	static final List<String> PUBLIC = List.of("/", "/login", "/public/**", "/webjars/**", "/css/**", "/js/**", "/img/**",
			"/favicon.ico", "/actuator/health", "/actuator/health/**", "/v3/api-docs", "/v3/api-docs/**", "/swagger-ui/**",
			"/swagger-ui.html", "/error", "/api/v1/public/**");

	/**
	 * Scripts only from this origin: no inline script or handler attribute in any template (app.js
	 * wires the behaviour). Inline styles stay allowed: a few templates size columns with them and
	 * htmx adds its indicator style.
	 */
	static final String CONTENT_SECURITY_POLICY = "default-src 'self'; script-src 'self'; style-src 'self' 'unsafe-inline';"
			+ " img-src 'self' data:; font-src 'self' data:; connect-src 'self'; object-src 'none'; base-uri 'self';"
			+ " form-action 'self'; frame-ancestors 'none'";

	static final String PERMISSIONS_POLICY = "camera=(), microphone=(), geolocation=(), payment=(), usb=()";

	@Bean
	SecurityFilterChain filterChain(HttpSecurity http, MessageSource messages, LocaleResolver locales,
			List<PublicPaths> contributed) throws Exception {
		List<PublicPath> modules = contributed.stream().flatMap(c -> c.publicPaths().stream()).toList();
		String[] open = java.util.stream.Stream.concat(PUBLIC.stream(), modules.stream().map(PublicPath::pattern))
			.distinct()
			.toArray(String[]::new);
		// anonymous API writes (registration) carry no session, so there is nothing for CSRF to protect
		RequestMatcher[] withoutCsrf = java.util.stream.Stream
			.concat(modules.stream().filter(PublicPath::anonymousWrites).map(PublicPath::pattern), java.util.stream.Stream.of("/api/v1/public/**"))
			.map(pattern -> PathPatternRequestMatcher.withDefaults().matcher(pattern))
			.toArray(RequestMatcher[]::new);
		RequestMatcher api = PathPatternRequestMatcher.withDefaults().matcher("/api/**");
		// not "any Authorization header": a cookie session with "Bearer anything" would otherwise skip the check.
		// A Basic request whose credentials are wrong is refused with 401 before it can change anything.
		RequestMatcher basicWithoutSession = request -> {
			String authorization = request.getHeader(HttpHeaders.AUTHORIZATION);
			return authorization != null && authorization.regionMatches(true, 0, "Basic ", 0, 6)
					&& request.getRequestedSessionId() == null && request.getSession(false) == null;
		};
		http.authorizeHttpRequests(authorize -> authorize.requestMatchers(open)
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
			.csrf(csrf -> csrf.ignoringRequestMatchers(basicWithoutSession).ignoringRequestMatchers(withoutCsrf))
			.sessionManagement(session -> session.sessionFixation(fixation -> fixation.changeSessionId()))
			.headers(headers -> headers.contentSecurityPolicy(csp -> csp.policyDirectives(CONTENT_SECURITY_POLICY))
				.referrerPolicy(referrer -> referrer.policy(ReferrerPolicy.STRICT_ORIGIN_WHEN_CROSS_ORIGIN))
				.permissionsPolicyHeader(permissions -> permissions.policy(PERMISSIONS_POLICY)))
			.addFilterAfter(new PasswordChangeRequiredFilter(api, messages, locales), AuthorizationFilter.class)
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

	/** Checks the password only after {@link Lockout} has counted the attempt, so that parallel guesses cannot outrun the limit. */
	@Bean
	DaoAuthenticationProvider authenticationProvider(UserDetailsService users, PasswordEncoder encoder, Lockout lockout) {
		DaoAuthenticationProvider provider = new DaoAuthenticationProvider(users) {
			@Override
			protected void additionalAuthenticationChecks(UserDetails user, UsernamePasswordAuthenticationToken authentication) {
				if (user instanceof CurrentUser current && !lockout.admit(current)) {
					throw new LockedException("locked");
				}
				super.additionalAuthenticationChecks(user, authentication);
			}
		};
		provider.setPasswordEncoder(encoder);
		return provider;
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
				getRedirectStrategy().sendRedirect(request, response, PasswordChangeRequiredFilter.CHANGE_PAGE);
				return;
			}
			super.onAuthenticationSuccess(request, response, authentication);
		}
	}
}
