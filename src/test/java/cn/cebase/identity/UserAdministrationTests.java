package cn.cebase.identity;

import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.httpBasic;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.user;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.jsonPath;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.redirectedUrl;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import cn.cebase.CeBaseTest;
import cn.cebase.Fixtures;

import org.hamcrest.Matchers;
import org.junit.jupiter.api.Test;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.http.MediaType;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.security.core.userdetails.UserDetailsService;
import org.springframework.test.web.servlet.MockMvc;

/** Administrators open, disable and reset accounts; roles must fit the organisation. */
@CeBaseTest
class UserAdministrationTests {

	@Autowired
	MockMvc mvc;

	@Autowired
	UserDetailsService users;

	@Autowired
	JdbcClient jdbc;

	@Test
	void anAdministratorOpensAStaffAccountByApiWithBasicCredentials() throws Exception {
		String username = Fixtures.newUsername("staff");
		mvc.perform(post("/api/v1/users").with(httpBasic("admin", Fixtures.PASSWORD))
			.contentType(MediaType.APPLICATION_JSON)
			.content("{\"username\":\"" + username + "\",\"password\":\"Welcome2026\",\"displayName\":\"济南市人社局 新同事\","
					+ "\"organizationId\":" + organization("hrss-370100") + ",\"roles\":[\"AUTHORITY\"]}"))
			.andExpect(status().isCreated())
			.andExpect(jsonPath("$.username").value(username))
			.andExpect(jsonPath("$.mustChangePassword").value(true))
			.andExpect(jsonPath("$.organizationName").value("济南市人力资源和社会保障局"));
	}

	@Test
	void aRoleMustFitTheOrganisation() throws Exception {
		mvc.perform(post("/api/v1/users").with(user(Fixtures.user(users, "admin")))
			.with(csrf())
			.contentType(MediaType.APPLICATION_JSON)
			.content("{\"username\":\"" + Fixtures.newUsername("x") + "\",\"password\":\"Welcome2026\",\"displayName\":\"某人\","
					+ "\"organizationId\":" + organization("sd-edu") + ",\"roles\":[\"AUTHORITY\"]}"))
			.andExpect(status().isBadRequest())
			.andExpect(jsonPath("$.errors[0].field").value("roles"))
			.andExpect(jsonPath("$.errors[0].message").value("角色“AUTHORITY”不适用于单位“山东省教育厅”。"));
	}

	@Test
	void aWeakPasswordIsRefusedBesideItsField() throws Exception {
		String html = mvc.perform(post("/admin/users").with(user(Fixtures.user(users, "admin")))
			.with(csrf())
			.param("username", "newclerk")
			.param("displayName", "新职员")
			.param("organizationId", String.valueOf(organization("hrss-350100")))
			.param("roles", "AUTHORITY")
			.param("password", "password"))
			.andExpect(status().isOk())
			.andReturn().getResponse().getContentAsString();
		org.assertj.core.api.Assertions.assertThat(html).contains("密码须同时包含字母和数字。", "value=\"新职员\"", "value=\"newclerk\"");
	}

	@Test
	void anAdministratorCannotDisableThemself() throws Exception {
		long adminId = jdbc.sql("select id from user_account where username = 'admin'").query(Long.class).single();
		mvc.perform(post("/api/v1/users/{id}/disable", adminId).with(user(Fixtures.user(users, "admin"))).with(csrf()))
			.andExpect(status().isConflict())
			.andExpect(jsonPath("$.detail").value("不能停用自己的账号。"));
	}

	@Test
	void theUsersPageOffersNoDisableForTheAdministratorItselfAndRefusesIt() throws Exception {
		long adminId = jdbc.sql("select id from user_account where username = 'admin'").query(Long.class).single();
		String html = mvc.perform(get("/admin/users").param("text", "admin").with(user(Fixtures.user(users, "admin"))))
			.andReturn().getResponse().getContentAsString();
		org.assertj.core.api.Assertions.assertThat(html).doesNotContain("/admin/users/" + adminId + "/disable");
		var refused = mvc.perform(post("/admin/users/{id}/disable", adminId).with(user(Fixtures.user(users, "admin"))).with(csrf()))
			.andExpect(redirectedUrl("/admin/users"))
			.andReturn();
		org.assertj.core.api.Assertions.assertThat(((cn.cebase.shared.web.Flash) refused.getFlashMap().get("flash")).key())
			.isEqualTo("user.cannotDisableSelf");
		org.assertj.core.api.Assertions.assertThat(jdbc.sql("select enabled from user_account where id = ?").param(adminId)
			.query(Boolean.class).single()).isTrue();
	}

