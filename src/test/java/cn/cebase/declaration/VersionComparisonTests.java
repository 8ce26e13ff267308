package cn.cebase.declaration;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.not;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.user;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.jsonPath;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.redirectedUrl;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import java.util.List;

import cn.cebase.CeBaseTest;
import cn.cebase.Fixtures;
import cn.cebase.Scenarios;
import cn.cebase.declaration.DeclarationComparison.Change;
import cn.cebase.declaration.DeclarationComparison.Op;
import cn.cebase.declaration.DeclarationComparison.Segment;
import cn.cebase.identity.CurrentUser;
import cn.cebase.policy.TrackKind;
import cn.cebase.shared.BusinessException;

import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.security.core.userdetails.UserDetailsService;
import org.springframework.test.web.servlet.MockMvc;

/**
 * 版本比较: an application submitted, returned for revision, revised and submitted again, compared by
 * the applicant and its authority, and by nobody else.
 */
@CeBaseTest
class VersionComparisonTests {

	static final String FIRST_OVERVIEW = "本中心现有教室12间，可容纳学员300人。师资以本校教师为主。建有远程教育平台。";

	static final String REVISED_OVERVIEW = "本中心现有教室12间，可容纳学员300人。建有省级远程教育平台。";

	@Autowired
	DeclarationManagement declarations;

	@Autowired
	Scenarios scenarios;

	@Autowired
	MockMvc mvc;

	@Autowired
	UserDetailsService users;

	@Autowired
	cn.cebase.review.ReviewManagement reviews;

	CurrentUser school;

	long id;

	@BeforeEach
	void anApplicationSubmittedOnceAndReturnedForRevision() {
		var open = scenarios.fujianCallOpenToANewSchool("福建版本比较" + System.nanoTime() % 100000);
		school = open.school();
		id = declarations.startDraft(school, open.call().id(), TrackKind.REGULAR).id();
		declarations.saveDraft(school, id, form(FIRST_OVERVIEW, 120), scenarios.organization("hrss-350100"), null);
		declarations.submit(school, id, null);
		returnForRevision(id);
		declarations.saveDraft(school, id, form(REVISED_OVERVIEW, 150), null);
	}

	@Test
	void theApplicantComparesItsRevisionWithWhatItSubmittedBeforeResubmitting() {
		DeclarationHistory history = declarations.history(school, id);
		assertThat(history.versions()).extracting(VersionEntry::number).containsExactly(1);
		assertThat(history.versions().get(0).by()).isNotBlank();
		assertThat(history.draft()).isNotNull();
		assertThat(history.draftChanged()).isTrue();
		assertThat(history.defaultFrom()).isEqualTo(1);
		assertThat(history.defaultTo()).isEqualTo(VersionEntry.DRAFT);

		VersionComparison revision = declarations.compare(school, id, 1, VersionEntry.DRAFT);
		assertThat(revision.to().draft()).isTrue();
		assertThat(revision.comparison().changedFields()).extracting(DeclarationComparison.FieldChange::field)
			.containsExactly("venueSeats", "overview");

		// reviewers judge what was submitted: the draft under revision is the applicant's alone
		CurrentUser fujian = Fixtures.user(users, "fj.authority");
		assertThat(declarations.history(fujian, id).draft()).isNull();
		assertThatThrownBy(() -> declarations.compare(fujian, id, 1, VersionEntry.DRAFT)).isInstanceOfSatisfying(
				BusinessException.class, ex -> assertThat(ex.details()).extracting(BusinessException::field, BusinessException::messageKey)
					.containsExactly(org.assertj.core.groups.Tuple.tuple("to", "declaration.compare.noDraft")));
	}

