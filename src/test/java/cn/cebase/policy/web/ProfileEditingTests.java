package cn.cebase.policy.web;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.user;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.jsonPath;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.redirectedUrl;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import cn.cebase.CeBaseTest;
import cn.cebase.Fixtures;
import cn.cebase.identity.CurrentUser;
import cn.cebase.policy.PolicyProfile;
import cn.cebase.policy.PolicyProfiles;

import org.junit.jupiter.api.Test;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.http.MediaType;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.security.core.userdetails.UserDetailsService;
import org.springframework.test.web.servlet.MockMvc;

/** An authority revises its own profile for a new year, without a release; bad values come back beside their inputs. */
@CeBaseTest
class ProfileEditingTests {

	@Autowired
	MockMvc mvc;

	@Autowired
	UserDetailsService users;

	@Autowired
	PolicyProfiles profiles;

	@Autowired
	JdbcClient jdbc;

	@Test
	void ziboRaisesItsTraineeThresholdInANewVersionCitingTheNewNotice() throws Exception {
		PolicyProfile before = profiles.latest("ZB").orElseThrow();
		int index = ruleIndex(before, "MINIMUM_ANNUAL_TRAINEES");
		mvc.perform(post("/policies/ZB/edit").with(user(Fixtures.user(users, "zb.authority"))).with(csrf())
			.param("basis", "淄人社发〔2026〕1号 第八条（五）")
			.param("reason", "2027年度起提高培训规模要求")
			.param("application.eligibility[" + index + "].parameters.minimum", "600"))
			.andExpect(redirectedUrl("/policies/ZB"));

		PolicyProfile after = profiles.latest("ZB").orElseThrow();
		assertThat(after.version()).isEqualTo(before.version() + 1);
		assertThat(after.application().eligibility().get(index).parameters()).containsEntry("minimum", 600);
		assertThat(after.application().eligibility().get(index).source()).isEqualTo("淄人社发〔2026〕1号 第八条（五）");
		// what did not change keeps its article
		assertThat(after.application().eligibility().get(0).source()).isEqualTo(before.application().eligibility().get(0).source());
		assertThat(jdbc.sql("select reason from policy_profile where code = 'ZB' and version = ?").param(after.version())
			.query(String.class).single()).isEqualTo("2027年度起提高培训规模要求");
		assertThat(jdbc.sql("select count(*) from audit_event where action = 'policy.newVersion' and target_id = ?")
			.param("ZB#" + after.version()).query(Long.class).single()).isEqualTo(1);
		mvc.perform(get("/api/v1/policy-profiles/ZB/versions").with(user(Fixtures.user(users, "zb.authority"))))
			.andExpect(jsonPath("$[0].version").value(after.version()))
			.andExpect(jsonPath("$[0].createdByName").value("淄博市人社局 郑磊"));
	}

	@Test
	void aTrackShareAboveTheQuotaComesBackBesideIt() throws Exception {
		String html = mvc.perform(post("/policies/SD/edit").with(user(Fixtures.user(users, "sd.authority"))).with(csrf())
			.param("basis", "鲁人社 2026 通知 三（一）")
			.param("reason", "调整名额")
			.param("review.quotas[0].perTrack.RURAL_REVITALIZATION", "4"))
			.andExpect(status().isOk())
			.andReturn().getResponse().getContentAsString();
		assertThat(html).contains("各类别名额之和（4）超过总名额（3）。").contains("value=\"4\"");
		assertThat(profiles.latest("SD").orElseThrow().version()).isEqualTo(1);
	}

	@Test
	void aRuleLeftWithoutItsNumberOrGivenTextIsRefused() throws Exception {
		PolicyProfile fj = profiles.latest("FJ").orElseThrow();
		String html = mvc.perform(post("/policies/FJ/edit").with(user(Fixtures.user(users, "fj.authority"))).with(csrf())
			.param("basis", "闽人社发〔2027〕1号")
			.param("reason", "试改")
			.param("application.eligibility[" + ruleIndex(fj, "MINIMUM_ANNUAL_TRAINEES") + "].parameters.minimum", "")
			.param("application.eligibility[" + ruleIndex(fj, "VENUE_CAPACITY") + "].parameters.minimumSeats", "一百"))
			.andExpect(status().isOk())
			.andReturn().getResponse().getContentAsString();
		assertThat(html).contains("条件“MINIMUM_ANNUAL_TRAINEES”缺少参数“minimum”。", "参数格式不正确。", "value=\"一百\"",
				"value=\"闽人社发〔2027〕1号\"");
	}

