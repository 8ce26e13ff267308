package cn.cebase.base;

import static cn.cebase.base.BaseFixtures.newNumber;
import static cn.cebase.base.BaseFixtures.row;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.groups.Tuple.tuple;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.jsonPath;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Set;

import cn.cebase.CeBaseTest;
import cn.cebase.Fixtures;
import cn.cebase.Scenarios;
import cn.cebase.call.Call;
import cn.cebase.call.CallDetails;
import cn.cebase.call.CallManagement;
import cn.cebase.call.RouteStop;
import cn.cebase.call.SelfCheckInput;
import cn.cebase.declaration.Declaration;
import cn.cebase.declaration.DeclarationManagement;
import cn.cebase.declaration.DeclarationStatus;
import cn.cebase.identity.CurrentUser;
import cn.cebase.institution.Institution;
import cn.cebase.institution.InstitutionManagement;
import cn.cebase.institution.InstitutionRegistration;
import cn.cebase.policy.Outcome;
import cn.cebase.policy.RuleResult;
import cn.cebase.policy.TrackKind;
import cn.cebase.review.ReviewManagement;
import cn.cebase.review.ReviewStage;
import cn.cebase.review.WorkItem;
import cn.cebase.shared.BusinessException;

import org.junit.jupiter.api.Test;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.security.core.userdetails.UserDetailsService;
import org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors;
import org.springframework.test.web.servlet.MockMvc;

/**
 * 直接申请 (ZB 第二十五条 "我市获批设立的国家级、省级继续教育基地，可直接申请市级继续教育基地"): a
 * Zibo holder of a provincial base applies without recommendation and lands at the city bureau's
 * intake; anyone else is refused with the rule's message and its article.
 */
@CeBaseTest
class DirectApplicationTests {

	static final String ARTICLE = "淄人社发〔2025〕5号 第二十五条";

	@Autowired
	BaseImport imports;

	@Autowired
	CallManagement calls;

	@Autowired
	DeclarationManagement declarations;

	@Autowired
	ReviewManagement reviews;

	@Autowired
	InstitutionManagement institutions;

	@Autowired
	Scenarios scenarios;

	@Autowired
	UserDetailsService users;

	@Autowired
	MockMvc mvc;

	CurrentUser user(String username) {
		return Fixtures.user(users, username);
	}

	@Test
	void aZiboHolderOfAProvincialBaseGoesStraightToTheCitysIntake() throws Exception {
		InstitutionRegistration holder = Fixtures.registration("淄博师范高等专科学校" + System.nanoTime() % 10000, "370303");
		CurrentUser school = approvedInZibo(holder);
		imports.importRows(user("sd.authority"), BaseFixtures.rows(row(newNumber(), holder.name(), holder.creditCode())));
		Call call = ziboCall("淄博市级基地申报（直接申请）");

		// the applicant chooses no channel on this track
		assertThat(calls.channelMode(call.id(), TrackKind.DIRECT)).isEqualTo("NONE");
		assertThat(calls.channelMode(call.id(), TrackKind.REGULAR)).isEqualTo("INDUSTRY_AUTHORITY_OPTIONAL");
		assertThat(declarations.channels(school, call.id(), TrackKind.DIRECT)).isEmpty();
		Declaration draft = declarations.startDraft(school, call.id(), TrackKind.DIRECT);
		String form = mvc.perform(get("/declarations/{id}", draft.id()).with(SecurityMockMvcRequestPostProcessors.user(school))).andExpect(status().isOk())
			.andReturn().getResponse().getContentAsString();
		assertThat(form).doesNotContain("name=\"channelId\"");
		mvc.perform(get("/api/v1/calls/{id}/channels", call.id()).param("track", "DIRECT").with(SecurityMockMvcRequestPostProcessors.user(school)))
			.andExpect(jsonPath("$.length()").value(0));
		long cityDepartment = scenarios.organization("zb-edu");
		assertThatThrownBy(() -> declarations.saveDraft(school, draft.id(), Scenarios.completeForm(), cityDepartment, null))
			.isInstanceOfSatisfying(BusinessException.class,
					ex -> assertThat(ex.field()).isEqualTo("channelId"));

		declarations.saveDraft(school, draft.id(), Scenarios.completeForm(), null, null);
		Declaration submitted = declarations.submit(school, draft.id(), null);
		assertThat(submitted.status()).isEqualTo(DeclarationStatus.SUBMITTED);
		List<ReviewStage> route = reviews.open(school, submitted.id()).route();
		assertThat(route).extracting(ReviewStage::actorName, ReviewStage::intake, ReviewStage::recommends)
			.containsExactly(tuple("淄博市人力资源和社会保障局", true, false));
		// the district bureau that would otherwise review it never sees it
		assertThat(reviews.waiting(user("zb.zhangdian"))).extracting(WorkItem::declarationId).doesNotContain(submitted.id());
		assertThat(reviews.waiting(user("zb.authority"))).extracting(WorkItem::declarationId).contains(submitted.id());
		assertThat(reviews.accept(user("zb.authority"), submitted.id(), null, null).status())
			.isEqualTo(DeclarationStatus.ACCEPTED);
	}

