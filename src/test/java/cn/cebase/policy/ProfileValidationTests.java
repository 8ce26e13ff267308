package cn.cebase.policy;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;

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
		assertThat(problems(edited)).containsExactly("quotas[0].perTrack:policy.invalid.sharesAboveQuota");
	}

	@Test
	void aNegativeQuotaAndAShareOfAnUnofferedTrackAreRefused() {
		PolicyProfile edited = withQuotas(Profiles.jilin(),
				List.of(new QuotaSetting(RecommenderKind.CITY, -1, Map.of(TrackKind.RURAL_REVITALIZATION, 0), "JL 二")));
		assertThat(problems(edited)).contains("quotas[0].total:policy.invalid.negative",
				"quotas[0].perTrack.RURAL_REVITALIZATION:policy.invalid.shareOfUnknownTrack");
	}

	@Test
	void aRuleWithoutItsParameterIsRefused() {
		PolicyProfile fj = Profiles.fujian();
		List<RuleSetting> rules = new ArrayList<>(fj.eligibility());
		rules.set(0, new RuleSetting("MINIMUM_ANNUAL_TRAINEES", Map.of(), List.of(), "FJ 第七条（五）"));
		rules.set(1, new RuleSetting("NO_SUCH_RULE", Map.of(), List.of(), "x"));
		rules.set(2, new RuleSetting("VENUE_CAPACITY", Map.of("minimumSeats", -5), List.of(), ""));
		assertThat(problems(withRules(fj, rules))).containsExactlyInAnyOrder(
				"eligibility[0].parameters.minimum:policy.invalid.missingParameter",
				"eligibility[1].rule:policy.invalid.unknownRule",
				"eligibility[2].parameters.minimumSeats:policy.invalid.negative", "eligibility[2].source:policy.invalid.sourceRequired");
	}

	@Test
	void theRouteMustEndWithTheAuthority() {
		PolicyProfile fj = Profiles.fujian();
		PolicyProfile edited = new PolicyProfile(fj.code(), fj.jurisdiction(), 2, fj.title(), fj.document(), fj.level(),
				fj.regionCode(), fj.effectiveFrom(), fj.effectiveTo(), fj.eligibility(), fj.tracks(), fj.quotas(),
				List.of(new RouteStage("审核推荐", RouteActor.RECOMMENDER, "推荐", "FJ 第八条（三）",
						List.of(RecommenderKind.CITY))), fj.formSections(),
				fj.keyFields(), fj.priorityHints(), fj.publicityDays(), fj.annualReportDue(), fj.assessmentCycleYears(),
				fj.revokedBanYears(), fj.falsifiedBanForever(), fj.annualHoursRequirement(), fj.subsidyCapYuan(), fj.baseNumberFormat(), fj.notes());
		assertThat(problems(edited)).containsExactly("route:policy.invalid.routeEndsWithAuthority");
	}

	@Test
	void aRecommendingStageMustNameWhoMayRecommend() {
		PolicyProfile fj = Profiles.fujian();
		PolicyProfile edited = new PolicyProfile(fj.code(), fj.jurisdiction(), 2, fj.title(), fj.document(), fj.level(),
				fj.regionCode(), fj.effectiveFrom(), fj.effectiveTo(), fj.eligibility(), fj.tracks(), fj.quotas(),
				List.of(new RouteStage("审核推荐", RouteActor.RECOMMENDER, "推荐", "FJ 第八条（三）"), fj.route().get(1)),
				fj.formSections(), fj.keyFields(), fj.priorityHints(), fj.publicityDays(), fj.annualReportDue(),
				fj.assessmentCycleYears(), fj.revokedBanYears(), fj.falsifiedBanForever(), fj.annualHoursRequirement(),
				fj.subsidyCapYuan(), fj.baseNumberFormat(), fj.notes());
		assertThat(problems(edited)).containsExactly("route[0].recommenders:policy.invalid.noRecommenders");
	}

	@Test
	void anEndBeforeTheStartAndAWrongDueDateAreRefused() {
		PolicyProfile fj = Profiles.fujian();
		PolicyProfile edited = new PolicyProfile(fj.code(), fj.jurisdiction(), 2, fj.title(), fj.document(), fj.level(),
				fj.regionCode(), Cited.of(LocalDate.of(2024, 9, 30), "x"), Cited.of(LocalDate.of(2024, 9, 29), "x"),
				fj.eligibility(), fj.tracks(), fj.quotas(), fj.route(), fj.formSections(), fj.keyFields(), fj.priorityHints(),
				Cited.of(-1, "x"), Cited.of("12-32", "x"), fj.assessmentCycleYears(), fj.revokedBanYears(),
				fj.falsifiedBanForever(), fj.annualHoursRequirement(), fj.subsidyCapYuan(), fj.baseNumberFormat(), fj.notes());
		assertThat(problems(edited)).containsExactlyInAnyOrder("effectiveTo:policy.invalid.effectiveToBeforeFrom",
				"publicityDays:policy.invalid.negative", "annualReportDue:policy.invalid.monthDay");
	}

	private static List<String> problems(PolicyProfile profile) {
		return ProfileValidation.problemsWith(profile).stream().map(p -> p.field() + ":" + p.messageKey()).toList();
	}

	private static PolicyProfile withQuotas(PolicyProfile p, List<QuotaSetting> quotas) {
		return new PolicyProfile(p.code(), p.jurisdiction(), p.version() + 1, p.title(), p.document(), p.level(),
				p.regionCode(), p.effectiveFrom(), p.effectiveTo(), p.eligibility(), p.tracks(), quotas, p.route(),
				p.formSections(), p.keyFields(), p.priorityHints(), p.publicityDays(), p.annualReportDue(),
				p.assessmentCycleYears(), p.revokedBanYears(), p.falsifiedBanForever(), p.annualHoursRequirement(),
				p.subsidyCapYuan(), p.baseNumberFormat(), p.notes());
	}

	private static PolicyProfile withRules(PolicyProfile p, List<RuleSetting> rules) {
		return new PolicyProfile(p.code(), p.jurisdiction(), p.version() + 1, p.title(), p.document(), p.level(),
				p.regionCode(), p.effectiveFrom(), p.effectiveTo(), rules, p.tracks(), p.quotas(), p.route(),
				p.formSections(), p.keyFields(), p.priorityHints(), p.publicityDays(), p.annualReportDue(),
				p.assessmentCycleYears(), p.revokedBanYears(), p.falsifiedBanForever(), p.annualHoursRequirement(),
				p.subsidyCapYuan(), p.baseNumberFormat(), p.notes());
	}
}
