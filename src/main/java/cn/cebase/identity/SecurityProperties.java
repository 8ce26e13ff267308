package cn.cebase.identity;

import java.time.Duration;

import org.springframework.boot.context.properties.ConfigurationProperties;

/**
 * Sign-in rules an installation may tune: lock an account for {@code lockDuration} after
 * {@code maxFailedAttempts} wrong passwords in a row; passwords at least {@code passwordMinLength}.
 */
@ConfigurationProperties("cebase.security")
public record SecurityProperties(int maxFailedAttempts, Duration lockDuration, int passwordMinLength) {

	public SecurityProperties {
		maxFailedAttempts = maxFailedAttempts <= 0 ? 5 : maxFailedAttempts;
		lockDuration = lockDuration == null ? Duration.ofMinutes(15) : lockDuration;
		passwordMinLength = passwordMinLength <= 0 ? 8 : passwordMinLength;
	}
}