	@Test
	void aZiboInstitutionWithoutANationalOrProvincialBaseIsRefusedWithTheArticle() {
		CurrentUser school = approvedInZibo(Fixtures.registration("淄博新建培训学校" + System.nanoTime() % 10000, "370303"));
		Call call = ziboCall("淄博市级基地申报（无基地）");
		Declaration draft = declarations.startDraft(school, call.id(), TrackKind.DIRECT);
		declarations.saveDraft(school, draft.id(), Scenarios.completeForm(), null, null);

		assertThatThrownBy(() -> declarations.submit(school, draft.id(), null))
			.isInstanceOfSatisfying(BusinessException.class, ex -> assertThat(ex.details())
				.extracting(BusinessException::field, BusinessException::messageKey)
				.containsExactly(tuple("eligibility.HOLDS_NATIONAL_OR_PROVINCIAL_BASE", "eligibility.higherBase.fail")));
		assertThat(declarations.eligibility(school, declarations.get(school, draft.id())).failures())
			.extracting(RuleResult::rule, RuleResult::messageKey, RuleResult::source)
			.containsExactly(tuple("HOLDS_NATIONAL_OR_PROVINCIAL_BASE", "eligibility.higherBase.fail", ARTICLE));
		assertThat(declarations.get(school, draft.id()).status()).isEqualTo(DeclarationStatus.DRAFT);
		assertThat(reviews.waiting(user("zb.authority"))).extracting(WorkItem::declarationId).doesNotContain(draft.id());
	}

	@Test
	void aMunicipalBaseOfZiboItselfDoesNotQualify() {
		InstitutionRegistration holder = Fixtures.registration("淄博市级基地学院" + System.nanoTime() % 10000, "370303");
		CurrentUser school = approvedInZibo(holder);
		imports.importRows(user("zb.authority"), BaseFixtures.rows(row(newNumber(), holder.name(), holder.creditCode())));
		Call call = ziboCall("淄博市级基地申报（市级基地）");
		assertThat(calls.selfCheck(school, call.id(), new SelfCheckInput(TrackKind.DIRECT, true, null, null, List.of(), null,
				Set.of(), null)).failures()).extracting(RuleResult::rule).containsExactly("HOLDS_NATIONAL_OR_PROVINCIAL_BASE");
	}

	@Test
	void theDemoUniversityHoldsAShandongBaseAndMayApplyDirectly() {
		Call call = ziboCall("淄博市级基地申报（演示大学）");
		RuleResult rule = calls.selfCheck(user("inst.zb"), call.id(), new SelfCheckInput(TrackKind.DIRECT, true, null, null,
				List.of(), null, Set.of(), null))
			.results()
			.stream()
			.filter(r -> r.rule().equals("HOLDS_NATIONAL_OR_PROVINCIAL_BASE"))
			.findFirst()
			.orElseThrow();
		assertThat(rule.outcome()).isEqualTo(Outcome.PASS);
		assertThat(rule.source()).isEqualTo(ARTICLE);
	}

	@Test
	void theDirectRouteIsTheAuthorityAloneAndTakesNoChannel() {
		Call call = ziboCall("淄博市级基地申报（路线）");
		assertThat(calls.route(call.id(), "370303", null, TrackKind.DIRECT))
			.extracting(s -> s.actor().name(), RouteStop::intake, RouteStop::recommends, RouteStop::source)
			.containsExactly(tuple("淄博市人力资源和社会保障局", true, false, ARTICLE));
		assertThatThrownBy(() -> calls.route(call.id(), "370303", scenarios.organization("hrss-370303"), TrackKind.DIRECT))
			.isInstanceOfSatisfying(BusinessException.class,
					ex -> assertThat(ex.messageKey()).isEqualTo("call.route.channelNotAllowed"));
		// the regular track still goes through the district bureau
		assertThat(calls.route(call.id(), "370303", null, TrackKind.REGULAR)).extracting(s -> s.actor().name())
			.containsExactly("张店区人力资源和社会保障局", "淄博市人力资源和社会保障局");
	}

	private Call ziboCall(String title) {
		CurrentUser zibo = user("zb.authority");
		return calls.publish(zibo, calls.create(zibo, "ZB", new CallDetails(title, 2026, null, "各区县人力资源社会保障局：现开展市级继续教育基地申报工作。",
				Instant.now().minusSeconds(60), Instant.now().plus(Duration.ofDays(5)),
				List.of(TrackKind.REGULAR, TrackKind.DIRECT), List.of())).id(), null);
	}

	private CurrentUser approvedInZibo(InstitutionRegistration registration) {
		Institution institution = institutions.register(registration);
		institutions.approve(user("zb.authority"), institution.id(), null);
		return user(registration.username());
	}
}
