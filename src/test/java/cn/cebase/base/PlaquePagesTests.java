package cn.cebase.base;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.user;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.jsonPath;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.redirectedUrl;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;

import cn.cebase.CeBaseTest;
import cn.cebase.Fixtures;
import cn.cebase.Scenarios;
import cn.cebase.call.Call;
import cn.cebase.call.CallDetails;
import cn.cebase.call.CallManagement;
import cn.cebase.institution.InstitutionManagement;
import cn.cebase.policy.ProfileLevel;
import cn.cebase.policy.TrackKind;

import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.http.MediaType;
import org.springframework.security.core.userdetails.UserDetailsService;
import org.springframework.test.web.servlet.MockMvc;

/** The plaque by page and API for those who may have it, 404 for others, sign-in first; the notice for anyone. */
@CeBaseTest
class PlaquePagesTests {

	@Autowired
	MockMvc mvc;

	@Autowired
	TestBases bases;

	@Autowired
	Scenarios scenarios;

	@Autowired
	InstitutionManagement institutions;

	@Autowired
	CallManagement calls;

	@Autowired
	UserDetailsService users;

	Scenarios.OpenCall open;

	BaseView base;

	@BeforeEach
	void aFujianBase() {
		open = scenarios.fujianCallOpenToANewSchool("福建牌匾页面");
		base = bases.insert("闽继基〔{year}〕{seq}号", institutions.mine(open.school()).id(), open.registration().name(),
				ProfileLevel.PROVINCIAL, scenarios.organization("hrss-350000"), "350102", open.call().id(),
				LocalDate.of(2026, 11, 25), null, List.of("智能制造"));
	}

	@Test
	void theAuthorityAndTheInstitutionDownloadThePlaqueOthersFindNothing() throws Exception {
		for (var allowed : List.of(Fixtures.user(users, "fj.authority"), open.school())) {
			byte[] pdf = mvc.perform(get("/bases/{id}/plaque.pdf", base.id()).with(user(allowed)))
				.andExpect(status().isOk())
				.andExpect(content().contentType(MediaType.APPLICATION_PDF))
				.andReturn().getResponse().getContentAsByteArray();
			assertThat(PlaquePdfTests.text(pdf)).contains(base.number(), open.registration().name());
		}
		for (String other : List.of("sd.authority", "fj.fuzhou", "inst.fj", "expert")) {
			mvc.perform(get("/bases/{id}/plaque.pdf", base.id()).with(user(Fixtures.user(users, other))))
				.andExpect(status().isNotFound());
		}
		// a browser following the link asks for a page first: it is sent to sign in
		mvc.perform(get("/bases/{id}/plaque.pdf", base.id()).accept(MediaType.TEXT_HTML)).andExpect(status().is3xxRedirection())
			.andExpect(redirectedUrl("/login"));
		mvc.perform(get("/bases/{id}/plaque.pdf", "x").with(user(open.school()))).andExpect(status().isNotFound());
	}

	@Test
	void theBasesPublicPageOffersThePlaqueOnlyToThoseWhoMayHaveIt() throws Exception {
		for (var allowed : List.of(Fixtures.user(users, "fj.authority"), open.school())) {
			mvc.perform(get("/public/bases/{id}", base.id()).with(user(allowed)))
				.andExpect(status().isOk())
				.andExpect(content().string(org.hamcrest.Matchers.containsString("href=\"/bases/" + base.id() + "/plaque.pdf\"")));
		}
		for (String other : List.of("sd.authority", "fj.fuzhou", "inst.fj", "expert")) {
			mvc.perform(get("/public/bases/{id}", base.id()).with(user(Fixtures.user(users, other))))
				.andExpect(status().isOk())
				.andExpect(content().string(org.hamcrest.Matchers.not(org.hamcrest.Matchers.containsString("plaque.pdf"))));
		}
		mvc.perform(get("/public/bases/{id}", base.id()))
			.andExpect(status().isOk())
			.andExpect(content().string(org.hamcrest.Matchers.not(org.hamcrest.Matchers.containsString("plaque.pdf"))));
		// a base that lost its title has no plaque to print, not even for its own institution
		bases.withStatus(base, BaseStatus.REVOKED);
		mvc.perform(get("/public/bases/{id}", base.id()).with(user(open.school())))
			.andExpect(status().isOk())
			.andExpect(content().string(org.hamcrest.Matchers.not(org.hamcrest.Matchers.containsString("plaque.pdf"))));
	}

	@Test
	void aRevokedBaseGetsAClearRefusalNotAPlaque() throws Exception {
		bases.withStatus(base, BaseStatus.REVOKED);
		String page = mvc.perform(get("/bases/{id}/plaque.pdf", base.id()).with(user(open.school())))
			.andExpect(status().isConflict())
			.andReturn().getResponse().getContentAsString();
		assertThat(page).contains("基地 " + base.number() + " 已被撤销，不再具有继续教育基地称号，不能出具牌匾。");
		mvc.perform(get("/api/v1/bases/{id}/plaque.pdf", base.id()).with(user(Fixtures.user(users, "fj.authority"))))
			.andExpect(status().isConflict())
			.andExpect(jsonPath("$.code").value("plaque.noTitle.REVOKED"))
			.andExpect(jsonPath("$.detail").value("基地 " + base.number() + " 已被撤销，不再具有继续教育基地称号，不能出具牌匾。"));
	}

	@Test
	void theApiFollowsTheSameRules() throws Exception {
		byte[] pdf = mvc.perform(get("/api/v1/bases/{id}/plaque.pdf", base.id()).with(user(open.school())))
			.andExpect(status().isOk())
			.andExpect(content().contentType(MediaType.APPLICATION_PDF))
			.andReturn().getResponse().getContentAsByteArray();
		assertThat(PlaquePdfTests.text(pdf)).contains(base.number());
		mvc.perform(get("/api/v1/bases/{id}/plaque.pdf", base.id()).with(user(Fixtures.user(users, "sd.authority"))))
			.andExpect(status().isNotFound())
			.andExpect(jsonPath("$.code").value("error.notFound"));
		mvc.perform(get("/api/v1/bases/{id}/plaque.pdf", base.id())).andExpect(status().isUnauthorized());
	}

	@Test
	void anyoneReadsTheNoticeOnceTheCallHasRecognisedBases() throws Exception {
		byte[] pdf = mvc.perform(get("/public/calls/{id}/notice.pdf", open.call().id()))
			.andExpect(status().isOk())
			.andExpect(content().contentType(MediaType.APPLICATION_PDF))
			.andReturn().getResponse().getContentAsByteArray();
		assertThat(PlaquePdfTests.text(pdf).replace("\n", "")).contains(base.number(), base.name());

		var fujian = Fixtures.user(users, "fj.authority");
		Call none = calls.publish(fujian, calls.create(fujian, "FJ", new CallDetails("福建未认定批次", 2026, null, "通知",
				Instant.now().minusSeconds(60), Instant.now().plus(Duration.ofDays(10)), List.of(TrackKind.REGULAR), List.of()))
			.id(), null);
		mvc.perform(get("/public/calls/{id}/notice.pdf", none.id())).andExpect(status().isNotFound());
		mvc.perform(get("/public/calls/{id}/notice.pdf", Long.MAX_VALUE)).andExpect(status().isNotFound());
	}
}
