package cn.cebase.identity;

import java.util.Locale;
import java.util.Optional;

import org.springframework.stereotype.Component;

/**
 * 密码规则: at least the configured length, at most 64, letters and digits both, and not the
 * username. Answers the message key of the first thing wrong.
 */
@Component
public class PasswordRule {

	static final int MAX_LENGTH = 64;

	private final SecurityProperties properties;

	PasswordRule(SecurityProperties properties) {
		this.properties = properties;
	}

	public Optional<String> problemWith(String password, String username) {
		if (password == null || password.length() < properties.passwordMinLength()) {
			return Optional.of("password.tooShort");
		}
		if (password.length() > MAX_LENGTH) {
			return Optional.of("password.tooLong");
		}
		if (password.chars().noneMatch(Character::isLetter) || password.chars().noneMatch(Character::isDigit)) {
			return Optional.of("password.lettersAndDigits");
		}
		if (username != null && password.toLowerCase(Locale.ROOT).contains(username.toLowerCase(Locale.ROOT))) {
			return Optional.of("password.containsUsername");
		}
		return Optional.empty();
	}

	public int minLength() {
		return properties.passwordMinLength();
	}
}
