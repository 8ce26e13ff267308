package cn.cebase.identity;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.user;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.redirectedUrl;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import jakarta.servlet.http.Cookie;

import cn.cebase.CeBaseTest;
import cn.cebase.Fixtures;
import cn.cebase.institution.InstitutionManagement;
import cn.cebase.institution.InstitutionRegistration;

import org.junit.jupiter.api.Test;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.mock.web.MockCookie;
import org.springframework.security.core.userdetails.UserDetailsService;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.MvcResult;

/** Form login: hashed passwords, lockout, disabled accounts, CSRF, a new session id on sign-in. */
@CeBaseTest
class SignInTests {

	@Autowired
	MockMvc mvc;

	@Autowired
	InstitutionManagement institutions;

	@Autowired
	IdentityManagement identity;

	@Autowired
	UserDetailsService users;

	@Test
	void aGoodPasswordSignsInAndGoesHome() throws Exception {
		String username = newInstitutionUser();
		mvc.perform(post("/login").param("username", username).param("password", Fixtures.PASSWORD).with(csrf()))
			.andExpect(redirectedUrl("/home"));
	}

	@Test
	void passwordsAreStoredHashed(@Autowired org.springframework.jdbc.core.simple.JdbcClient jdbc) {
		String username = newInstitutionUser();
		String hash = jdbc.sql("select password_hash from user_account where username = ?").param(username)
			.query(String.class).single();
		assertThat(hash).startsWith("{bcrypt}").doesNotContain(Fixtures.PASSWORD);
	}

	@Test
	void fiveWrongPasswordsLockTheAccountEvenForTheRightOne() throws Exception {
		String username = newInstitutionUser();
		for (int i = 0; i < 5; i++) {
			mvc.perform(post("/login").param("username", username).param("password", "Wrong12345").with(csrf()))
				.andExpect(redirectedUrl("/login?error=bad&username=" + username));
		}
		mvc.perform(post("/login").param("username", username).param("password", Fixtures.PASSWORD).with(csrf()))
			.andExpect(redirectedUrl("/login?error=locked&username=" + username));
	}

	@Test
	void fewerFailuresThanTheLimitDoNotLock() throws Exception {
		String username = newInstitutionUser();
		for (int i = 0; i < 4; i++) {
			mvc.perform(post("/login").param("username", username).param("password", "Wrong12345").with(csrf()));
		}
		mvc.perform(post("/login").param("username", username).param("password", Fixtures.PASSWORD).with(csrf()))
			.andExpect(redirectedUrl("/home"));
	}

	@Test
	void aDisabledAccountCannotSignIn() throws Exception {
		String username = newInstitutionUser();
		long id = identity.findByUsername(username).orElseThrow().id();
		identity.disable(Fixtures.user(users, "admin"), id, "离职");
		mvc.perform(post("/login").param("username", username).param("password", Fixtures.PASSWORD).with(csrf()))
			.andExpect(redirectedUrl("/login?error=disabled&username=" + username));
	}

	@Test
	void signInWithoutCsrfTokenIsRefused() throws Exception {
		mvc.perform(post("/login").param("username", "admin").param("password", Fixtures.PASSWORD))
			.andExpect(status().isForbidden());
	}

	/** The session is Spring Session's, kept in PostgreSQL and named by the SESSION cookie. */
	@Test
	void signingInIssuesANewSessionId() throws Exception {
		Cookie before = mvc.perform(get("/login")).andReturn().getResponse().getCookie("SESSION");
		assertThat(before).isNotNull();
		MvcResult result = mvc.perform(post("/login").cookie(before)
			.param("username", newInstitutionUser())
			.param("password", Fixtures.PASSWORD)
			.with(csrf())).andReturn();
		Cookie after = result.getResponse().getCookie("SESSION");
		assertThat(after).isNotNull();
		assertThat(after.getValue()).isNotEqualTo(before.getValue());
		// server.servlet.session.cookie applies to Spring Session's cookie as it did to Tomcat's
		assertThat(after.isHttpOnly()).isTrue();
		assertThat(((MockCookie) after).getSameSite()).isEqualTo("Lax");
	}

	@Test
	void anAdministratorsResetForcesAChangeAtNextSignIn() throws Exception {
		String username = newInstitutionUser();
		long id = identity.findByUsername(username).orElseThrow().id();
		identity.resetPassword(Fixtures.user(users, "admin"), id, "Temporary99");
		mvc.perform(post("/login").param("username", username).param("password", "Temporary99").with(csrf()))
			.andExpect(redirectedUrl("/account/password?required"));
	}

	@Test
	void aUserChangesTheirPassword() throws Exception {
		String username = newInstitutionUser();
		CurrentUser me = Fixtures.user(users, username);
		mvc.perform(post("/account/password").with(user(me)).with(csrf())
			.param("currentPassword", Fixtures.PASSWORD)
			.param("newPassword", "Brand2New2026")
			.param("confirmPassword", "Brand2New2026")).andExpect(redirectedUrl("/login"));
		mvc.perform(post("/login").param("username", username).param("password", "Brand2New2026").with(csrf()))
			.andExpect(redirectedUrl("/home"));
	}

	@Test
	void aWrongCurrentPasswordIsShownBesideTheField() throws Exception {
		CurrentUser me = Fixtures.user(users, newInstitutionUser());
		mvc.perform(post("/account/password").with(user(me)).with(csrf())
			.param("currentPassword", "Nope12345")
			.param("newPassword", "Brand2New2026")
			.param("confirmPassword", "Brand2New2026"))
			.andExpect(status().isOk())
			.andExpect(org.springframework.test.web.servlet.result.MockMvcResultMatchers.content()
				.string(org.hamcrest.Matchers.containsString("当前密码不正确。")));
	}

	@Test
	void anonymousPagesRedirectToTheLoginForm() throws Exception {
		mvc.perform(get("/institutions").accept("text/html")).andExpect(status().is3xxRedirection());
	}

	@Test
	void anHtmxRequestFromAnExpiredSessionIsSentToTheLoginPage() throws Exception {
		mvc.perform(get("/institutions").header("HX-Request", "true"))
			.andExpect(status().isOk())
			.andExpect(org.springframework.test.web.servlet.result.MockMvcResultMatchers.header().string("HX-Redirect", "/login"));
	}

	private String newInstitutionUser() {
		InstitutionRegistration registration = Fixtures.trainingSchoolInFuzhou();
		institutions.register(registration);
		return registration.username();
	}
}
