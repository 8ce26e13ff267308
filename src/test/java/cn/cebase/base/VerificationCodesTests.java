package cn.cebase.base;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.HashSet;
import java.util.Set;

import org.junit.jupiter.api.Test;

/** The plaque's code: 16 characters a person can read off the plaque without confusing 0 with O or 1 with I or L. */
class VerificationCodesTests {

	@Test
	void codesAreSixteenUnambiguousCharacters() {
		for (int i = 0; i < 200; i++) {
			String code = VerificationCodes.next();
			assertThat(code).hasSize(16).doesNotContain("0", "1", "O", "I", "L");
			assertThat(code.chars()).allMatch(c -> VerificationCodes.ALPHABET.indexOf(c) >= 0);
		}
	}

	@Test
	void codesDoNotRepeat() {
		Set<String> seen = new HashSet<>();
		for (int i = 0; i < 10_000; i++) {
			assertThat(seen.add(VerificationCodes.next())).isTrue();
		}
		// every character of the alphabet turns up, so none is left out by mistake
		assertThat(String.join("", seen).chars().distinct().count()).isEqualTo(VerificationCodes.ALPHABET.length());
	}
}