	@Test
	void theResubmissionIsComparedWithTheFirstVersion() throws Exception {
		declarations.submit(school, id, null);
		VersionComparison comparison = declarations.compare(school, id, 1, 2);
		assertThat(comparison.from().number()).isEqualTo(1);
		assertThat(comparison.to().number()).isEqualTo(2);
		assertThat(comparison.comparison().field("venueSeats").change()).isEqualTo(Change.CHANGED);
		assertThat(comparison.comparison().field("overview").diff()).contains(new Segment(Op.DELETE, "师资以本校教师为主。"),
				new Segment(Op.INSERT, "省级"));
		assertThat(declarations.history(school, id).draft()).as("submitted again: nothing under revision").isNull();

		// the application's page leads to its history, the history to the comparison of the last two
		mvc.perform(get("/declarations/{id}", id).with(user(school)))
			.andExpect(status().isOk())
			.andExpect(content().string(containsString("/declarations/" + id + "/versions")));
		mvc.perform(get("/declarations/{id}/versions", id).with(user(school)))
			.andExpect(status().isOk())
			.andExpect(content().string(containsString("第 2 版")))
			.andExpect(content().string(containsString("第 1 版")))
			.andExpect(content().string(containsString(comparison.to().by())))
			.andExpect(content().string(not(containsString("??"))));
		for (var request : List.of(get("/declarations/{id}/compare", id), get("/declarations/{id}/compare?from=1&to=2", id),
				get("/declarations/{id}/compare?from=2&to=1", id))) {
			mvc.perform(request.with(user(school)))
				.andExpect(status().isOk())
				.andExpect(content().string(containsString("<del>师资以本校教师为主。</del>")))
				.andExpect(content().string(containsString("<ins>省级</ins>")))
				.andExpect(content().string(containsString("id=\"change-venueSeats\"")))
				.andExpect(content().string(containsString("共 2 项有变化")))
				.andExpect(content().string(not(containsString("??"))));
		}
		// its authority sees the same comparison; in English too
		CurrentUser fujian = Fixtures.user(users, "fj.authority");
		mvc.perform(get("/declarations/{id}/compare?from=1&to=2&lang=en", id).with(user(fujian)))
			.andExpect(status().isOk())
			.andExpect(content().string(containsString("2 items differ")))
			.andExpect(content().string(not(containsString("??"))));

		mvc.perform(get("/api/v1/declarations/{id}/compare?from=1&to=2", id).with(user(school)))
			.andExpect(status().isOk())
			.andExpect(jsonPath("$.from.number").value(1))
			.andExpect(jsonPath("$.to.number").value(2))
			.andExpect(jsonPath("$.comparison.fields[?(@.field == 'venueSeats')].change").value("CHANGED"))
			.andExpect(jsonPath("$.comparison.fields[?(@.field == 'venueSeats')].before").value(120))
			.andExpect(jsonPath("$.comparison.fields[?(@.field == 'venueSeats')].after").value(150))
			.andExpect(jsonPath("$.comparison.fields[?(@.field == 'teachers')].change").value("UNCHANGED"))
			.andExpect(jsonPath("$.comparison.fields[?(@.field == 'overview')].diff[1].op").value("DELETE"));
	}

	@Test
	void anotherInstitutionOrAnAuthorityOutsideTheScopeSeesNothing() throws Exception {
		declarations.submit(school, id, null);
		CurrentUser otherSchool = scenarios.fujianCallOpenToANewSchool("福建另一批次" + System.nanoTime() % 100000).school();
		for (CurrentUser outsider : List.of(otherSchool, Fixtures.user(users, "jl.authority"))) {
			assertThatThrownBy(() -> declarations.compare(outsider, id, 1, 2)).isInstanceOfSatisfying(BusinessException.class,
					ex -> assertThat(ex.kind()).isEqualTo(BusinessException.Kind.NOT_FOUND));
			mvc.perform(get("/declarations/{id}/versions", id).with(user(outsider))).andExpect(status().isNotFound());
			mvc.perform(get("/declarations/{id}/compare?from=1&to=2", id).with(user(outsider)))
				.andExpect(status().isNotFound())
				.andExpect(content().string(not(containsString("师资以本校教师为主"))));
			mvc.perform(get("/api/v1/declarations/{id}/compare?from=1&to=2", id).with(user(outsider)))
				.andExpect(status().isNotFound())
				.andExpect(jsonPath("$.comparison").doesNotExist());
		}
		// an unknown application is as unknown as one outside the scope
		mvc.perform(get("/declarations/{id}/compare?from=1&to=2", Long.MAX_VALUE).with(user(school)))
			.andExpect(status().isNotFound());
	}

