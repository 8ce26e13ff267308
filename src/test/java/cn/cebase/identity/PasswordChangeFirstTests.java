package cn.cebase.identity;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.httpBasic;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.header;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.jsonPath;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.redirectedUrl;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import java.util.Set;

import jakarta.servlet.http.Cookie;

import cn.cebase.CeBaseTest;
import cn.cebase.Fixtures;

import org.junit.jupiter.api.Test;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.http.MediaType;
import org.springframework.jdbc.core.simple.JdbcClient;

import org.springframework.security.core.userdetails.UserDetailsService;
import org.springframework.test.web.servlet.MockMvc;

/**
 * A user whose password an administrator set (a new account, a reset; also the first
 * administrator and a new expert) does nothing before changing it: pages lead to the change, the
 * API answers 403 with the reason, HTTP Basic included.
 */
@CeBaseTest
class PasswordChangeFirstTests {

	private static final String TEMPORARY = "Temporary99";

	@Autowired
	MockMvc mvc;

	@Autowired
	IdentityManagement identity;

	@Autowired
	JdbcClient jdbc;

	@Autowired
	UserDetailsService users;

	@Test
	void everyPageLeadsToTheChange() throws Exception {
		Cookie session = signIn(newClerk());
		for (String page : new String[] { "/home", "/institutions", "/notifications", "/public/bases", "/" }) {
			mvc.perform(get(page).cookie(session)).andExpect(redirectedUrl("/account/password?required"));
		}
		mvc.perform(post("/notifications/read").cookie(session).with(csrf()))
			.andExpect(redirectedUrl("/account/password?required"));
		mvc.perform(get("/account/password").cookie(session)).andExpect(status().isOk());
		mvc.perform(get("/css/app.css").cookie(session)).andExpect(status().isOk());
	}

	@Test
	void anHtmxRequestLoadsTheChangePageWhole() throws Exception {
		mvc.perform(get("/institutions").cookie(signIn(newClerk())).header("HX-Request", "true"))
			.andExpect(header().string("HX-Redirect", "/account/password?required"));
	}

	@Test
	void theApiAnswers403WithTheReasonForASessionAndForHttpBasic() throws Exception {
		String username = newClerk();
		mvc.perform(get("/api/v1/me").cookie(signIn(username)))
			.andExpect(status().isForbidden())
			.andExpect(content().contentTypeCompatibleWith(MediaType.APPLICATION_PROBLEM_JSON))
			.andExpect(jsonPath("$.status").value(403))
			.andExpect(jsonPath("$.detail").value("须先修改密码：请在网页上登录，把别人为您设置的临时密码改为自己的密码后再使用。"));
		mvc.perform(get("/api/v1/me").with(httpBasic(username, TEMPORARY)))
			.andExpect(status().isForbidden())
			.andExpect(jsonPath("$.detail").value("须先修改密码：请在网页上登录，把别人为您设置的临时密码改为自己的密码后再使用。"));
		mvc.perform(get("/api/v1/me").with(httpBasic(username, TEMPORARY)).cookie(new jakarta.servlet.http.Cookie("cebase-lang", "en")))
			.andExpect(status().isForbidden())
			.andExpect(jsonPath("$.detail").value(org.hamcrest.Matchers.startsWith("You must change your password first")));
	}

	@Test
	void afterTheChangeEverythingIsOpen() throws Exception {
		String username = newClerk();
		mvc.perform(post("/account/password").cookie(signIn(username)).with(csrf())
			.param("currentPassword", TEMPORARY)
			.param("newPassword", "Chosen2026by")
			.param("confirmPassword", "Chosen2026by")).andExpect(redirectedUrl("/login"));
		Cookie session = mvc.perform(post("/login").param("username", username).param("password", "Chosen2026by").with(csrf()))
			.andExpect(redirectedUrl("/home"))
			.andReturn()
			.getResponse()
			.getCookie("SESSION");
		mvc.perform(get("/home").cookie(session)).andExpect(status().isOk());
		mvc.perform(get("/api/v1/me").with(httpBasic(username, "Chosen2026by"))).andExpect(status().isOk());
	}

	@Test
	void aResetPasswordMustBeChangedToo() throws Exception {
		String username = Fixtures.newUsername("reset");
		long id = identity.create(new NewUser(username, Fixtures.PASSWORD, "福州市人社局 老同事", organization("hrss-350100"),
				Set.of(Role.AUTHORITY), null, null, false));
		mvc.perform(get("/api/v1/me").with(httpBasic(username, Fixtures.PASSWORD))).andExpect(status().isOk());
		identity.resetPassword(admin(), id, TEMPORARY);
		mvc.perform(get("/api/v1/me").with(httpBasic(username, TEMPORARY))).andExpect(status().isForbidden());
	}

	private String newClerk() {
		String username = Fixtures.newUsername("clerk");
		identity.create(new NewUser(username, TEMPORARY, "福州市人社局 新职员", organization("hrss-350100"), Set.of(Role.AUTHORITY),
				null, null, true));
		return username;
	}

	/** Signs in through the form; the session is Spring Session's, named by the SESSION cookie. */
	private Cookie signIn(String username) throws Exception {
		Cookie session = mvc.perform(post("/login").param("username", username).param("password", TEMPORARY).with(csrf()))
			.andExpect(redirectedUrl("/account/password?required"))
			.andReturn()
			.getResponse()
			.getCookie("SESSION");
		assertThat(session).isNotNull();
		return session;
	}

	private CurrentUser admin() {
		return Fixtures.user(users, "admin");
	}

	private long organization(String code) {
		return jdbc.sql("select id from organization where code = ?").param(code).query(Long.class).single();
	}
}
