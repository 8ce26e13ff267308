package cn.cebase.shared.database;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.BufferedReader;
import java.io.InputStreamReader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.concurrent.TimeUnit;

import org.junit.jupiter.api.Test;

/**
 * The default mode's embedded PostgreSQL keeps what it acknowledged (fsync and synchronous commit
 * on, unlike zonky's test defaults), and after the application was killed with kill -9 the same
 * start finds the orphaned server, stops it and runs again on the same data.
 */
class EmbeddedDatabaseTests {

	@Test
	void writesAreFlushedBeforeTheyAreAcknowledged() throws Exception {
		Path dataDir = Files.createTempDirectory(Path.of("target"), "durable");
		try (DatabaseConfiguration.EmbeddedDatabase database = DatabaseConfiguration.EmbeddedDatabase.start(dataDir);
				Connection connection = DriverManager.getConnection(database.jdbcUrl(), "postgres", "")) {
			assertThat(setting(connection, "fsync")).isEqualTo("on");
			assertThat(setting(connection, "synchronous_commit")).isEqualTo("on");
			assertThat(setting(connection, "full_page_writes")).isEqualTo("on");
		}
	}

	@Test
	void afterKill9TheSameStartStopsTheOrphanedServerAndRunsOnTheSameData() throws Exception {
		Path dataDir = Files.createTempDirectory(Path.of("target"), "killed").toAbsolutePath();
		Process application = new ProcessBuilder(Path.of(System.getProperty("java.home"), "bin", "java").toString(), "-cp",
				System.getProperty("java.class.path"), KilledApplication.class.getName(), dataDir.toString())
			.redirectErrorStream(true)
			.start();
		try (BufferedReader out = new BufferedReader(new InputStreamReader(application.getInputStream(), StandardCharsets.UTF_8))) {
			String line;
			while ((line = out.readLine()) != null && !line.equals(KilledApplication.READY)) {
				// the child's log, until it has written its row
			}
			assertThat(line).as("the child application started its database").isEqualTo(KilledApplication.READY);
		}
		application.destroyForcibly();
		assertThat(application.waitFor(30, TimeUnit.SECONDS)).isTrue();
		Path pg = dataDir.resolve("pg");
		ProcessHandle orphan = StalePostmaster.runningPostmaster(pg).orElseThrow(
				() -> new AssertionError("kill -9 of the JVM should have left its PostgreSQL running"));

		try (DatabaseConfiguration.EmbeddedDatabase database = DatabaseConfiguration.EmbeddedDatabase.start(dataDir);
				Connection connection = DriverManager.getConnection(database.jdbcUrl(), "postgres", "");
				Statement statement = connection.createStatement();
				ResultSet rs = statement.executeQuery("select note from survivor")) {
			assertThat(rs.next()).isTrue();
			assertThat(rs.getString(1)).isEqualTo("acknowledged before kill -9");
			assertThat(orphan.isAlive()).isFalse();
		}
		finally {
			// a failed run must not leave the orphan behind for the next
			orphan.destroy();
		}
	}

	@Test
	void aServerThatARunningApplicationStillUsesIsLeftAloneAndTheStartRefused() throws Exception {
		Path dataDir = Files.createTempDirectory(Path.of("target"), "in-use");
		try (DatabaseConfiguration.EmbeddedDatabase database = DatabaseConfiguration.EmbeddedDatabase.start(dataDir)) {
			Path pg = dataDir.toAbsolutePath().resolve("pg");
			org.assertj.core.api.Assertions.assertThatThrownBy(() -> StalePostmaster.stopIfOrphaned(pg))
				.isInstanceOf(IllegalStateException.class)
				.hasMessageContaining("another CE-Base that is still running")
				.hasMessageContaining("CEBASE_DATA_DIR");
			assertThat(StalePostmaster.runningPostmaster(pg)).isPresent();
		}
	}

	private static String setting(Connection connection, String name) throws SQLException {
		try (Statement statement = connection.createStatement(); ResultSet rs = statement.executeQuery("show " + name)) {
			rs.next();
			return rs.getString(1);
		}
	}

	/** The application in a JVM of its own: starts the embedded database, writes a row, says so, and waits to be killed. */
	static final class KilledApplication {

		static final String READY = "cebase-test: row written";

		public static void main(String[] args) throws Exception {
			DatabaseConfiguration.EmbeddedDatabase database = DatabaseConfiguration.EmbeddedDatabase.start(Path.of(args[0]));
			try (Connection connection = DriverManager.getConnection(database.jdbcUrl(), "postgres", "");
					Statement statement = connection.createStatement()) {
				statement.execute("create table survivor (note text)");
				statement.execute("insert into survivor values ('acknowledged before kill -9')");
			}
			System.out.println(READY);
			System.out.flush();
			Thread.sleep(TimeUnit.MINUTES.toMillis(5));
		}
	}
}
