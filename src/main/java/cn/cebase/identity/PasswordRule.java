package cn.cebase.identity;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.Locale;
import java.util.Optional;
import java.util.Set;
import java.util.stream.Collectors;

import org.springframework.stereotype.Component;

/**
 * 密码规则: at least the configured length, at most 64, letters and digits both, not the
 * username, and not one of the passwords attackers try first ({@code common-passwords.txt}).
 * Answers the message key of the first thing wrong.
 */
@Component
public class PasswordRule {

	static final int MAX_LENGTH = 64;

	private static final Set<String> COMMON = load("common-passwords.txt");

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
		if (COMMON.contains(password.toLowerCase(Locale.ROOT))) {
			return Optional.of("password.common");
		}
		return Optional.empty();
	}

	public int minLength() {
		return properties.passwordMinLength();
	}

	private static Set<String> load(String resource) {
		try (InputStream in = PasswordRule.class.getResourceAsStream(resource)) {
			if (in == null) {
				throw new IllegalStateException("Missing " + resource + " beside " + PasswordRule.class.getName());
			}
			return new String(in.readAllBytes(), StandardCharsets.UTF_8).lines()
				.map(String::strip)
				.filter(line -> !line.isEmpty() && !line.startsWith("#"))
				.map(line -> line.toLowerCase(Locale.ROOT))
				.collect(Collectors.toUnmodifiableSet());
		}
		catch (IOException ex) {
			throw new UncheckedIOException(ex);
		}
	}
}
