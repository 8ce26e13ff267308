package cn.cebase.call;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.user;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.flash;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import cn.cebase.CeBaseTest;
import cn.cebase.Fixtures;
import cn.cebase.shared.web.Flash;

import org.junit.jupiter.api.Test;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.security.core.userdetails.UserDetailsService;
import org.springframework.test.web.servlet.MockMvc;

/** The authority's call pages: mistakes beside their fields with nothing lost; refusals of other provinces. */
@CeBaseTest
class CallPagesTests {

	@Autowired
	MockMvc mvc;

	@Autowired
	UserDetailsService users;

	@Test
	void aWindowThatClosesBeforeItOpensIsShownBesideTheDeadlineAndTheTextIsKept() throws Exception {
		String html = mvc.perform(post("/calls").with(user(Fixtures.user(users, "jl.authority"))).with(csrf())
			.param("profileCode", "JL")
			.param("title", "吉林省2026年度省级基地申报")
			.param("year", "2026")
			.param("notice", "各市（州）人力资源和社会保障局：通知正文保留")
			.param("opensAt", "2026-12-10T09:00")
			.param("closesAt", "2026-12-01T17:00")
			.param("tracks", "REGULAR"))
			.andExpect(status().isOk())
			.andReturn().getResponse().getContentAsString();
		assertThat(html).contains("截止时间必须晚于开始时间。", "value=\"吉林省2026年度省级基地申报\"", "通知正文保留",
				"value=\"2026-12-10T09:00\"");
	}

	@Test
	void anExtensionWithoutAReasonIsRefusedOnThePage() throws Exception {
		var authority = Fixtures.user(users, "zb.authority");
		String location = mvc.perform(post("/calls").with(user(authority)).with(csrf())
			.param("profileCode", "ZB").param("title", "淄博市2026年度市级基地申报").param("year", "2026")
			.param("notice", "正文").param("opensAt", "2026-01-01T09:00").param("closesAt", "2030-12-01T17:00")
			.param("tracks", "REGULAR", "DIRECT"))
			.andExpect(status().is3xxRedirection())
			.andReturn().getResponse().getRedirectedUrl();
		mvc.perform(post(location + "/publish").with(user(authority)).with(csrf())).andExpect(status().is3xxRedirection());
		Flash refused = (Flash) mvc.perform(post(location + "/extend").with(user(authority)).with(csrf())
			.param("closesAt", "2031-01-01T17:00").param("reason", ""))
			.andExpect(flash().attributeExists("flash"))
			.andReturn().getFlashMap().get("flash");
		assertThat(refused.key()).isEqualTo("validation.reasonRequired");
		mvc.perform(get(location).with(user(Fixtures.user(users, "fj.authority")))).andExpect(status().isNotFound());
	}

	@Test
	void aDraftIsCorrectedOnItsPageButAPublishedCallIsNot() throws Exception {
		var authority = Fixtures.user(users, "jl.authority");
		String location = mvc.perform(post("/calls").with(user(authority)).with(csrf())
			.param("profileCode", "JL").param("title", "吉林省2026年度申报（错字）").param("year", "2026")
			.param("notice", "正文").param("opensAt", "2026-01-01T09:00").param("closesAt", "2030-02-19T23:59")
			.param("tracks", "REGULAR"))
			.andReturn().getResponse().getRedirectedUrl();
		mvc.perform(get(location + "/edit").with(user(authority))).andExpect(status().isOk());
		mvc.perform(post(location + "/edit").with(user(authority)).with(csrf())
			.param("title", "吉林省2026年度省级继续教育基地申报").param("year", "2026")
			.param("notice", "正文").param("opensAt", "2026-01-01T09:00").param("closesAt", "2030-02-19T23:59")
			.param("tracks", "REGULAR"))
			.andExpect(status().is3xxRedirection());
		mvc.perform(get(location).with(user(authority)))
			.andExpect(org.springframework.test.web.servlet.result.MockMvcResultMatchers.content()
				.string(org.hamcrest.Matchers.containsString("吉林省2026年度省级继续教育基地申报")));
		mvc.perform(post(location + "/publish").with(user(authority)).with(csrf()));
		String refused = mvc.perform(post(location + "/edit").with(user(authority)).with(csrf())
			.param("title", "改标题").param("year", "2026").param("notice", "正文")
			.param("opensAt", "2026-01-01T09:00").param("closesAt", "2030-02-19T23:59").param("tracks", "REGULAR"))
			.andExpect(status().isOk())
			.andReturn().getResponse().getContentAsString();
		assertThat(refused).contains("已发布的批次不能再修改");
	}

	@Test
	void onlyAuthoritiesManageCalls() throws Exception {
		mvc.perform(get("/calls").with(user(Fixtures.user(users, "inst.fj")))).andExpect(status().isForbidden());
		mvc.perform(get("/calls/new").with(user(Fixtures.user(users, "learner")))).andExpect(status().isForbidden());
	}
}
