package cn.cebase.shared.web;

import java.time.Duration;
import java.util.Map;

import org.springframework.boot.context.properties.ConfigurationProperties;

/**
 * The limits of {@link RateLimited} endpoints by name, under {@code cebase.rate-limits}: for instance
 * {@code verify: {requests: 30, window: 1m}}.
 */
@ConfigurationProperties("cebase")
public record RateLimitProperties(Map<String, Limit> rateLimits) {

	public RateLimitProperties {
		rateLimits = rateLimits == null ? Map.of() : Map.copyOf(rateLimits);
	}

	/** At most {@code requests} requests from one client in each {@code window}. */
	public record Limit(int requests, Duration window) {

		public Limit {
			if (requests <= 0 || window == null || window.isNegative() || window.isZero()) {
				throw new IllegalArgumentException(
						"a rate limit needs a positive number of requests and a window, not " + requests + " per " + window);
			}
		}
	}

	Limit limit(String name) {
		Limit limit = rateLimits.get(name);
		if (limit == null) {
			throw new IllegalStateException("No limit cebase.rate-limits." + name + " is configured");
		}
		return limit;
	}
}
