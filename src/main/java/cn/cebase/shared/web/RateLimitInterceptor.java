package cn.cebase.shared.web;

import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;

import org.springframework.web.method.HandlerMethod;
import org.springframework.web.servlet.HandlerInterceptor;

/**
 * Counts the requests to {@link RateLimited} handlers per client address and refuses those over the limit
 * before the handler runs, by an exception that the page and API exception handlers turn into a 429.
 *
 * <p>The client is the request's remote address. Behind a reverse proxy that would be the proxy's, for
 * everyone; {@link TrustedProxies} has Tomcat take the client from X-Forwarded-For when, and only when, the
 * request comes from one of the proxies configured in {@code cebase.trusted-proxies}, so that a client cannot
 * choose its own address.
 */
final class RateLimitInterceptor implements HandlerInterceptor {

	private final RateLimitProperties properties;

	private final RateLimiter limiter;

	RateLimitInterceptor(RateLimitProperties properties, RateLimiter limiter) {
		this.properties = properties;
		this.limiter = limiter;
	}

	@Override
	public boolean preHandle(HttpServletRequest request, HttpServletResponse response, Object handler) {
		if (!(handler instanceof HandlerMethod method)) {
			return true;
		}
		RateLimited limited = limitOf(method);
		if (limited == null) {
			return true;
		}
		RateLimitProperties.Limit limit = properties.limit(limited.value());
		RateLimiter.Decision decision = limiter.acquire(limited.value(), request.getRemoteAddr(), limit);
		if (!decision.admitted()) {
			throw new RateLimitExceeded(limited.value(), limit, decision.retryAfterSeconds());
		}
		return true;
	}

	/** The handler's {@link RateLimited}, on the method or else on its controller; null when it has none. */
	static RateLimited limitOf(HandlerMethod method) {
		RateLimited limited = method.getMethodAnnotation(RateLimited.class);
		return limited != null ? limited : method.getBeanType().getAnnotation(RateLimited.class);
	}
}
