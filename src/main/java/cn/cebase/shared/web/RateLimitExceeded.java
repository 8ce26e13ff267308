package cn.cebase.shared.web;

import java.util.Locale;

import org.springframework.context.MessageSource;

/**
 * A client went over a {@link RateLimited} endpoint's limit; the exception handlers answer 429 with
 * Retry-After and the limit's message.
 */
final class RateLimitExceeded extends RuntimeException {

	private final String name;

	private final RateLimitProperties.Limit limit;

	private final long retryAfterSeconds;

	RateLimitExceeded(String name, RateLimitProperties.Limit limit, long retryAfterSeconds) {
		super("rate limit " + name + " exceeded", null, false, false);
		this.name = name;
		this.limit = limit;
		this.retryAfterSeconds = retryAfterSeconds;
	}

	/** What happened and when to come back. */
	String messageKey() {
		return "error.rateLimit." + name;
	}

	/** The limit, and why there is one. */
	String reasonKey() {
		return messageKey() + ".why";
	}

	long retryAfterSeconds() {
		return retryAfterSeconds;
	}

	/** The message's arguments: the number of requests, the window and the wait, the last two as words. */
	Object[] args(MessageSource messages, Locale locale) {
		return new Object[] { limit.requests(), duration(messages, locale, limit.window().toSeconds()),
				duration(messages, locale, retryAfterSeconds) };
	}

	private static String duration(MessageSource messages, Locale locale, long seconds) {
		if (seconds < 60) {
			return messages.getMessage("error.rateLimit.seconds", new Object[] { seconds }, locale);
		}
		return messages.getMessage("error.rateLimit.minutes", new Object[] { (seconds + 59) / 60 }, locale);
	}
}
