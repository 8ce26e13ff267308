package cn.cebase.identity;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Duration;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class PasswordRuleTests {

	private final PasswordRule rule = new PasswordRule(new SecurityProperties(5, Duration.ofMinutes(15), 8));

	@ParameterizedTest
	@CsvSource({ "Mgq83kzt, ", "abc1234, password.tooShort", "abcdefgh, password.lettersAndDigits",
			"12345678, password.lettersAndDigits", "zhangsan99, password.containsUsername",
			"密码密码密码1234, " })
	void checksLengthMixAndUsername(String password, String key) {
		assertThat(rule.problemWith(password, "zhangsan").orElse(null)).isEqualTo(key);
	}

	@ParameterizedTest
	@CsvSource({ "password1", "a1234567", "Password1", "P@ssw0rd", "1qaz2wsx", "woaini1314", "Abc12345" })
	void refusesTheCommonPasswordsThatPassEveryOtherRule(String password) {
		assertThat(rule.problemWith(password, "zhangsan")).contains("password.common");
	}
}