	@Test
	void anAdministratorLiftsALockoutByApiAndOnThePage() throws Exception {
		String username = lockedOutClerk();
		long id = jdbc.sql("select id from user_account where username = ?").param(username).query(Long.class).single();
		mvc.perform(post("/api/v1/users/{id}/unlock", id).with(httpBasic("admin", Fixtures.PASSWORD)))
			.andExpect(status().isOk())
			.andExpect(jsonPath("$.failedAttempts").value(0))
			.andExpect(jsonPath("$.lockedUntil").doesNotExist());
		mvc.perform(post("/login").param("username", username).param("password", "Welcome2026").with(csrf()))
			.andExpect(redirectedUrl("/account/password?required"));
		org.assertj.core.api.Assertions.assertThat(jdbc.sql("select count(*) from audit_event where action = 'user.unlock'"
				+ " and target_id = ?").param(String.valueOf(id)).query(Long.class).single()).isEqualTo(1);

		String again = lockedOutClerk();
		long againId = jdbc.sql("select id from user_account where username = ?").param(again).query(Long.class).single();
		String html = mvc.perform(get("/admin/users").param("text", again).with(user(Fixtures.user(users, "admin"))))
			.andReturn().getResponse().getContentAsString();
		org.assertj.core.api.Assertions.assertThat(html).contains("/admin/users/" + againId + "/unlock", "解除锁定");
		mvc.perform(post("/admin/users/{id}/unlock", againId).with(user(Fixtures.user(users, "admin"))).with(csrf()))
			.andExpect(redirectedUrl("/admin/users"));
		mvc.perform(post("/login").param("username", again).param("password", "Welcome2026").with(csrf()))
			.andExpect(redirectedUrl("/account/password?required"));
	}

	@Test
	void aCommonPasswordIsRefused() throws Exception {
		mvc.perform(newAuthorityInJinan(Fixtures.newUsername("staff"), "a1234567"))
			.andExpect(status().isBadRequest())
			.andExpect(jsonPath("$.errors[0].field").value("password"))
			.andExpect(jsonPath("$.errors[0].message").value("这个密码太常见，很容易被猜中，请换一个。"));
	}

	private org.springframework.test.web.servlet.RequestBuilder newAuthorityInJinan(String username, String password) {
		return post("/api/v1/users").with(httpBasic("admin", Fixtures.PASSWORD))
			.contentType(MediaType.APPLICATION_JSON)
			.content("{\"username\":\"" + username + "\",\"password\":\"" + password + "\",\"displayName\":\"济南市人社局 新同事\","
					+ "\"organizationId\":" + organization("hrss-370100") + ",\"roles\":[\"AUTHORITY\"]}");
	}

	private String lockedOutClerk() throws Exception {
		String username = Fixtures.newUsername("clerk");
		mvc.perform(newAuthorityInJinan(username, "Welcome2026")).andExpect(status().isCreated());
		for (int i = 0; i < 5; i++) {
			mvc.perform(post("/login").param("username", username).param("password", "Wrong12345").with(csrf()));
		}
		mvc.perform(post("/login").param("username", username).param("password", "Welcome2026").with(csrf()))
			.andExpect(redirectedUrl("/login?error=locked&username=" + username));
		return username;
	}

	@Test
	void theUserPagesListAndCreate() throws Exception {
		mvc.perform(get("/admin/users").param("text", "jl.").with(user(Fixtures.user(users, "admin"))))
			.andExpect(status().isOk())
			.andExpect(content().string(Matchers.containsString("jl.authority")));
		mvc.perform(post("/admin/users").with(user(Fixtures.user(users, "admin")))
			.with(csrf())
			.param("username", Fixtures.newUsername("clerk"))
			.param("displayName", "福州市人社局 新职员")
			.param("organizationId", String.valueOf(organization("hrss-350100")))
			.param("roles", "AUTHORITY", "RECOMMENDER")
			.param("password", "Welcome2026"))
			.andExpect(redirectedUrl("/admin/users"));
	}

	@Test
	void theMeEndpointDescribesTheCaller() throws Exception {
		mvc.perform(get("/api/v1/me").with(httpBasic("zb.zhangdian", Fixtures.PASSWORD)))
			.andExpect(status().isOk())
			.andExpect(jsonPath("$.organizationName").value("张店区人力资源和社会保障局"))
			.andExpect(jsonPath("$.roles", Matchers.containsInAnyOrder("AUTHORITY", "RECOMMENDER")));
	}

	private long organization(String code) {
		return jdbc.sql("select id from organization where code = ?").param(code).query(Long.class).single();
	}
}