	@Test
	void versionNumbersThatAreNotThereAreNamedNotAServerError() throws Exception {
		declarations.submit(school, id, null);
		mvc.perform(get("/declarations/{id}/compare?from=1&to=9", id).with(user(school)))
			.andExpect(status().isBadRequest())
			.andExpect(content().string(containsString("没有第 9 版：本申报共有 2 个已提交的版本。")))
			.andExpect(content().string(containsString("id=\"compare-form\"")));
		mvc.perform(get("/declarations/{id}/compare?from=abc&to=2", id).with(user(school)))
			.andExpect(status().isBadRequest())
			.andExpect(content().string(containsString("版本号应为整数")));
		mvc.perform(get("/declarations/{id}/compare?from=2&to=2", id).with(user(school)))
			.andExpect(status().isBadRequest())
			.andExpect(content().string(containsString("请选择两个不同的版本进行比较。")));
		mvc.perform(get("/declarations/{id}/compare?from=1&to=0", id).with(user(school)))
			.andExpect(status().isBadRequest())
			.andExpect(content().string(containsString("没有可比较的修改稿")));

		mvc.perform(get("/api/v1/declarations/{id}/compare?from=-1&to=9", id).with(user(school)))
			.andExpect(status().isBadRequest())
			.andExpect(jsonPath("$.errors[0].field").value("from"))
			.andExpect(jsonPath("$.errors[0].message").value("没有第 -1 版：本申报共有 2 个已提交的版本。"))
			.andExpect(jsonPath("$.errors[1].field").value("to"))
			.andExpect(jsonPath("$.errors[1].code").value("declaration.compare.unknownVersion"));
		mvc.perform(get("/api/v1/declarations/{id}/compare?from=one&to=2", id).with(user(school)))
			.andExpect(status().isBadRequest())
			.andExpect(jsonPath("$.errors[0].field").value("from"));
		mvc.perform(get("/api/v1/declarations/{id}/compare?to=2", id).with(user(school)))
			.andExpect(status().isBadRequest());
	}

	@Test
	void anApplicationNeverSubmittedHasNothingToCompare() throws Exception {
		var open = scenarios.fujianCallOpenToANewSchool("福建未提交" + System.nanoTime() % 100000);
		long draft = declarations.startDraft(open.school(), open.call().id(), TrackKind.REGULAR).id();
		mvc.perform(get("/declarations/{id}/compare", draft).with(user(open.school())))
			.andExpect(status().is3xxRedirection())
			.andExpect(redirectedUrl("/declarations/" + draft + "/versions"));
		mvc.perform(get("/declarations/{id}/versions", draft).with(user(open.school())))
			.andExpect(status().isOk())
			.andExpect(content().string(containsString("尚未提交，还没有版本。")));
		mvc.perform(get("/declarations/{id}", draft).with(user(open.school())))
			.andExpect(status().isOk())
			.andExpect(content().string(not(containsString("id=\"versions-link\""))));
		mvc.perform(get("/api/v1/declarations/{id}/compare?from=1&to=2", draft).with(user(open.school())))
			.andExpect(status().isBadRequest())
			.andExpect(jsonPath("$.errors[0].code").value("declaration.compare.noVersions"));
	}

	/** 退回修改 by 福州's bureau, the first stage of the application's route. */
	private void returnForRevision(long declarationId) {
		reviews.returnTo(Fixtures.user(users, "fj.fuzhou"), declarationId, 0, "请修改概况和场所人数。", null);
		assertThat(declarations.get(school, declarationId).status()).isEqualTo(DeclarationStatus.RETURNED);
	}

	static DeclarationForm form(String overview, int seats) {
		return new DeclarationForm("事业单位", false, null, overview, "专职教师20名，兼职教师35名。", "重点领域培养情况", "管理制度",
				"组织保障机制", "绩效目标及经费计划", "主要培训领域和特色", null, true, seats, 6, List.of(1100, 1150, 1200), true,
				List.of("网上报名", "网络学习"));
	}
}
