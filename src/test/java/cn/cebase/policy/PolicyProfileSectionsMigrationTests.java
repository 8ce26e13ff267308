package cn.cebase.policy;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.sql.Connection;
import java.util.Map;

import javax.sql.DataSource;

import cn.cebase.CeBaseTest;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;
import tools.jackson.databind.node.ObjectNode;

import org.junit.jupiter.api.Test;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.core.io.ClassPathResource;
import org.springframework.jdbc.core.simple.JdbcClient;

/**
 * V20261203_1400: a database filled before the profile had sections reads its profiles after the
 * change. The first-shape documents are those shipped until then (test resources policy-flat/).
 */
@CeBaseTest
class PolicyProfileSectionsMigrationTests {

	private static final JsonMapper JSON = JsonMapper.builder().build();

	@Autowired
	DataSource dataSource;

	@Autowired
	JdbcClient jdbc;

	@Autowired
	PolicyProfiles profiles;

	@Test
	void eachOldBuiltInDocumentBecomesTheNewBuiltInProfile() throws Exception {
		Map<String, JsonNode> builtIn = V20261203_1400__PolicyProfileSections.builtIn(JSON);
		for (String file : new String[] { "fj", "zb", "jl", "sd", "nat6" }) {
			JsonNode flat = flat(file);
			assertThat(FlatProfiles.isFlat(flat)).isTrue();
			ObjectNode sectioned = new FlatProfiles(JSON).sectioned(flat, builtIn.get(flat.get("code").asString()));
			assertThat(FlatProfiles.isFlat(sectioned)).isFalse();
			PolicyProfile converted = JSON.treeToValue(sectioned, PolicyProfile.class);
			// every value of the old document is where the new one has it, and nothing else differs
			assertThat(converted).as(file).isEqualTo(Profiles.BUILT_IN.get(converted.code()));
		}
	}

	@Test
	void anAuthoritysOwnOldVersionIsStoredConvertedAndReadBackWithItsOwnValues() throws Exception {
		ObjectNode old = (ObjectNode) flat("fj");
		old.put("code", "OLD-FJ");
		old.put("version", 7);
		old.put("regionCode", "990000"); // no authority's: nothing else picks this profile up
		old.set("revokedBanYears", cited(5, "闽人社发〔2027〕1号 第二十四条"));
		old.set("annualHoursRequirement", cited(72, "闽人社发〔2027〕1号 第三条"));
		old.set("annualReportDue", cited("11-30", "闽人社发〔2027〕1号 第十九条"));
		jdbc.sql("insert into policy_profile (code, version, jurisdiction, title, built_in, document, reason)"
				+ " values ('OLD-FJ', 7, 'FJ', 'old', false, ?, '迁移测试')")
			.param(JSON.writeValueAsString(old))
			.update();
		try {
			Map<String, JsonNode> builtIn = Map.of("OLD-FJ", V20261203_1400__PolicyProfileSections.builtIn(JSON).get("FJ"));
			try (Connection connection = dataSource.getConnection()) {
				assertThat(V20261203_1400__PolicyProfileSections.convertAll(connection, JSON, builtIn)).isEqualTo(1);
				// once converted, a second run finds nothing of the first shape
				assertThat(V20261203_1400__PolicyProfileSections.convertAll(connection, JSON, builtIn)).isZero();
			}

			PolicyProfile read = profiles.latest("OLD-FJ").orElseThrow();
			assertThat(read.version()).isEqualTo(7);
			// its own values, where the old shape had them
			assertThat(read.supervision().revokedBanYears()).isEqualTo(Cited.of(5, "闽人社发〔2027〕1号 第二十四条"));
			assertThat(read.credit().annualHours()).isEqualTo(Cited.of(72, "闽人社发〔2027〕1号 第三条"));
			assertThat(read.operation().annualReportDue()).isEqualTo(Cited.of("11-30", "闽人社发〔2027〕1号 第十九条"));
			assertThat(read.application().eligibility()).isEqualTo(Profiles.fujian().application().eligibility());
			assertThat(read.review().baseNumberFormat()).isEqualTo(Profiles.fujian().review().baseNumberFormat());
			// what the old shape did not have, from the built-in profile of the same code
			assertThat(read.operation().minimumPlannedTrainees()).isEqualTo(Profiles.fujian().operation().minimumPlannedTrainees());
			assertThat(read.supervision().assessmentItems()).hasSize(9);
			assertThat(read.credit().shares()).isEqualTo(Profiles.fujian().credit().shares());
			assertThat(ProfileValidation.problemsWith(read)).isEmpty();
		}
		finally {
			jdbc.sql("delete from policy_profile where code = 'OLD-FJ'").update();
		}
	}

	@Test
	void aDocumentWithoutABuiltInSaysWhatIsMissing() throws Exception {
		PolicyProfile converted = JSON.treeToValue(new FlatProfiles(JSON).sectioned(flat("jl"), null), PolicyProfile.class);
		assertThat(converted.operation().managingUnit().isSet()).isFalse();
		assertThat(converted.operation().managingUnit().note()).contains("未找到同编码的内置配置");
		assertThat(converted.supervision().assessmentItems()).isEmpty();
		assertThat(converted.review().quotas()).isEqualTo(Profiles.jilin().review().quotas());
	}

	@Test
	void flywayHasRunTheConversion() {
		assertThat(jdbc.sql("select success from flyway_schema_history where version = '20261203.1400'")
			.query(Boolean.class)
			.single()).isTrue();
		// and the stored built-ins are all of the new shape
		jdbc.sql("select document from policy_profile").query(String.class).list()
			.forEach(document -> assertThat(FlatProfiles.isFlat(JSON.readTree(document))).isFalse());
	}

	private static JsonNode flat(String file) throws IOException {
		try (var in = new ClassPathResource("policy-flat/" + file + "-v1.json").getInputStream()) {
			return JSON.readTree(in);
		}
	}

	private static ObjectNode cited(Object value, String source) {
		ObjectNode node = JSON.createObjectNode();
		if (value instanceof Integer i) {
			node.put("value", i);
		}
		else {
			node.put("value", (String) value);
		}
		node.put("source", source);
		node.putNull("note");
		return node;
	}
}