	@Test
	void theBaseNumberFormatIsEditedBesideItsHintAndAFormatWithoutSeqComesBack() throws Exception {
		CurrentUser zibo = Fixtures.user(users, "zb.authority");
		PolicyProfile before = profiles.latest("ZB").orElseThrow();
		String original = before.review().baseNumberFormat().value();
		mvc.perform(get("/policies/ZB/edit").with(user(zibo)))
			.andExpect(status().isOk())
			.andExpect(content().string(org.hamcrest.Matchers.containsString("id=\"review.baseNumberFormat\"")))
			.andExpect(content().string(org.hamcrest.Matchers.containsString("value=\"" + original + "\"")))
			.andExpect(content().string(org.hamcrest.Matchers.containsString("id=\"review.baseNumberFormat-hint\"")));

		// without {seq}: refused beside the input, with what was typed, and no new version
		String html = mvc.perform(post("/policies/ZB/edit").with(user(zibo)).with(csrf())
			.param("basis", "淄人社发〔2026〕2号")
			.param("reason", "统一编号格式")
			.param("review.baseNumberFormat", "淄继基〔{year}〕号"))
			.andExpect(status().isOk())
			.andReturn().getResponse().getContentAsString();
		assertThat(html).contains("基地编号格式须含 {seq}（顺序号），且不超过30个字符。")
			.contains("value=\"淄继基〔{year}〕号\"")
			.containsPattern("<input(?=[^>]*id=\"review.baseNumberFormat\")[^>]*is-invalid");
		assertThat(profiles.latest("ZB").orElseThrow().version()).isEqualTo(before.version());

		// a good one becomes the next version, citing the basis given
		mvc.perform(post("/policies/ZB/edit").with(user(zibo)).with(csrf())
			.param("basis", "淄人社发〔2026〕2号")
			.param("reason", "统一编号格式")
			.param("review.baseNumberFormat", "淄继基〔{year}〕第{seq}号"))
			.andExpect(redirectedUrl("/policies/ZB"));
		PolicyProfile after = profiles.latest("ZB").orElseThrow();
		assertThat(after.version()).isEqualTo(before.version() + 1);
		assertThat(after.review().baseNumberFormat().value()).isEqualTo("淄继基〔{year}〕第{seq}号");
		assertThat(after.review().baseNumberFormat().source()).isEqualTo("淄人社发〔2026〕2号");

		// back to the original, since the profile is shared by the other tests
		mvc.perform(post("/policies/ZB/edit").with(user(zibo)).with(csrf())
			.param("basis", before.review().baseNumberFormat().source())
			.param("reason", "恢复编号格式")
			.param("review.baseNumberFormat", original))
			.andExpect(redirectedUrl("/policies/ZB"));
		assertThat(profiles.latest("ZB").orElseThrow().review().baseNumberFormat().value()).isEqualTo(original);
	}

