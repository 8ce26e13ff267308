package cn.cebase.review;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.user;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.redirectedUrl;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import java.time.Duration;

import cn.cebase.CeBaseTest;
import cn.cebase.Fixtures;
import cn.cebase.Scenarios;
import cn.cebase.declaration.Declaration;
import cn.cebase.notification.Notification;
import cn.cebase.notification.Notifications;

import org.junit.jupiter.api.Test;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.security.core.userdetails.UserDetailsService;
import org.springframework.test.web.servlet.MockMvc;

import static org.awaitility.Awaitility.await;

/** The worklist and the page of a stage: a refused act keeps everything typed; the next actor hears of it. */
@CeBaseTest
class ReviewPagesTests {

	@Autowired
	MockMvc mvc;

	@Autowired
	Scenarios scenarios;

	@Autowired
	UserDetailsService users;

	@Autowired
	Notifications notifications;

	@Test
	void aRecommenderFindsItInItsWorklistAndARefusedLetterKeepsWhatWasTyped() throws Exception {
		var open = scenarios.fujianCallOpenToANewSchool("福建审核页面");
		Declaration d = scenarios.submitted(open.school(), open.call().id(), scenarios.organization("hrss-350100"));
		var city = user(Fixtures.user(users, "fj.fuzhou"));

		String list = mvc.perform(get("/reviews").with(city)).andExpect(status().isOk()).andReturn().getResponse()
			.getContentAsString();
		assertThat(list).contains(open.registration().name()).contains("/reviews/" + d.id());
		String home = mvc.perform(get("/home").with(city)).andReturn().getResponse().getContentAsString();
		assertThat(home).contains("id=\"waiting-reviews\"");

		String page = mvc.perform(get("/reviews/{id}", d.id()).with(city)).andExpect(status().isOk()).andReturn()
			.getResponse().getContentAsString();
		assertThat(page).contains("推荐函").contains("id=\"do-recommend\"").doesNotContain("id=\"do-accept\"");

		String refused = mvc.perform(post("/reviews/{id}/recommend", d.id()).with(city).with(csrf())
			.param("reason", "该校近3年承担培训任务3项。").param("contactName", "黄蓉").param("contactPhone", "0591-87654321"))
			.andExpect(status().isOk())
			.andReturn().getResponse().getContentAsString();
		assertThat(refused).contains("该校近3年承担培训任务3项。").contains("is-invalid");

		mvc.perform(post("/reviews/{id}/recommend", d.id()).with(city).with(csrf())
			.param("buildsBases", "false").param("relation", "属地管理").param("reason", "该校近3年承担培训任务3项。")
			.param("contactName", "黄蓉").param("contactPhone", "0591-87654321").param("opinion", "同意推荐"))
			.andExpect(redirectedUrl("/reviews/" + d.id()));

		var province = Fixtures.user(users, "fj.authority");
		await().atMost(Duration.ofSeconds(10)).untilAsserted(() -> assertThat(notifications.recent(province, 20))
			.extracting(Notification::link)
			.contains("/reviews/" + d.id()));
		await().atMost(Duration.ofSeconds(10)).untilAsserted(() -> assertThat(notifications.recent(open.school(), 20))
			.extracting(Notification::messageKey)
			.contains("notification.review.RECOMMENDED.withOpinion"));

		String intake = mvc.perform(get("/reviews/{id}", d.id()).with(user(province))).andReturn().getResponse()
			.getContentAsString();
		assertThat(intake).contains("id=\"do-accept\"").contains("id=\"do-refuse\"").contains("同意推荐");
	}

	@Test
	void theApplicantSeesTheRouteButNoActionsAndOthersSeeNothing() throws Exception {
		var open = scenarios.fujianCallOpenToANewSchool("福建审核进度");
		Declaration d = scenarios.submitted(open.school(), open.call().id(), scenarios.organization("hrss-350100"));
		String page = mvc.perform(get("/reviews/{id}", d.id()).with(user(open.school()))).andExpect(status().isOk())
			.andReturn().getResponse().getContentAsString();
		assertThat(page).contains("福州市人力资源和社会保障局").doesNotContain("id=\"action-form\"");
		mvc.perform(get("/reviews/{id}", d.id()).with(user(Fixtures.user(users, "sd.jinan"))))
			.andExpect(status().isNotFound());
		mvc.perform(post("/reviews/{id}/pass", d.id()).with(user(Fixtures.user(users, "fj.authority"))).with(csrf()))
			.andExpect(status().isForbidden());
	}
}
