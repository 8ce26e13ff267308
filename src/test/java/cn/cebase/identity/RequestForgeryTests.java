package cn.cebase.identity;

import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.httpBasic;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.user;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.redirectedUrl;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import cn.cebase.CeBaseTest;
import cn.cebase.Fixtures;

import org.junit.jupiter.api.Test;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.security.core.userdetails.UserDetailsService;
import org.springframework.test.web.servlet.MockMvc;

/**
 * CSRF is skipped only for a request that brings HTTP Basic credentials and no session: any other
 * Authorization header leaves a cookie session's request to the usual check.
 */
@CeBaseTest
class RequestForgeryTests {

	@Autowired
	MockMvc mvc;

	@Autowired
	UserDetailsService users;

	@Autowired
	cn.cebase.institution.InstitutionManagement institutions;

	/** Its own account, so that marking its messages read touches nobody else's. */
	private String school;

	@org.junit.jupiter.api.BeforeEach
	void newSchool() {
		var registration = Fixtures.trainingSchoolInFuzhou();
		institutions.register(registration);
		school = registration.username();
	}

	@Test
	void aSessionWithABearerHeaderStillNeedsTheToken() throws Exception {
		mvc.perform(post("/notifications/read").with(user(Fixtures.user(users, school)))
			.header("Authorization", "Bearer anything")).andExpect(status().isForbidden());
	}

	@Test
	void aSessionWithBasicCredentialsStillNeedsTheToken() throws Exception {
		// a browser's session (Spring Session's SESSION cookie, as the sign-in page hands out) with Basic credentials
		jakarta.servlet.http.Cookie session = mvc.perform(get("/login")).andReturn().getResponse().getCookie("SESSION");
		org.assertj.core.api.Assertions.assertThat(session).isNotNull();
		mvc.perform(post("/notifications/read").cookie(session)
			.with(httpBasic(school, Fixtures.PASSWORD))).andExpect(status().isForbidden());
	}

	@Test
	void theSameRequestWithTheTokenIsApplied() throws Exception {
		mvc.perform(post("/notifications/read").with(user(Fixtures.user(users, school)))
			.header("Authorization", "Bearer anything")
			.with(csrf())).andExpect(redirectedUrl("/notifications"));
	}

	@Test
	void basicCredentialsWithoutASessionNeedNoToken() throws Exception {
		mvc.perform(post("/notifications/read").with(httpBasic(school, Fixtures.PASSWORD)))
			.andExpect(status().is3xxRedirection());
	}

	@Test
	void wrongBasicCredentialsAreRefusedBeforeAnything() throws Exception {
		mvc.perform(post("/notifications/read").with(httpBasic("nobody.here", "Wrong2026x"))).andExpect(status().isUnauthorized());
	}
}
