package cn.cebase.policy;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;

import org.junit.jupiter.api.Test;

/**
 * The two rules about bases an applicant already holds: 重新确认 of a base the call's own authority
 * recognised (SD 三(三)) and 直接申请 by a national or provincial base of the city (ZB 第二十五条).
 */
class ExistingBasePoliciesTests {

	@Test
	void reconfirmationNeedsABaseOfTheCallsOwnAuthorityAtItsLevel() {
		RuleResult holder = rule(Profiles.shandong(), TrackKind.RECONFIRMATION, "370102", "HOLDS_EXISTING_BASE",
				new BaseHolding(ProfileLevel.PROVINCIAL, "370102", true, true));
		assertThat(holder.outcome()).isEqualTo(Outcome.PASS);
		assertThat(holder.messageKey()).isEqualTo("eligibility.existingBase.pass");
		assertThat(holder.source()).isEqualTo("鲁人社 2019年8月14日通知 三（三）");
		// a base under rectification still holds its title and may be re-confirmed
		assertThat(rule(Profiles.shandong(), TrackKind.RECONFIRMATION, "370102", "HOLDS_EXISTING_BASE",
				new BaseHolding(ProfileLevel.PROVINCIAL, "370102", false, true)).outcome()).isEqualTo(Outcome.PASS);

		RuleResult none = rule(Profiles.shandong(), TrackKind.RECONFIRMATION, "370102", "HOLDS_EXISTING_BASE");
		assertThat(none.outcome()).isEqualTo(Outcome.FAIL);
		assertThat(none.messageKey()).isEqualTo("eligibility.existingBase.fail");
		// another authority's base, or a municipal one, is not the province's to re-confirm
		assertThat(rule(Profiles.shandong(), TrackKind.RECONFIRMATION, "370102", "HOLDS_EXISTING_BASE",
				new BaseHolding(ProfileLevel.PROVINCIAL, "350102", true, false)).outcome()).isEqualTo(Outcome.FAIL);
		assertThat(rule(Profiles.shandong(), TrackKind.RECONFIRMATION, "370303", "HOLDS_EXISTING_BASE",
				new BaseHolding(ProfileLevel.MUNICIPAL, "370303", true, true)).outcome()).isEqualTo(Outcome.FAIL);
	}

	@Test
	void reconfirmationIsAskedOnlyOnItsOwnTrack() {
		assertThat(EligibilityCheck.run(Profiles.shandong(), TrackKind.REGULAR, Facts.strongUniversityIn("370102").facts())
			.results()).noneMatch(r -> r.rule().equals("HOLDS_EXISTING_BASE"));
	}

	@Test
	void aNationalOrProvincialBaseInZiboMayApplyDirectly() {
		RuleResult provincial = rule(Profiles.zibo(), TrackKind.DIRECT, "370303", "HOLDS_NATIONAL_OR_PROVINCIAL_BASE",
				new BaseHolding(ProfileLevel.PROVINCIAL, "370303", true, false));
		assertThat(provincial.outcome()).isEqualTo(Outcome.PASS);
		assertThat(provincial.messageKey()).isEqualTo("eligibility.higherBase.pass");
		assertThat(provincial.source()).isEqualTo("淄人社发〔2025〕5号 第二十五条");
		assertThat(rule(Profiles.zibo(), TrackKind.DIRECT, "370303", "HOLDS_NATIONAL_OR_PROVINCIAL_BASE",
				new BaseHolding(ProfileLevel.NATIONAL, "370303", true, false)).outcome()).isEqualTo(Outcome.PASS);
	}

	@Test
	void noBaseAMunicipalOneOneElsewhereOrOneUnderRectificationIsRefusedDirectApplication() {
		RuleResult none = rule(Profiles.zibo(), TrackKind.DIRECT, "370303", "HOLDS_NATIONAL_OR_PROVINCIAL_BASE");
		assertThat(none.outcome()).isEqualTo(Outcome.FAIL);
		assertThat(none.messageKey()).isEqualTo("eligibility.higherBase.fail");
		assertThat(rule(Profiles.zibo(), TrackKind.DIRECT, "370303", "HOLDS_NATIONAL_OR_PROVINCIAL_BASE",
				new BaseHolding(ProfileLevel.MUNICIPAL, "370303", true, true)).outcome()).isEqualTo(Outcome.FAIL);
		// "我市获批设立的": a provincial base in 济南 does not make a Zibo one
		assertThat(rule(Profiles.zibo(), TrackKind.DIRECT, "370303", "HOLDS_NATIONAL_OR_PROVINCIAL_BASE",
				new BaseHolding(ProfileLevel.PROVINCIAL, "370102", true, false)).outcome()).isEqualTo(Outcome.FAIL);
		assertThat(rule(Profiles.zibo(), TrackKind.DIRECT, "370303", "HOLDS_NATIONAL_OR_PROVINCIAL_BASE",
				new BaseHolding(ProfileLevel.PROVINCIAL, "370303", false, false)).outcome()).isEqualTo(Outcome.FAIL);
	}

	@Test
	void theRegularZiboTrackDoesNotAskForABase() {
		assertThat(EligibilityCheck.run(Profiles.zibo(), TrackKind.REGULAR, Facts.strongUniversityIn("370303").facts())
			.results()).noneMatch(r -> r.rule().equals("HOLDS_NATIONAL_OR_PROVINCIAL_BASE"));
	}

	@Test
	void bothRulesAreNamedAndNeedNoParameters() {
		assertThat(EligibilityPolicies.named("HOLDS_EXISTING_BASE")).hasValueSatisfying(
				p -> assertThat(p.requiredParameters()).isEmpty());
		assertThat(EligibilityPolicies.named("HOLDS_NATIONAL_OR_PROVINCIAL_BASE")).isPresent();
		assertThat(ProfileValidation.problemsWith(Profiles.shandong())).isEmpty();
		assertThat(ProfileValidation.problemsWith(Profiles.zibo())).isEmpty();
	}

	@Test
	void heldBasesAreCarriedThroughACopyOfTheFacts() {
		EligibilityFacts facts = Facts.strongUniversityIn("370303").facts();
		assertThat(facts.basesHeld()).isEmpty();
		BaseHolding held = new BaseHolding(ProfileLevel.PROVINCIAL, "370303", true, false);
		assertThat(facts.withBasesHeld(List.of(held)).basesHeld()).containsExactly(held);
	}

	private static RuleResult rule(PolicyProfile profile, TrackKind track, String regionCode, String rule,
			BaseHolding... held) {
		EligibilityFacts facts = Facts.strongUniversityIn(regionCode).facts().withBasesHeld(List.of(held));
		return EligibilityCheck.run(profile, track, facts)
			.results()
			.stream()
			.filter(r -> r.rule().equals(rule))
			.findFirst()
			.orElseThrow();
	}
}
