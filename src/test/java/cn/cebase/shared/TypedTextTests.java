package cn.cebase.shared;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.List;

import org.junit.jupiter.api.Test;

class TypedTextTests {

	@Test
	void aTypedTextIsStrippedAndCheckedForPresenceAndLength() {
		List<BusinessException> problems = new ArrayList<>();
		assertThat(TypedText.checked(problems, "name", "  王五 ", 2, true)).isEqualTo("王五");
		assertThat(problems).isEmpty();

		assertThat(TypedText.checked(problems, "name", " \t", 2, true)).isNull();
		assertThat(TypedText.checked(problems, "note", null, 2, false)).isNull();
		assertThat(problems).singleElement().satisfies(p -> {
			assertThat(p.field()).isEqualTo("name");
			assertThat(p.messageKey()).isEqualTo("validation.required");
		});

		problems.clear();
		// counted once stripped: the spaces around do not count against the limit
		assertThat(TypedText.checked(problems, "text", " 三个字 ", 3, false)).isEqualTo("三个字");
		assertThat(TypedText.checked(problems, "text", "四个字了", 3, false)).isNull();
		assertThat(problems).singleElement().satisfies(p -> {
			assertThat(p.messageKey()).isEqualTo("validation.tooLong");
			assertThat(p.args()).containsExactly(3);
		});
	}
}
