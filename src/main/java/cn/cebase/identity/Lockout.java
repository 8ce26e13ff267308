package cn.cebase.identity;

import java.time.Clock;

import org.springframework.context.event.EventListener;
import org.springframework.security.authentication.event.AuthenticationSuccessEvent;
import org.springframework.stereotype.Component;

/**
 * Locks an account after repeated wrong passwords, and clears the count on a good one. Each
 * attempt is counted before its password is checked ({@link #admit}), so that a hundred guesses
 * sent at once get no more checks than the limit, and the right password sent among them meets a
 * locked account like any other.
 */
@Component
class Lockout {

	private final UserAccounts accounts;

	private final SecurityProperties properties;

	private final Clock clock;

	Lockout(UserAccounts accounts, SecurityProperties properties, Clock clock) {
		this.accounts = accounts;
		this.properties = properties;
		this.clock = clock;
	}

	/** Counts the attempt as failed until it succeeds; false when the account is locked and the password must not be checked. */
	boolean admit(CurrentUser user) {
		return accounts.recordAttempt(user.id(), properties.maxFailedAttempts(), clock.instant(),
				clock.instant().plus(properties.lockDuration()));
	}

	@EventListener
	void on(AuthenticationSuccessEvent event) {
		if (event.getAuthentication().getPrincipal() instanceof CurrentUser user) {
			accounts.recordSuccess(user.id());
			user.eraseCredentials();
		}
	}
}
