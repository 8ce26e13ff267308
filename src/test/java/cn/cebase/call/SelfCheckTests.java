package cn.cebase.call;

import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.user;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.jsonPath;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;

import cn.cebase.CeBaseTest;
import cn.cebase.Fixtures;
import cn.cebase.identity.CurrentUser;
import cn.cebase.institution.CreditRecordKind;
import cn.cebase.institution.Institution;
import cn.cebase.institution.InstitutionManagement;
import cn.cebase.institution.InstitutionRegistration;
import cn.cebase.policy.TrackKind;

import org.hamcrest.Matchers;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.http.MediaType;
import org.springframework.security.core.userdetails.UserDetailsService;
import org.springframework.test.web.servlet.MockMvc;

/** 资格自查: an institution sees each rule of a published call with its article, on its own facts. */
@CeBaseTest
class SelfCheckTests {

	@Autowired
	MockMvc mvc;

	@Autowired
	CallManagement calls;

	@Autowired
	InstitutionManagement institutions;

	@Autowired
	UserDetailsService users;

	Call fujianCall;

	@BeforeEach
	void fujianPublishesACall() {
		Call draft = calls.create(as("fj.authority"), "FJ", new CallDetails("福建省2026年省级基地申报", 2026, null, "通知正文",
				Instant.now().minusSeconds(60), Instant.now().plus(Duration.ofDays(20)), List.of(TrackKind.REGULAR), List.of()));
		fujianCall = calls.publish(as("fj.authority"), draft.id(), null);
	}

	@Test
	void aStrongSchoolIsLeftOnlyToTheExperts() throws Exception {
		mvc.perform(selfCheck(newFujianInstitution(), 1000))
			.andExpect(status().isOk())
			.andExpect(jsonPath("$.overall").value("NEEDS_EXPERT"))
			.andExpect(jsonPath("$.results[?(@.rule=='MINIMUM_ANNUAL_TRAINEES')].outcome").value("PASS"))
			.andExpect(jsonPath("$.results[?(@.rule=='MINIMUM_ANNUAL_TRAINEES')].source").value("闽人社发〔2024〕5号 第七条（五）"));
	}

	@Test
	void oneTraineeTooFewFailsWithTheArticle() throws Exception {
		mvc.perform(selfCheck(newFujianInstitution(), 999))
			.andExpect(jsonPath("$.overall").value("FAIL"))
			.andExpect(jsonPath("$.results[?(@.rule=='MINIMUM_ANNUAL_TRAINEES')].message")
				.value("每年培训须不少于1000人，上一年度为999人。"));
	}

	@Test
	void anAdverseCreditRecordOnThePlatformCounts() throws Exception {
		CurrentUser institution = newFujianInstitution();
		Institution own = institutions.mine(institution);
		institutions.addCreditRecord(as("fj.authority"), own.id(), CreditRecordKind.DISHONESTY, LocalDate.of(2025, 6, 1),
				"信用中国（福建）", null);
		mvc.perform(selfCheck(institution, 1500))
			.andExpect(jsonPath("$.results[?(@.rule=='CLEAN_CREDIT_RECORD')].outcome").value("FAIL"));
	}

	@Test
	void onlyInstitutionsCheckAndOnlyOpenCalls() throws Exception {
		mvc.perform(selfCheck(as("fj.authority"), 1000)).andExpect(status().isForbidden());
		mvc.perform(get("/calls/{id}/self-check", fujianCall.id()).with(user(as("learner")))).andExpect(status().isForbidden());
		Call draft = calls.create(as("fj.authority"), "FJ", new CallDetails("草稿", 2026, null, "正文", Instant.now(),
				Instant.now().plus(Duration.ofDays(3)), List.of(TrackKind.REGULAR), List.of()));
		mvc.perform(post("/api/v1/calls/{id}/self-check", draft.id()).with(user(newFujianInstitution())).with(csrf())
			.contentType(MediaType.APPLICATION_JSON).content("{}")).andExpect(status().isNotFound());
		mvc.perform(post("/api/v1/calls/{id}/self-check", fujianCall.id()).with(user(newFujianInstitution())).with(csrf())
			.contentType(MediaType.APPLICATION_JSON).content("{\"track\":\"RURAL_REVITALIZATION\"}"))
			.andExpect(status().isBadRequest())
			.andExpect(jsonPath("$.errors[0].field").value("track"));
	}

	@Test
	void thePageAnswersTheResultsAsAFragmentForHtmx() throws Exception {
		CurrentUser institution = newFujianInstitution();
		mvc.perform(get("/calls/{id}/self-check", fujianCall.id()).with(user(institution)))
			.andExpect(status().isOk())
			.andExpect(content().string(Matchers.containsString("id=\"self-check-form\"")));
		mvc.perform(post("/calls/{id}/self-check", fujianCall.id()).with(user(institution)).with(csrf())
			.header("HX-Request", "true")
			.param("track", "REGULAR").param("venueSeats", "80").param("trainees3", "1200"))
			.andExpect(status().isOk())
			.andExpect(content().string(Matchers.not(Matchers.containsString("<html"))))
			.andExpect(content().string(Matchers.containsString("教学场所须可承担100人以上培训，目前为80人。")))
			.andExpect(content().string(Matchers.containsString("闽人社发〔2024〕5号 第七条（二）")));
	}

	private org.springframework.test.web.servlet.RequestBuilder selfCheck(CurrentUser who, int traineesLastYear) {
		return post("/api/v1/calls/{id}/self-check", fujianCall.id()).with(user(who)).with(csrf())
			.contentType(MediaType.APPLICATION_JSON)
			.content("{\"track\":\"REGULAR\",\"independentLegalPerson\":true,\"venueSeats\":120,"
					+ "\"fullTimeManagersWithBachelor\":6,\"annualTrainees\":[1100,1200," + traineesLastYear + "],"
					+ "\"platformConnectsToProvince\":true,\"platformFunctions\":[\"网上报名\"]}");
	}

	private CurrentUser newFujianInstitution() {
		InstitutionRegistration registration = Fixtures.trainingSchoolInFuzhou();
		Institution institution = institutions.register(registration);
		institutions.approve(as("fj.authority"), institution.id(), null);
		return as(registration.username());
	}

	private CurrentUser as(String username) {
		return Fixtures.user(users, username);
	}
}