	@Test
	void theNewSectionsScalarValuesAreEditedAndCiteTheBasis() throws Exception {
		CurrentUser fujian = Fixtures.user(users, "fj.authority");
		PolicyProfile before = profiles.latest("FJ").orElseThrow();
		mvc.perform(get("/policies/FJ/edit").with(user(fujian)))
			.andExpect(status().isOk())
			.andExpect(content().string(org.hamcrest.Matchers.containsString("id=\"operation.minimumPlannedTrainees\"")))
			.andExpect(content().string(org.hamcrest.Matchers.matchesPattern(
					"(?s).*<select[^>]*id=\"operation.managingUnit\".*<option value=\"AUTHORITY\" selected=\"selected\">.*")))
			.andExpect(content().string(org.hamcrest.Matchers.containsString("id=\"credit.publicMinimum\"")));

		// a category minimum above the year's total comes back beside it, and nothing is stored
		String html = mvc.perform(post("/policies/FJ/edit").with(user(fujian)).with(csrf())
			.param("basis", "闽人社发〔2027〕2号")
			.param("reason", "学时分类要求")
			.param("credit.professionalMinimum", "100"))
			.andExpect(status().isOk())
			.andReturn().getResponse().getContentAsString();
		assertThat(html).contains("类别学时下限（100）超过每年总学时（90）。")
			.containsPattern("<input(?=[^>]*id=\"credit.professionalMinimum\")[^>]*is-invalid");
		assertThat(profiles.latest("FJ").orElseThrow().version()).isEqualTo(before.version());

		mvc.perform(post("/policies/FJ/edit").with(user(fujian)).with(csrf())
			.param("basis", "闽人社发〔2027〕2号")
			.param("reason", "学时分类要求")
			.param("credit.publicMinimum", "30")
			.param("credit.professionalMinimum", "42")
			.param("credit.electiveMinimum", "18")
			.param("operation.minimumPlannedTrainees", "1200")
			.param("supervision.spotCheckResultsPublished", "true"))
			.andExpect(redirectedUrl("/policies/FJ"));
		PolicyProfile after = profiles.latest("FJ").orElseThrow();
		try {
			assertThat(after.version()).isEqualTo(before.version() + 1);
			assertThat(after.credit().publicMinimum()).isEqualTo(cn.cebase.policy.Cited.of(30, "闽人社发〔2027〕2号"));
			assertThat(after.credit().professionalMinimum().value()).isEqualTo(42);
			assertThat(after.credit().electiveMinimum().value()).isEqualTo(18);
			assertThat(after.operation().minimumPlannedTrainees()).isEqualTo(cn.cebase.policy.Cited.of(1200, "闽人社发〔2027〕2号"));
			// unchanged values keep their article; the lists stay as they were
			assertThat(after.supervision().spotCheckResultsPublished()).isEqualTo(before.supervision().spotCheckResultsPublished());
			assertThat(after.operation().managingUnit()).isEqualTo(before.operation().managingUnit());
			assertThat(after.supervision().assessmentItems()).isEqualTo(before.supervision().assessmentItems());
			assertThat(after.credit().shares()).isEqualTo(before.credit().shares());
			assertThat(jdbc.sql("select changes from audit_event where action = 'policy.newVersion' and target_id = ?")
				.param("FJ#" + after.version()).query(String.class).single())
				.contains("credit.publicMinimum", "operation.minimumPlannedTrainees")
				.doesNotContain("supervision.spotCheckResultsPublished");
		}
		finally {
			// the profile is shared by the other tests: back to the built-in values, as a further version
			jdbc.sql("delete from policy_profile where code = 'FJ' and version > ?").param(before.version()).update();
		}
	}

	@Test
	void onlyTheJurisdictionsAuthorityOrAnAdministratorRevises() throws Exception {
		mvc.perform(get("/policies/SD/edit").with(user(Fixtures.user(users, "fj.authority")))).andExpect(status().isForbidden());
		mvc.perform(get("/policies/FJ/edit").with(user(Fixtures.user(users, "inst.fj")))).andExpect(status().isForbidden());
		mvc.perform(get("/policies/JL/edit").with(user(Fixtures.user(users, "admin")))).andExpect(status().isOk());
	}

	@Test
	void theApiRefusesAnInvalidProfileWithThePathAtFault() throws Exception {
		String document = mvc.perform(get("/api/v1/policy-profiles/JL").with(user(Fixtures.user(users, "jl.authority"))))
			.andReturn().getResponse().getContentAsString();
		String broken = document.replace("\"total\":3", "\"total\":-1");
		mvc.perform(post("/api/v1/policy-profiles/JL/versions").with(user(Fixtures.user(users, "jl.authority"))).with(csrf())
			.contentType(MediaType.APPLICATION_JSON)
			.content("{\"profile\":" + broken + ",\"reason\":\"测试\"}"))
			.andExpect(status().isBadRequest())
			.andExpect(jsonPath("$.errors[0].field").value("review.quotas[0].total"));
	}

	private static int ruleIndex(PolicyProfile profile, String rule) {
		for (int i = 0; i < profile.application().eligibility().size(); i++) {
			if (profile.application().eligibility().get(i).rule().equals(rule)) {
				return i;
			}
		}
		throw new AssertionError(rule);
	}
}
