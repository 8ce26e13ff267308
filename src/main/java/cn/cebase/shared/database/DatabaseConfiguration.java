package cn.cebase.shared.database;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.SQLException;
import java.sql.Statement;

import javax.sql.DataSource;

import com.zaxxer.hikari.HikariConfig;
import com.zaxxer.hikari.HikariDataSource;
import io.zonky.test.db.postgres.embedded.EmbeddedPostgres;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

/**
 * The one DataSource: the external PostgreSQL named by {@code CEBASE_DB_URL}, or, in the default
 * mode only, an embedded PostgreSQL kept under the data directory. Production never falls back
 * to the embedded database: a silent fallback loses data (Keycloak issue 14811).
 */
@Configuration(proxyBeanMethods = false)
class DatabaseConfiguration {

	private static final Logger log = LoggerFactory.getLogger(DatabaseConfiguration.class);

	static final String EMBEDDED_DATABASE = "cebase";

	@Bean(destroyMethod = "close")
	HikariDataSource dataSource(DatabaseProperties properties, EmbeddedDatabase embedded) {
		HikariConfig config = new HikariConfig();
		config.setPoolName("cebase");
		config.setMaximumPoolSize(properties.maximumPoolSize());
		if (properties.external()) {
			config.setJdbcUrl(properties.url());
			config.setUsername(properties.user());
			config.setPassword(properties.password());
			log.info("Using the external PostgreSQL at {}", properties.url());
		}
		else {
			config.setJdbcUrl(embedded.jdbcUrl());
			config.setUsername("postgres");
		}
		return new HikariDataSource(config);
	}

	@Bean(destroyMethod = "close")
	EmbeddedDatabase embeddedDatabase(DatabaseProperties properties) {
		if (properties.external()) {
			return EmbeddedDatabase.NONE;
		}
		if (properties.required()) {
			throw new ExternalDatabaseMissingException();
		}
		return EmbeddedDatabase.start(properties.dataDir());
	}

	/** The embedded server, if this run has one; closing it stops PostgreSQL. */
	static final class EmbeddedDatabase implements AutoCloseable {

		static final EmbeddedDatabase NONE = new EmbeddedDatabase(null);

		private final EmbeddedPostgres postgres;

		private EmbeddedDatabase(EmbeddedPostgres postgres) {
			this.postgres = postgres;
		}

		static EmbeddedDatabase start(Path dataDir) {
			Path absolute = dataDir.toAbsolutePath().normalize();
			try {
				Files.createDirectories(absolute);
				boolean fresh = !Files.exists(absolute.resolve("pg/PG_VERSION"));
				StalePostmaster.stopIfOrphaned(absolute.resolve("pg"));
				EmbeddedPostgres postgres = EmbeddedPostgres.builder()
					.setDataDirectory(absolute.resolve("pg"))
					.setCleanDataDirectory(false)
					// Spring stops it, after the pool and everything that uses it; zonky's own JVM hook raced
					// the context's shutdown and left it waiting out a 30 s connection timeout
					.setRegisterShutdownHook(false)
					.setOverrideWorkingDirectory(absolute.resolve("pg-runtime").toFile())
					.setLocaleConfig("encoding", "UTF8")
					.setLocaleConfig("locale", "C.UTF-8")
					// zonky's defaults are for throwaway test databases: it passes -F (fsync off) and sets
					// synchronous_commit=off, so a crash loses acknowledged writes; a later -c wins over -F
					.setServerConfig("fsync", "on")
					.setServerConfig("synchronous_commit", "on")
					.setServerConfig("full_page_writes", "on")
					.setServerConfig("max_connections", "100")
					.setServerConfig("shared_buffers", "128MB")
					.start();
				createDatabaseIfMissing(postgres.getPostgresDatabase());
				log.info("Embedded PostgreSQL {} on port {}, data in {}", fresh ? "initialised" : "started",
						postgres.getPort(), absolute.resolve("pg"));
				return new EmbeddedDatabase(postgres);
			}
			catch (IOException ex) {
				throw new UncheckedIOException("Could not start the embedded PostgreSQL in " + absolute, ex);
			}
		}

		private static void createDatabaseIfMissing(DataSource admin) {
			try (Connection connection = admin.getConnection(); Statement statement = connection.createStatement()) {
				var rs = statement.executeQuery("select 1 from pg_database where datname = '" + EMBEDDED_DATABASE + "'");
				if (!rs.next()) {
					statement.execute("create database " + EMBEDDED_DATABASE + " encoding 'UTF8'");
				}
			}
			catch (SQLException ex) {
				throw new IllegalStateException("Could not create the embedded database", ex);
			}
		}

		String jdbcUrl() {
			return "jdbc:postgresql://localhost:" + postgres.getPort() + "/" + EMBEDDED_DATABASE;
		}

		@Override
		public void close() throws IOException {
			if (postgres != null) {
				postgres.close();
			}
		}
	}
}
