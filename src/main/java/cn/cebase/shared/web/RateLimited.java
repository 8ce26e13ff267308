package cn.cebase.shared.web;

import java.lang.annotation.Documented;
import java.lang.annotation.ElementType;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;

/**
 * A public endpoint that one client may call only so often: at most the requests of the limit named
 * {@code value} under {@code cebase.rate-limits} per window, counted per client address. Beyond it a page
 * answers 429 with the bundle's {@code error.rateLimit.<value>} and an API 429 as a problem detail, both
 * with Retry-After.
 */
@Target({ ElementType.METHOD, ElementType.TYPE })
@Retention(RetentionPolicy.RUNTIME)
@Documented
public @interface RateLimited {

	/** The name of the limit in {@code cebase.rate-limits}, and of its message. */
	String value();
}
