package cn.cebase.identity;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.header;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.regex.Pattern;
import java.util.stream.Stream;

import cn.cebase.CeBaseTest;

import org.junit.jupiter.api.Test;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.test.web.servlet.MockMvc;

/**
 * Every answer carries a Content-Security-Policy that allows scripts only from the application,
 * and no template holds a script the policy would block.
 */
@CeBaseTest
class SecurityHeadersTests {

	/** An inline script element, or an on… handler attribute (onclick, onchange, th:onclick …). */
	private static final Pattern INLINE_SCRIPT = Pattern.compile(
			"<script(?![^>]*\\bsrc=)[^>]*>|<script[^>]*\\bth:inline|\\s(th:)?on[a-z]+\\s*=|javascript:", Pattern.CASE_INSENSITIVE);

	@Autowired
	MockMvc mvc;

	@Test
	void pagesAndApiCarryThePolicies() throws Exception {
		for (String path : new String[] { "/", "/login", "/public/bases", "/api/v1/public/bases" }) {
			mvc.perform(get(path))
				.andExpect(header().string("Content-Security-Policy", SecurityConfiguration.CONTENT_SECURITY_POLICY))
				.andExpect(header().string("Referrer-Policy", "strict-origin-when-cross-origin"))
				.andExpect(header().string("Permissions-Policy", SecurityConfiguration.PERMISSIONS_POLICY));
		}
		assertThat(SecurityConfiguration.CONTENT_SECURITY_POLICY).contains("script-src 'self';")
			.doesNotContain("unsafe-eval")
			.doesNotContainPattern("script-src[^;]*unsafe-inline");
	}

	@Test
	void noTemplateHoldsAnInlineScript() throws IOException {
		try (Stream<Path> files = Files.walk(Path.of("src/main/resources/templates"))) {
			List<String> offenders = files.filter(f -> f.toString().endsWith(".html")).flatMap(f -> {
				try {
					return Files.readAllLines(f).stream()
						.filter(line -> INLINE_SCRIPT.matcher(line).find())
						.map(line -> f + ": " + line.strip());
				}
				catch (IOException ex) {
					throw new java.io.UncheckedIOException(ex);
				}
			}).toList();
			assertThat(offenders).isEmpty();
		}
	}
}
