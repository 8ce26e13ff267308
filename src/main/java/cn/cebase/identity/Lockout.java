package cn.cebase.identity;

import java.time.Clock;

import org.springframework.context.event.EventListener;
import org.springframework.security.authentication.event.AuthenticationFailureBadCredentialsEvent;
import org.springframework.security.authentication.event.AuthenticationSuccessEvent;
import org.springframework.stereotype.Component;

/** Locks an account after repeated wrong passwords, and clears the count on a good one. */
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

	@EventListener
	void on(AuthenticationFailureBadCredentialsEvent event) {
		accounts.recordFailure(event.getAuthentication().getName(), properties.maxFailedAttempts(),
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
