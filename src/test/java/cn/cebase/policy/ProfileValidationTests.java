package cn.cebase.policy;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;

import cn.cebase.policy.CreditRules.HoursShare;
import cn.cebase.policy.PolicyProfile.QuotaSetting;
import cn.cebase.policy.PolicyProfile.RouteStage;
import cn.cebase.policy.PolicyProfile.RuleSetting;

import org.junit.jupiter.api.Test;

/** A profile that cannot work is refused with the path of the value at fault. */
class ProfileValidationTests {

	@Test
	void aTrackShareLargerThanTheQuotaIsRefused() {
		PolicyProfile sd = Profiles.shandong();
		PolicyProfile edited = withQuotas(sd,
				List.of(new QuotaSetting(RecommenderKind.CITY, 3, Map.of(TrackKind.RURAL_REVITALIZATION, 4), "SD 三（一）")));
		assertThat(problems(edited)).containsExactly("review.quotas[0].perTrack:policy.invalid.sharesAboveQuota");
	}

	@Test
	void aNegativeQuotaAndAShareOfAnUnofferedTrackAreRefused() {
		PolicyProfile edited = withQuotas(Profiles.jilin(),
				List.of(new QuotaSetting(RecommenderKind.CITY, -1, Map.of(TrackKind.RURAL_REVITALIZATION, 0), "JL 二")));
		assertThat(problems(edited)).contains("review.quotas[0].total:policy.invalid.negative",
				"review.quotas[0].perTrack.RURAL_REVITALIZATION:policy.invalid.shareOfUnknownTrack");
	}

	@Test
	void aRuleWithoutItsParameterIsRefused() {
		PolicyProfile fj = Profiles.fujian();
		List<RuleSetting> rules = new ArrayList<>(fj.application().eligibility());
		rules.set(0, new RuleSetting("MINIMUM_ANNUAL_TRAINEES", Map.of(), List.of(), "FJ 第七条（五）"));
		rules.set(1, new RuleSetting("NO_SUCH_RULE", Map.of(), List.of(), "x"));
		rules.set(2, new RuleSetting("VENUE_CAPACITY", Map.of("minimumSeats", -5), List.of(), ""));
		assertThat(problems(withRules(fj, rules))).containsExactlyInAnyOrder(
				"application.eligibility[0].parameters.minimum:policy.invalid.missingParameter",
				"application.eligibility[1].rule:policy.invalid.unknownRule",
				"application.eligibility[2].parameters.minimumSeats:policy.invalid.negative",
				"application.eligibility[2].source:policy.invalid.sourceRequired");
	}

	@Test
	void theRouteMustEndWithTheAuthority() {
		PolicyProfile fj = Profiles.fujian();
		PolicyProfile edited = withRoute(fj, List.of(new RouteStage("审核推荐", RouteActor.RECOMMENDER, "推荐", "FJ 第八条（三）",
				List.of(RecommenderKind.CITY))));
		assertThat(problems(edited)).containsExactly("review.route:policy.invalid.routeEndsWithAuthority");
	}

	@Test
	void aRecommendingStageMustNameWhoMayRecommend() {
		PolicyProfile fj = Profiles.fujian();
		PolicyProfile edited = withRoute(fj,
				List.of(new RouteStage("审核推荐", RouteActor.RECOMMENDER, "推荐", "FJ 第八条（三）"), fj.review().route().get(1)));
		assertThat(problems(edited)).containsExactly("review.route[0].recommenders:policy.invalid.noRecommenders");
	}

	@Test
	void anEndBeforeTheStartAndAWrongDueDateAreRefused() {
		PolicyProfile fj = Profiles.fujian();
		ReviewRules r = fj.review();
		OperationRules o = fj.operation();
		PolicyProfile edited = new PolicyProfile(fj.code(), fj.jurisdiction(), 2, fj.title(), fj.document(), fj.level(),
				fj.regionCode(), Cited.of(LocalDate.of(2024, 9, 30), "x"), Cited.of(LocalDate.of(2024, 9, 29), "x"),
				fj.application(), new ReviewRules(r.route(), r.quotas(), Cited.of(-1, "x"), r.subsidyCapYuan(), r.baseNumberFormat()),
				new OperationRules(Cited.of("12-32", "x"), o.minimumPlannedTrainees(), o.belowMinimum(), o.managingUnit(),
						o.planNeedsManagingUnitConsent(), o.feesDisclosed()),
				fj.supervision(), fj.credit(), fj.notes());
		assertThat(problems(edited)).containsExactlyInAnyOrder("effectiveTo:policy.invalid.effectiveToBeforeFrom",
				"review.publicityDays:policy.invalid.negative", "operation.annualReportDue:policy.invalid.monthDay");
	}

