package cn.cebase.shared;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.ValueSource;

/** GB 11643-1999, with the examples of DESIGN.md §7. */
class ResidentIdNumberTests {

	private static final LocalDate TODAY = LocalDate.of(2026, 11, 21);

	@ParameterizedTest
	@ValueSource(strings = { "11010519491231002X", "440524188001010014" })
	void acceptsValidNumbers(String id) {
		assertThat(ResidentIdNumber.problemWith(id, TODAY)).isEmpty();
	}

	@ParameterizedTest
	@ValueSource(strings = { "11010519491231002x", " 11010519491231002x " })
	void acceptsLowerCaseX(String id) {
		assertThat(ResidentIdNumber.parse(id).value()).isEqualTo("11010519491231002X");
	}

	@ParameterizedTest
	@CsvSource({ "110105194912310021, idNumber.checksum", "11010519491331002X, idNumber.birthDate",
			"11010520991231002X, idNumber.birthDate", "1101051949123100, idNumber.format", "'', idNumber.required" })
	void explainsWhatIsWrong(String id, String key) {
		assertThat(ResidentIdNumber.problemWith(id, TODAY)).contains(key);
	}
}
