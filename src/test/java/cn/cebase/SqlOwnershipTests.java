package cn.cebase;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import java.util.TreeSet;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;

import org.junit.jupiter.api.Test;

/**
 * No module's SQL names another module's tables (DESIGN §4): it joins the views the owner publishes as
 * its SQL API, or asks the owner's Java API. A table belongs to the module whose migration folder creates
 * it, unless a later migration of another module claims it with a line {@code -- owns: <table>}; views
 * are published and anyone may join them. The SQL is what the string literals of a module's main sources
 * say (adjacent literals joined by {@code +} read as one), so comments and names in Java code do not count.
 */
class SqlOwnershipTests {

	private static final Path MIGRATIONS = Path.of("src/main/resources/db/migration");

	private static final Path SOURCES = Path.of("src/main/java/cn/cebase");

	/**
	 * The SQL that still names another module's table, as {@code module file: table}, with the reason.
	 * Keep it short: each entry is a debt, and an entry that no longer matches anything fails the test.
	 */
	private static final Map<String, String> EXCEPTIONS = Map.of();

	private static final Pattern CREATE_TABLE = Pattern
		.compile("(?i)\\bcreate\\s+(?:unlogged\\s+)?table\\s+(?:if\\s+not\\s+exists\\s+)?(\\w+)");

	private static final Pattern CREATE_VIEW = Pattern.compile("(?i)\\bcreate\\s+(?:or\\s+replace\\s+)?view\\s+(\\w+)");

	private static final Pattern OWNS = Pattern.compile("(?m)^\\s*--\\s*owns:\\s*(\\w+)\\s*$");

	private static final Pattern TABLE_REFERENCE = Pattern.compile("(?i)\\b(?:from|join|into|update|table)\\s+(\\w+)");

	@Test
	void noModuleNamesAnotherModulesTables() throws IOException {
		Map<String, String> owners = owners();
		Set<String> found = new TreeSet<>();
		List<String> offenders = new ArrayList<>();
		for (Path file : files(SOURCES, ".java")) {
			Path relative = SOURCES.relativize(file);
			if (relative.getNameCount() < 2) {
				continue; // the application class, in no module
			}
			String module = relative.getName(0).toString();
			Set<String> named = tablesNamedIn(Files.readString(file));
			for (String table : named) {
				String owner = owners.get(table);
				if (owner == null || owner.equals(module)) {
					continue;
				}
				String reference = module + " " + file.getFileName() + ": " + table;
				found.add(reference);
				if (!EXCEPTIONS.containsKey(reference)) {
					offenders.add(reference + " (" + owner + ")");
				}
			}
		}
		assertThat(offenders).as("SQL naming another module's table: join the owner's published view instead")
			.isEmpty();
		assertThat(EXCEPTIONS.keySet()).as("exceptions that no longer apply").allMatch(found::contains);
	}

	@Test
	void ownershipComesFromTheMigrationsAndTheirMarkers() throws IOException {
		Map<String, String> owners = owners();
		assertThat(owners).containsEntry("declaration", "declaration")
			.containsEntry("user_account", "identity")
			// created with recognition (V20261125_1100), claimed by the base module (V20261203_1200)
			.containsEntry("base", "base")
			.doesNotContainKeys("organization_names", "user_names");
		assertThat(tablesNamedIn("class X { String s = \"select i.name from declaration_states d\"\n"
				+ "\t+ \" join institution i on i.id = d.institution_id\"; // from user_account\n"
				+ "\tchar c = '\"'; String t = \"\"\"\n\t\tupdate stored_file set size = 0\"\"\"; }"))
			.containsExactlyInAnyOrder("declaration_states", "institution", "stored_file");
	}

	/** Table → owning module, from {@code create table} per migration folder and {@code -- owns:} markers. */
	private static Map<String, String> owners() throws IOException {
		Map<String, String> created = new TreeMap<>();
		Map<String, String> claimed = new TreeMap<>();
		Set<String> views = new TreeSet<>();
		for (Path migration : files(MIGRATIONS, ".sql")) {
			String module = MIGRATIONS.relativize(migration).getName(0).toString();
			String sql = Files.readString(migration);
			OWNS.matcher(sql).results().forEach(m -> claimed.put(m.group(1).toLowerCase(), module));
			String code = sql.replaceAll("--[^\n]*", "");
			CREATE_TABLE.matcher(code).results().forEach(m -> created.put(m.group(1).toLowerCase(), module));
			CREATE_VIEW.matcher(code).results().forEach(m -> views.add(m.group(1).toLowerCase()));
		}
		assertThat(created).as("tables").isNotEmpty();
		assertThat(claimed.keySet()).as("-- owns: markers name tables that exist").allMatch(created::containsKey);
		Map<String, String> owners = new TreeMap<>(created);
		owners.putAll(claimed);
		owners.keySet().removeAll(views);
		return owners;
	}

	/** The table names that follow from/join/into/update/table in the Java source's string literals. */
	static Set<String> tablesNamedIn(String java) {
		Set<String> tables = new TreeSet<>();
		Matcher m = TABLE_REFERENCE.matcher(literals(java));
		while (m.find()) {
			tables.add(m.group(1).toLowerCase());
		}
		return tables;
	}

	/**
	 * The contents of the string literals and text blocks, comments and char literals skipped; literals
	 * joined by {@code +} are joined, others separated by a character no SQL word runs across.
	 */
	private static String literals(String java) {
		StringBuilder out = new StringBuilder();
		boolean afterLiteral = false;
		boolean joinNext = false;
		int i = 0;
		while (i < java.length()) {
			char c = java.charAt(i);
			if (java.startsWith("//", i)) {
				i = lineEnd(java, i);
			}
			else if (java.startsWith("/*", i)) {
				int end = java.indexOf("*/", i + 2);
				i = end < 0 ? java.length() : end + 2;
			}
			else if (c == '"') {
				String quote = java.startsWith("\"\"\"", i) ? "\"\"\"" : "\"";
				int start = i + quote.length();
				int end = closing(java, start, quote);
				out.append(joinNext ? "" : "\u0000").append(java, start, end);
				i = end + quote.length();
				afterLiteral = true;
				joinNext = false;
			}
			else if (Character.isWhitespace(c)) {
				i++;
			}
			else {
				joinNext = afterLiteral && c == '+';
				afterLiteral = false;
				// a char literal, so that '"' opens no string
				i = c == '\'' ? closing(java, i + 1, "'") + 1 : i + 1;
			}
		}
		return out.toString();
	}

	/** The index of the quote that closes a literal begun at {@code from}, skipping escapes. */
	private static int closing(String java, int from, String quote) {
		int i = from;
		while (i < java.length() && !java.startsWith(quote, i)) {
			i += java.charAt(i) == '\\' ? 2 : 1;
		}
		return Math.min(i, java.length());
	}

	private static int lineEnd(String java, int from) {
		int end = java.indexOf('\n', from);
		return end < 0 ? java.length() : end;
	}

	private static List<Path> files(Path root, String suffix) throws IOException {
		try (Stream<Path> paths = Files.walk(root)) {
			return paths.filter(p -> p.toString().endsWith(suffix)).sorted().toList();
		}
	}
}
