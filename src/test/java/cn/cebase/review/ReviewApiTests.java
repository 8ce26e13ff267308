package cn.cebase.review;

import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.user;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.jsonPath;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import cn.cebase.CeBaseTest;
import cn.cebase.Fixtures;
import cn.cebase.Scenarios;
import cn.cebase.declaration.Declaration;

import org.junit.jupiter.api.Test;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.http.MediaType;
import org.springframework.security.core.userdetails.UserDetailsService;
import org.springframework.test.web.servlet.MockMvc;

/** The review API: the happy route and its refusals as problem details in Chinese. */
@CeBaseTest
class ReviewApiTests {

	@Autowired
	MockMvc mvc;

	@Autowired
	Scenarios scenarios;

	@Autowired
	UserDetailsService users;

	static final String LETTER = "{\"letter\":{\"buildsBases\":true,\"relation\":\"属地管理\","
			+ "\"reason\":\"近3年承担本市知识更新工程培训任务3项。\",\"contactName\":\"黄蓉\",\"contactPhone\":\"0591-87654321\"},"
			+ "\"opinion\":\"同意推荐\"}";

	@Test
	void aRecommenderAndTheAuthorityActThroughTheApi() throws Exception {
		var open = scenarios.fujianCallOpenToANewSchool("福建审核API");
		Declaration d = scenarios.submitted(open.school(), open.call().id(), scenarios.organization("hrss-350100"));
		var city = user(Fixtures.user(users, "fj.fuzhou"));

		mvc.perform(get("/api/v1/reviews").with(city))
			.andExpect(status().isOk())
			.andExpect(jsonPath("$[?(@.declarationId == " + d.id() + ")].stageName").value("审核推荐"));
		mvc.perform(get("/api/v1/reviews/{id}", d.id()).with(city))
			.andExpect(status().isOk())
			.andExpect(jsonPath("$.myStage.recommends").value(true))
			.andExpect(jsonPath("$.route.length()").value(2));
		mvc.perform(post("/api/v1/reviews/{id}/recommend", d.id()).with(city).with(csrf())
			.contentType(MediaType.APPLICATION_JSON)
			.content("{\"letter\":{\"buildsBases\":true,\"relation\":\"\",\"reason\":\"理由\",\"contactName\":\"黄蓉\","
					+ "\"contactPhone\":\"12\"}}"))
			.andExpect(status().isBadRequest())
			.andExpect(jsonPath("$.errors[?(@.field == 'relation')].message").value("此项为必填项。"))
			.andExpect(jsonPath("$.errors[?(@.field == 'contactPhone')]").exists());
		mvc.perform(post("/api/v1/reviews/{id}/recommend", d.id()).with(city).with(csrf())
			.contentType(MediaType.APPLICATION_JSON)
			.content(LETTER))
			.andExpect(status().isOk())
			.andExpect(jsonPath("$.status").value("RECOMMENDED"));
		mvc.perform(get("/api/v1/calls/{id}/recommendations", open.call().id()).with(city))
			.andExpect(status().isOk())
			.andExpect(jsonPath("$[0].rank").value(1))
			.andExpect(jsonPath("$[0].letter.relation").value("属地管理"));
		// the same act again: it is no longer this stage's turn
		mvc.perform(post("/api/v1/reviews/{id}/recommend", d.id()).with(city).with(csrf())
			.contentType(MediaType.APPLICATION_JSON)
			.content(LETTER))
			.andExpect(status().isForbidden())
			.andExpect(jsonPath("$.detail").value(org.hamcrest.Matchers.startsWith("当前环节“审核认定”由福建省人力资源和社会保障厅办理")));

		var province = user(Fixtures.user(users, "fj.authority"));
		mvc.perform(post("/api/v1/reviews/{id}/refuse", d.id()).with(province).with(csrf())
			.contentType(MediaType.APPLICATION_JSON)
			.content("{}"))
			.andExpect(status().isBadRequest())
			.andExpect(jsonPath("$.errors.length()").value(2));
		mvc.perform(post("/api/v1/reviews/{id}/accept", d.id()).with(province).with(csrf())
			.contentType(MediaType.APPLICATION_JSON)
			.content("{\"version\":1}"))
			.andExpect(status().isConflict())
			.andExpect(jsonPath("$.detail").value(org.hamcrest.Matchers.startsWith("该申报已被他人处理或已更新")));
		mvc.perform(post("/api/v1/reviews/{id}/accept", d.id()).with(province).with(csrf()))
			.andExpect(status().isOk())
			.andExpect(jsonPath("$.status").value("ACCEPTED"));
	}

	@Test
	void organisationsOffTheRouteAndOtherRolesAreRefused() throws Exception {
		var open = scenarios.fujianCallOpenToANewSchool("福建审核API越权");
		Declaration d = scenarios.submitted(open.school(), open.call().id(), scenarios.organization("hrss-350100"));
		mvc.perform(get("/api/v1/reviews/{id}", d.id()).with(user(Fixtures.user(users, "sd.jinan"))))
			.andExpect(status().isNotFound());
		mvc.perform(post("/api/v1/reviews/{id}/recommend", d.id()).with(user(Fixtures.user(users, "sd.jinan")))
			.with(csrf())
			.contentType(MediaType.APPLICATION_JSON)
			.content(LETTER)).andExpect(status().isNotFound());
		mvc.perform(post("/api/v1/reviews/{id}/pass", d.id()).with(user(Fixtures.user(users, "learner"))).with(csrf()))
			.andExpect(status().isForbidden());
		mvc.perform(get("/api/v1/reviews").with(user(Fixtures.user(users, "learner"))))
			.andExpect(status().isOk())
			.andExpect(jsonPath("$.length()").value(0));
		mvc.perform(post("/api/v1/reviews/{id}/pass", 999999999).with(user(Fixtures.user(users, "fj.fuzhou"))).with(csrf()))
			.andExpect(status().isNotFound());
	}
}
