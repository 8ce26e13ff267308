package cn.cebase.shared;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.ValueSource;

/** GB 32100-2015 check character, with the examples of DESIGN.md §7. */
class UnifiedSocialCreditCodeTests {

	@ParameterizedTest
	@ValueSource(strings = { "91350100M000100Y43", "91110000101623741K" })
	void acceptsValidCodes(String code) {
		assertThat(UnifiedSocialCreditCode.problemWith(code)).isEmpty();
		assertThat(new UnifiedSocialCreditCode(code).value()).isEqualTo(code);
	}

	@Test
	void normalisesWhatPeopleType() {
		assertThat(UnifiedSocialCreditCode.parse("  91350100m000100y43 ").value()).isEqualTo("91350100M000100Y43");
	}

	@ParameterizedTest
	@CsvSource({ "91350100M000100Y44, creditCode.checksum", "91350100M000100Y4, creditCode.length",
			"91350100M000100Y433, creditCode.length", "91350100I000100Y43, creditCode.characters",
			"9135010OM00010OY43, creditCode.characters", "'', creditCode.required" })
	void explainsWhatIsWrong(String code, String key) {
		assertThat(UnifiedSocialCreditCode.problemWith(code)).contains(key);
	}

	@Test
	void refusesToConstructAnInvalidCode() {
		assertThatThrownBy(() -> new UnifiedSocialCreditCode("91110000101623741X")).isInstanceOf(BusinessException.class)
			.extracting(e -> ((BusinessException) e).messageKey())
			.isEqualTo("creditCode.checksum");
	}

	@Test
	void checkCharacterCompletesTheFirstSeventeen() {
		assertThat(UnifiedSocialCreditCode.checkCharacter("91350100M000100Y4")).isEqualTo('3');
		assertThat(UnifiedSocialCreditCode.checkCharacter("91110000101623741")).isEqualTo('K');
	}

	@Test
	void checkCharacterZeroWhenRemainderIsZero() {
		// find a prefix whose weighted sum is a multiple of 31: the rule maps 31 to 0
		String prefix = null;
		for (int i = 0; i < 1000 && prefix == null; i++) {
			String candidate = String.format("9111000010162%04d", i);
			if (UnifiedSocialCreditCode.checkCharacter(candidate) == '0') {
				prefix = candidate;
			}
		}
		assertThat(prefix).isNotNull();
		assertThat(UnifiedSocialCreditCode.problemWith(prefix + "0")).isEmpty();
	}
}
