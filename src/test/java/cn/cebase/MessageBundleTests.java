package cn.cebase;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.io.InputStreamReader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Properties;
import java.util.Set;
import java.util.TreeSet;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;

import org.junit.jupiter.api.Test;

/**
 * Every text a user reads comes from the message bundles (the petclinic habit): templates hold no
 * Chinese outside th: attributes, every key they or the code name exists, and English has them all.
 */
class MessageBundleTests {

	private static final Path TEMPLATES = Path.of("src/main/resources/templates");

	private static final Pattern HAN = Pattern.compile("\\p{IsHan}");

	@Test
	void templatesHoldNoChineseOfTheirOwn() throws IOException {
		List<String> offenders = new ArrayList<>();
		for (Path template : files(TEMPLATES, ".html")) {
			// text of th: attributes is replaced at render time; anything left is what a user would read
			String stripped = Files.readString(template).replaceAll("th:[a-zA-Z-]+=\"[^\"]*\"", "");
			Matcher han = HAN.matcher(stripped);
			if (han.find()) {
				offenders.add(template + ": …" + stripped.substring(Math.max(0, han.start() - 30), Math.min(stripped.length(), han.start() + 30)));
			}
		}
		assertThat(offenders).isEmpty();
	}

	@Test
	void chineseAndEnglishHaveTheSameKeys() throws IOException {
		assertThat(bundle("messages_en.properties").stringPropertyNames())
			.containsExactlyInAnyOrderElementsOf(bundle("messages.properties").stringPropertyNames());
	}

	@Test
	void chineseAndEnglishUseTheSamePlaceholders() throws IOException {
		Properties zh = bundle("messages.properties");
		Properties en = bundle("messages_en.properties");
		Pattern placeholder = Pattern.compile("\\{\\d+(,[^}]*)?}");
		Set<String> different = new TreeSet<>();
		for (String key : zh.stringPropertyNames()) {
			Set<String> zhArgs = new TreeSet<>();
			placeholder.matcher(zh.getProperty(key)).results().forEach(r -> zhArgs.add(r.group()));
			Set<String> enArgs = new TreeSet<>();
			placeholder.matcher(en.getProperty(key, "")).results().forEach(r -> enArgs.add(r.group()));
			if (!zhArgs.equals(enArgs)) {
				different.add(key + ": " + zhArgs + " / " + enArgs);
			}
		}
		assertThat(different).isEmpty();
	}

	@Test
	void everyKeyNamedInTemplatesExists() throws IOException {
		Set<String> keys = bundle("messages.properties").stringPropertyNames();
		Set<String> missing = new TreeSet<>();
		Pattern literal = Pattern.compile("#\\{([a-zA-Z][\\w.]*[\\w])(\\(|})");
		for (Path template : files(TEMPLATES, ".html")) {
			Matcher m = literal.matcher(Files.readString(template));
			while (m.find()) {
				if (!keys.contains(m.group(1))) {
					missing.add(template.getFileName() + ": " + m.group(1));
				}
			}
		}
		assertThat(missing).isEmpty();
	}

	@Test
	void everyKeyTheCodeRefusesWithExists() throws IOException {
		Set<String> keys = bundle("messages.properties").stringPropertyNames();
		Set<String> missing = new TreeSet<>();
		Pattern key = Pattern.compile("\"((?:validation|error|institution|user|password|creditCode|idNumber|region|organization"
				+ "|credit|audit|notification|register|home|policy|eligibility|call|file|declaration|review|expert|panel|rubric|score|ranking|inspection|decision|publicity|objection|recognition|publication|base|plaque|registry)\\.[A-Za-z][\\w.]*[A-Za-z])\"");
		for (Path source : files(Path.of("src/main/java"), ".java")) {
			String text = Files.readString(source);
			Matcher m = key.matcher(text);
			while (m.find()) {
				// a literal is either a message key or an audit action code, shown by its name under audit.action.
				if (!keys.contains(m.group(1)) && !keys.contains("audit.action." + m.group(1))) {
					missing.add(source.getFileName() + ": " + m.group(1));
				}
			}
		}
		assertThat(missing).isEmpty();
	}

	@Test
	void everyEnumShownToUsersHasItsName() throws IOException {
		Set<String> keys = bundle("messages.properties").stringPropertyNames();
		for (Enum<?> value : cn.cebase.institution.InstitutionStatus.values()) {
			assertThat(keys).contains("institution.status." + value.name(), "home.institution.hint." + value.name());
		}
		for (Enum<?> value : cn.cebase.institution.InstitutionType.values()) {
			assertThat(keys).contains("institution.type." + value.name());
		}
		for (Enum<?> value : cn.cebase.institution.CreditRecordKind.values()) {
			assertThat(keys).contains("credit.kind." + value.name());
		}
		for (Enum<?> value : cn.cebase.organization.OrganizationKind.values()) {
			assertThat(keys).contains("organization.kind." + value.name());
		}
		for (Enum<?> value : cn.cebase.identity.Role.values()) {
			assertThat(keys).contains("role." + value.name());
		}
	}

	private static Properties bundle(String name) throws IOException {
		Properties properties = new Properties();
		try (var reader = new InputStreamReader(Files.newInputStream(Path.of("src/main/resources", name)),
				StandardCharsets.UTF_8)) {
			properties.load(reader);
		}
		return properties;
	}

	private static List<Path> files(Path root, String suffix) throws IOException {
		try (Stream<Path> paths = Files.walk(root)) {
			return paths.filter(p -> p.toString().endsWith(suffix)).toList();
		}
	}
}
