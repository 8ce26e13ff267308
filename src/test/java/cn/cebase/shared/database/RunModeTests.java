package cn.cebase.shared.database;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.nio.file.Files;
import java.nio.file.Path;

import cn.cebase.CeBaseApplication;
import cn.cebase.Fixtures;
import cn.cebase.institution.InstitutionManagement;
import io.zonky.test.db.postgres.embedded.EmbeddedPostgres;

import org.junit.jupiter.api.Test;

import org.springframework.boot.builder.SpringApplicationBuilder;
import org.springframework.boot.diagnostics.FailureAnalysis;
import org.springframework.context.ConfigurableApplicationContext;
import org.springframework.jdbc.core.simple.JdbcClient;

/**
 * The two run modes: the default keeps an embedded PostgreSQL under the data directory and fills a
 * demo world once; production refuses to start without an external database and never makes demo data.
 */
class RunModeTests {

	private static final String PUBLIC_URL = "--cebase.public-url=https://jxjy.hrss.example.cn";

	@Test
	void productionRefusesToStartWithoutAnExternalDatabase() {
		assertThatThrownBy(() -> application().profiles("prod").run("--cebase.db.url=", "--server.port=0", PUBLIC_URL))
			.hasRootCauseInstanceOf(ExternalDatabaseMissingException.class);
	}

	@Test
	void theRefusalSaysWhatToSet() {
		FailureAnalysis analysis = new ExternalDatabaseMissingFailureAnalyzer().analyze(new ExternalDatabaseMissingException());
		assertThat(analysis.getDescription()).contains("生产模式", "PostgreSQL");
		assertThat(analysis.getAction()).contains("CEBASE_DB_URL", "CEBASE_DB_USER", "CEBASE_DB_PASSWORD");
	}

	@Test
	void productionUsesTheGivenDatabaseAndCreatesNoDemoData() throws Exception {
		Path dir = Files.createTempDirectory(Path.of("target"), "prod-db");
		try (EmbeddedPostgres external = EmbeddedPostgres.builder()
			.setDataDirectory(dir.resolve("pg"))
			.setOverrideWorkingDirectory(dir.resolve("run").toFile())
			.start();
				ConfigurableApplicationContext context = application().profiles("prod")
					.run("--cebase.db.url=jdbc:postgresql://localhost:" + external.getPort() + "/postgres",
							"--cebase.db.user=postgres", "--cebase.db.password=", "--server.port=0", PUBLIC_URL,
							"--cebase.admin.initial-password=Start2026go")) {
			JdbcClient jdbc = context.getBean(JdbcClient.class);
			assertThat(count(jdbc, "select count(*) from organization where code like 'hrss-%'")).isZero();
			assertThat(count(jdbc, "select count(*) from institution")).isZero();
			assertThat(count(jdbc, "select count(*) from region")).isGreaterThan(3000);
			assertThat(jdbc.sql("select username || ':' || must_change_password from user_account").query(String.class).list())
				.containsExactly("admin:true");
			assertThat(context.getBeanNamesForType(Class.forName("cn.cebase.demo.DemoWorld"))).isEmpty();
		}
	}

	@Test
	void theDefaultModeKeepsItsDataBetweenRuns() throws Exception {
		Path dataDir = Files.createTempDirectory(Path.of("target"), "data");
		String username;
		try (ConfigurableApplicationContext first = application().run("--cebase.db.url=", "--server.port=0",
				"--cebase.db.data-dir=" + dataDir)) {
			var registration = Fixtures.trainingSchoolInFuzhou();
			first.getBean(InstitutionManagement.class).register(registration);
			username = registration.username();
		}
		assertThat(dataDir.resolve("pg/PG_VERSION")).exists();
		try (ConfigurableApplicationContext second = application().run("--cebase.db.url=", "--server.port=0",
				"--cebase.db.data-dir=" + dataDir)) {
			JdbcClient jdbc = second.getBean(JdbcClient.class);
			assertThat(count(jdbc, "select count(*) from user_account where username = '" + username + "'")).isEqualTo(1);
			// the demo world was made once, not again
			assertThat(count(jdbc, "select count(*) from organization where code = 'hrss-220000'")).isEqualTo(1);
		}
	}