	@Test
	void aNegativeMinimumOfTraineesOrHoursIsRefused() {
		PolicyProfile fj = Profiles.fujian();
		OperationRules o = fj.operation();
		CreditRules c = fj.credit();
		PolicyProfile edited = fj.with(fj.application(), fj.review(),
				new OperationRules(o.annualReportDue(), Cited.of(-1000, "x"), o.belowMinimum(), o.managingUnit(),
						o.planNeedsManagingUnitConsent(), o.feesDisclosed()),
				fj.supervision(), new CreditRules(c.annualHours(), Cited.of(-30, "x"), c.professionalMinimum(),
						c.electiveMinimum(), c.shares(), c.baseTrainingCounts()));
		assertThat(problems(edited)).containsExactlyInAnyOrder("operation.minimumPlannedTrainees:policy.invalid.negative",
				"credit.publicMinimum:policy.invalid.negative");
	}

	@Test
	void aShareAboveTheWholeIsRefused() {
		PolicyProfile fj = Profiles.fujian();
		CreditRules c = fj.credit();
		PolicyProfile edited = withCredit(fj, new CreditRules(c.annualHours(), c.publicMinimum(), c.professionalMinimum(),
				c.electiveMinimum(), List.of(c.shares().get(0), Cited.of(new HoursShare(HoursCategory.PUBLIC, 4, 3), "x")),
				c.baseTrainingCounts()));
		assertThat(problems(edited)).containsExactly("credit.shares[1]:policy.invalid.shareAboveWhole");
	}

	@Test
	void aCategoryMinimumAboveTheTotalIsRefused() {
		PolicyProfile fj = Profiles.fujian();
		CreditRules c = fj.credit();
		PolicyProfile edited = withCredit(fj, new CreditRules(c.annualHours(), Cited.of(30, "x"), Cited.of(91, "x"),
				Cited.of(18, "x"), c.shares(), c.baseTrainingCounts()));
		assertThat(problems(edited)).containsExactly("credit.professionalMinimum:policy.invalid.minimumAboveTotal");
	}

	@Test
	void aProvinceMaySetEachCategorysMinimum() {
		// 公需 ≥ 30 + 专业 ≥ 42 + 选修 ≥ 18 of 90
		PolicyProfile fj = Profiles.fujian();
		CreditRules c = fj.credit();
		PolicyProfile edited = withCredit(fj, new CreditRules(Cited.of(90, "x"), Cited.of(30, "x"), Cited.of(42, "x"),
				Cited.of(18, "x"), c.shares(), c.baseTrainingCounts()));
		assertThat(problems(edited)).isEmpty();
		assertThat(edited.credit().minimum(HoursCategory.PROFESSIONAL).value()).isEqualTo(42);
	}

	@Test
	void aMissingSectionIsRefused() {
		PolicyProfile fj = Profiles.fujian();
		assertThat(problems(fj.with(fj.application(), fj.review(), null, fj.supervision(), fj.credit())))
			.containsExactly("operation:validation.required");
	}

	private static List<String> problems(PolicyProfile profile) {
		return ProfileValidation.problemsWith(profile).stream().map(p -> p.field() + ":" + p.messageKey()).toList();
	}

	private static PolicyProfile withQuotas(PolicyProfile p, List<QuotaSetting> quotas) {
		ReviewRules r = p.review();
		return p.with(p.application(), new ReviewRules(r.route(), quotas, r.publicityDays(), r.subsidyCapYuan(),
				r.baseNumberFormat()), p.operation(), p.supervision(), p.credit());
	}

	private static PolicyProfile withRoute(PolicyProfile p, List<RouteStage> route) {
		ReviewRules r = p.review();
		return p.with(p.application(), new ReviewRules(route, r.quotas(), r.publicityDays(), r.subsidyCapYuan(),
				r.baseNumberFormat()), p.operation(), p.supervision(), p.credit());
	}

	private static PolicyProfile withRules(PolicyProfile p, List<RuleSetting> rules) {
		ApplicationRules a = p.application();
		return p.with(new ApplicationRules(rules, a.tracks(), a.formSections(), a.keyFields(), a.priorityHints()), p.review(),
				p.operation(), p.supervision(), p.credit());
	}

	private static PolicyProfile withCredit(PolicyProfile p, CreditRules credit) {
		return p.with(p.application(), p.review(), p.operation(), p.supervision(), credit);
	}
}
