package cn.cebase.policy;

import java.io.IOException;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.util.HashMap;
import java.util.Map;

import org.flywaydb.core.api.migration.BaseJavaMigration;
import org.flywaydb.core.api.migration.Context;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

import org.springframework.core.io.Resource;
import org.springframework.core.io.support.PathMatchingResourcePatternResolver;
import org.springframework.stereotype.Component;

/**
 * Rewrites every stored profile document of the first, flat shape into the sections (application,
 * review, operation, supervision, credit), so that a database filled before the change reads its
 * profiles after it. The values the old document had are kept; the new operation, supervision and
 * credit values come from the built-in profile of the same code. Documents already in sections are
 * left alone. A versioned migration (Flyway reads the version from the class name): runs once.
 */
@Component
class V20261203_1400__PolicyProfileSections extends BaseJavaMigration {

	@Override
	public void migrate(Context context) throws Exception {
		JsonMapper json = JsonMapper.builder().build();
		convertAll(context.getConnection(), json, builtIn(json));
	}

	/** The built-in documents by code, as the classpath has them now. */
	static Map<String, JsonNode> builtIn(JsonMapper json) throws IOException {
		Map<String, JsonNode> byCode = new HashMap<>();
		for (Resource resource : new PathMatchingResourcePatternResolver().getResources("classpath:policy/*.json")) {
			try (var in = resource.getInputStream()) {
				JsonNode document = json.readTree(in);
				byCode.put(document.get("code").asString(), document);
			}
		}
		return byCode;
	}

	/** Converts each flat document in place; returns how many were converted. */
	static int convertAll(Connection connection, JsonMapper json, Map<String, JsonNode> builtIn) throws Exception {
		FlatProfiles flat = new FlatProfiles(json);
		int converted = 0;
		try (PreparedStatement select = connection.prepareStatement("select id, code, document from policy_profile order by id");
				PreparedStatement update = connection.prepareStatement("update policy_profile set document = ? where id = ?");
				ResultSet rows = select.executeQuery()) {
			while (rows.next()) {
				JsonNode document = json.readTree(rows.getString(3));
				if (!FlatProfiles.isFlat(document)) {
					continue;
				}
				update.setString(1, json.writeValueAsString(flat.sectioned(document, builtIn.get(rows.getString(2)))));
				update.setLong(2, rows.getLong(1));
				update.executeUpdate();
				converted++;
			}
		}
		return converted;
	}
}
