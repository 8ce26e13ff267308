package cn.cebase.shared.web;

/**
 * A path that anyone may open without signing in, contributed by the module that serves it.
 * {@code anonymousWrites}: anonymous clients post to it without a session (an API registration),
 * so there is no session for a CSRF token to protect and none is asked for.
 */
public record PublicPath(String pattern, boolean anonymousWrites) {

	public static PublicPath of(String pattern) {
		return new PublicPath(pattern, false);
	}

	public static PublicPath acceptingAnonymousWrites(String pattern) {
		return new PublicPath(pattern, true);
	}
}
