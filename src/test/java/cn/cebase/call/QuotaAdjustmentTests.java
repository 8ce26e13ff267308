package cn.cebase.call;

import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.user;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.put;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.jsonPath;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import java.time.Duration;
import java.time.Instant;
import java.util.List;

import cn.cebase.CeBaseTest;
import cn.cebase.Fixtures;
import cn.cebase.policy.TrackKind;

import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.http.MediaType;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.security.core.userdetails.UserDetailsService;
import org.springframework.test.web.servlet.MockMvc;

/** Quotas per recommender: the profile's default (SD 三（一）: a city 3, of which 2 乡村振兴; a department 1), adjustable with a reason. */
@CeBaseTest
class QuotaAdjustmentTests {

	@Autowired
	MockMvc mvc;

	@Autowired
	CallManagement calls;

	@Autowired
	UserDetailsService users;

	@Autowired
	JdbcClient jdbc;

	Call call;

	long jinan;

	@BeforeEach
	void shandongOpensACallWithTheRuralTrack() {
		call = calls.create(Fixtures.user(users, "sd.authority"), "SD", new CallDetails("山东省2026年省级基地申报", 2026, null,
				"正文", Instant.now(), Instant.now().plus(Duration.ofDays(30)),
				List.of(TrackKind.REGULAR, TrackKind.RURAL_REVITALIZATION, TrackKind.RECONFIRMATION), List.of()));
		jinan = jdbc.sql("select id from organization where code = 'hrss-370100'").query(Long.class).single();
	}

	@Test
	void theDefaultsComeFromTheProfile() throws Exception {
		mvc.perform(get("/api/v1/calls/{id}/quotas", call.id()).with(user(Fixtures.user(users, "sd.authority"))))
			.andExpect(status().isOk())
			.andExpect(jsonPath("$[?(@.recommenderName=='济南市人力资源和社会保障局')].total").value(3))
			.andExpect(jsonPath("$[?(@.recommenderName=='济南市人力资源和社会保障局')].perTrack.RURAL_REVITALIZATION").value(2))
			.andExpect(jsonPath("$[?(@.recommenderName=='山东省教育厅')].total").value(1))
			.andExpect(jsonPath("$[?(@.recommenderName=='山东能源集团有限公司人力资源部')].kind").value("PROVINCIAL_SOE"));
	}

	@Test
	void anAdjustmentNeedsAReasonAndIsKept() throws Exception {
		mvc.perform(adjust(jinan, "{\"total\":4,\"perTrack\":{\"RURAL_REVITALIZATION\":2},\"reason\":\"济南承担省会培训任务较重\"}"))
			.andExpect(status().isOk())
			.andExpect(jsonPath("$.total").value(4))
			.andExpect(jsonPath("$.adjusted").value(true));
		mvc.perform(get("/api/v1/calls/{id}/quotas", call.id()).with(user(Fixtures.user(users, "sd.authority"))))
			.andExpect(jsonPath("$[?(@.recommenderName=='济南市人力资源和社会保障局')].reason").value("济南承担省会培训任务较重"));
	}

	@Test
	void aQuotaBelowZeroAndAShareAboveTheQuotaAreRefused() throws Exception {
		mvc.perform(adjust(jinan, "{\"total\":-1,\"reason\":\"x\"}"))
			.andExpect(status().isBadRequest())
			.andExpect(jsonPath("$.errors[0].field").value("total"))
			.andExpect(jsonPath("$.errors[0].message").value("不能为负数。"));
		mvc.perform(adjust(jinan, "{\"total\":2,\"perTrack\":{\"RURAL_REVITALIZATION\":3},\"reason\":\"x\"}"))
			.andExpect(status().isBadRequest())
			.andExpect(jsonPath("$.errors[0].field").value("perTrack"))
			.andExpect(jsonPath("$.errors[0].message").value("各类别名额之和（3）超过总名额（2）。"));
		mvc.perform(adjust(jinan, "{\"total\":2}"))
			.andExpect(status().isBadRequest())
			.andExpect(jsonPath("$.errors[0].field").value("reason"));
	}

	@Test
	void anotherProvincesRecommenderIsNotOurs() throws Exception {
		long fuzhou = jdbc.sql("select id from organization where code = 'hrss-350100'").query(Long.class).single();
		mvc.perform(adjust(fuzhou, "{\"total\":2,\"reason\":\"x\"}"))
			.andExpect(status().isBadRequest())
			.andExpect(jsonPath("$.errors[0].field").value("recommenderId"));
		mvc.perform(put("/api/v1/calls/{id}/quotas/{r}", call.id(), jinan).with(user(Fixtures.user(users, "fj.authority")))
			.with(csrf()).contentType(MediaType.APPLICATION_JSON).content("{\"total\":2,\"reason\":\"x\"}"))
			.andExpect(status().isNotFound());
	}

	private org.springframework.test.web.servlet.RequestBuilder adjust(long recommender, String body) {
		return put("/api/v1/calls/{id}/quotas/{r}", call.id(), recommender).with(user(Fixtures.user(users, "sd.authority")))
			.with(csrf())
			.contentType(MediaType.APPLICATION_JSON)
			.content(body);
	}
}