	@Test
	void productionRefusesToStartWithoutThePublicUrlAndSaysSo() {
		assertThatThrownBy(() -> new ProductionConfiguration().publicUrlIsSet(" ").afterPropertiesSet())
			.isInstanceOf(PublicUrlMissingException.class);
		FailureAnalysis analysis = new PublicUrlMissingFailureAnalyzer().analyze(new PublicUrlMissingException());
		assertThat(analysis.getDescription()).contains("CEBASE_PUBLIC_URL", "生产模式").doesNotContain("\n");
		assertThat(analysis.getAction()).contains("CEBASE_PUBLIC_URL");
	}

	@Test
	void anExternalDatabaseGetsNoDemoDataOutsideProductionAndABadFirstAdministratorPasswordIsRefusedInOneLine()
			throws Exception {
		Path dir = Files.createTempDirectory(Path.of("target"), "external-db");
		try (EmbeddedPostgres external = EmbeddedPostgres.builder()
			.setDataDirectory(dir.resolve("pg"))
			.setOverrideWorkingDirectory(dir.resolve("run").toFile())
			.start()) {
			String url = "--cebase.db.url=jdbc:postgresql://localhost:" + external.getPort() + "/postgres";
			try (ConfigurableApplicationContext context = application().run(url, "--cebase.db.user=postgres",
					"--cebase.db.password=", "--server.port=0")) {
				JdbcClient jdbc = context.getBean(JdbcClient.class);
				assertThat(count(jdbc, "select count(*) from user_account")).isZero();
				assertThat(count(jdbc, "select count(*) from organization where code like 'hrss-%'")).isZero();
				assertThat(context.getEnvironment().getProperty("cebase.demo.enabled")).isEqualTo("false");
				assertThat(context.getBeanNamesForType(Class.forName("cn.cebase.demo.DemoWorld"))).isEmpty();
			}
			assertThatThrownBy(() -> application().profiles("prod").run(url, "--cebase.db.user=postgres",
					"--cebase.db.password=", "--server.port=0", PUBLIC_URL, "--cebase.admin.initial-password=password1"))
				.isInstanceOf(Class.forName("cn.cebase.identity.InitialAdministratorPasswordRefused"))
				.hasMessage("CEBASE_ADMIN_PASSWORD is refused: This password is too common and easy to guess; choose another.");
		}
	}

	@Test
	void theTestProfileAloneMaySeedAnExternalDatabase() {
		var environment = new org.springframework.mock.env.MockEnvironment().withProperty("cebase.db.url", "jdbc:postgresql://db/x")
			.withProperty("cebase.demo.enabled", "true");
		DemoDataGuard guard = new DemoDataGuard(supplier -> supplier.get());
		var allowed = new org.springframework.mock.env.MockEnvironment().withProperty("cebase.db.url", "jdbc:postgresql://db/x")
			.withProperty("cebase.demo.enabled", "true")
			.withProperty(DemoDataGuard.ALLOW, "true");
		guard.postProcessEnvironment(environment, null);
		guard.postProcessEnvironment(allowed, null);
		assertThat(environment.getProperty("cebase.demo.enabled")).isEqualTo("false");
		assertThat(allowed.getProperty("cebase.demo.enabled")).isEqualTo("true");
	}

	private static SpringApplicationBuilder application() {
		return new SpringApplicationBuilder(CeBaseApplication.class).properties("logging.level.root=warn");
	}

	private static long count(JdbcClient jdbc, String sql) {
		return jdbc.sql(sql).query(Long.class).single();
	}
}
