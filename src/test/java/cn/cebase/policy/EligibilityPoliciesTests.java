package cn.cebase.policy;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.List;
import java.util.Map;
import java.util.Set;

import cn.cebase.policy.PolicyProfile.RuleSetting;
import cn.cebase.shared.BusinessException;

import org.junit.jupiter.api.Test;

/** Each named rule on its own: what it passes, what it refuses, what it leaves to the experts, with its citation. */
class EligibilityPoliciesTests {

	private static final PolicyProfile FUJIAN = Profiles.fujian();

	@Test
	void legalPersonIsRequiredAndUnknownIsAWarning() {
		assertThat(run("LEGAL_PERSON", Map.of(), Facts.strongUniversityIn("350100").with(f -> copy(f, "legal", false))))
			.isEqualTo(Outcome.FAIL);
		assertThat(run("LEGAL_PERSON", Map.of(), Facts.strongUniversityIn("350100").with(f -> copy(f, "legal", null))))
			.isEqualTo(Outcome.WARN);
	}

	@Test
	void institutionTypeMustBeInTheCallsRange() {
		Facts other = Facts.strongUniversityIn("220100").with(f -> copy(f, "type", "OTHER"));
		assertThat(first(Profiles.jilin(), other, "ELIGIBLE_INSTITUTION_TYPE").outcome()).isEqualTo(Outcome.FAIL);
		// FJ 第八条（二） admits 从事教育培训的其他组织和单位
		assertThat(first(FUJIAN, Facts.strongUniversityIn("350100").with(f -> copy(f, "type", "OTHER")),
				"ELIGIBLE_INSTITUTION_TYPE").outcome()).isEqualTo(Outcome.PASS);
	}

	@Test
	void anInstitutionOutsideTheProvinceCannotApply() {
		RuleResult result = first(FUJIAN, Facts.strongUniversityIn("220100"), "LOCATED_IN_JURISDICTION");
		assertThat(result.outcome()).isEqualTo(Outcome.FAIL);
		assertThat(result.source()).isEqualTo("闽人社发〔2024〕5号 第七条（一）");
		// a municipal profile checks the city
		assertThat(first(Profiles.zibo(), Facts.strongUniversityIn("370102"), "LOCATED_IN_JURISDICTION").outcome())
			.isEqualTo(Outcome.FAIL);
		assertThat(first(Profiles.zibo(), Facts.strongUniversityIn("370303"), "LOCATED_IN_JURISDICTION").outcome())
			.isEqualTo(Outcome.PASS);
	}

	@Test
	void anAdverseCreditRecordFailsInFujian() {
		RuleResult result = first(FUJIAN, Facts.strongUniversityIn("350100").with(f -> copy(f, "credit", 1)),
				"CLEAN_CREDIT_RECORD");
		assertThat(result.outcome()).isEqualTo(Outcome.FAIL);
		assertThat(result.args()).containsExactly(1);
	}

	@Test
	void thePlatformMustConnectToTheProvincialPlatformInFujian() {
		assertThat(first(FUJIAN, Facts.strongUniversityIn("350100").with(f -> copy(f, "connects", false)),
				"PLATFORM_CONNECTS_TO_PROVINCE").outcome()).isEqualTo(Outcome.FAIL);
	}

	@Test
	void jilinNamesTheMissingPlatformFunctions() {
		RuleResult result = first(Profiles.jilin(), Facts.strongUniversityIn("220100")
			.with(f -> copy(f, "functions", Set.of("网上报名", "网络学习", "用户管理"))), "PLATFORM_FUNCTIONS");
		assertThat(result.outcome()).isEqualTo(Outcome.FAIL);
		assertThat(result.args()).containsExactly("在线考试、审核验证");
	}

	@Test
	void aFalsifiedApplicationIsNeverAcceptedAgain() {
		assertThat(first(FUJIAN, Facts.strongUniversityIn("350100").with(f -> copy(f, "falsified", true)), "NEVER_FALSIFIED")
			.outcome()).isEqualTo(Outcome.FAIL);
	}

	@Test
	void oneApplicationPerCall() {
		assertThat(first(Profiles.shandong(), Facts.strongUniversityIn("370100").with(f -> copy(f, "applied", true)),
				"ONE_APPLICATION_PER_CALL").outcome()).isEqualTo(Outcome.FAIL);
	}

	@Test
	void aFieldOutsideTheKeyFieldsIsAWarningNotABar() {
		assertThat(first(Profiles.national(), Facts.strongUniversityIn("110101").with(f -> copy(f, "field", "旅游管理")),
				"KEY_FIELD").outcome()).isEqualTo(Outcome.WARN);
		assertThat(first(Profiles.national(), Facts.strongUniversityIn("110101"), "KEY_FIELD").outcome())
			.isEqualTo(Outcome.PASS);
	}

	@Test
	void qualitativeConditionsAreForTheExperts() {
		assertThat(EligibilityCheck.run(Profiles.jilin(), TrackKind.REGULAR, Facts.strongUniversityIn("220100").facts())
			.results()).filteredOn(r -> r.rule().equals("EXPERT_JUDGEMENT"))
			.hasSize(4)
			.allSatisfy(r -> assertThat(r.outcome()).isEqualTo(Outcome.NEEDS_EXPERT));
	}

	@Test
	void anEarlierWeakYearIsAWarning() {
		assertThat(first(FUJIAN, Facts.strongUniversityIn("350100").trainees(800, 1200), "MINIMUM_ANNUAL_TRAINEES").outcome())
			.isEqualTo(Outcome.WARN);
		assertThat(first(FUJIAN, Facts.strongUniversityIn("350100").trainees(), "MINIMUM_ANNUAL_TRAINEES").outcome())
			.isEqualTo(Outcome.WARN);
	}

	@Test
	void aTrackTheProfileDoesNotOfferIsRefused() {
		assertThatThrownBy(() -> EligibilityCheck.run(FUJIAN, TrackKind.RURAL_REVITALIZATION,
				Facts.strongUniversityIn("350100").facts()))
			.isInstanceOfSatisfying(BusinessException.class, ex -> assertThat(ex.field()).isEqualTo("track"));
	}

	@Test
	void zibosDirectTrackSkipsTheTraineeThreshold() {
		// ZB 第二十五条: national and provincial bases apply directly; the 500 of 第八条（五） is set for the regular track
		assertThat(EligibilityCheck.run(Profiles.zibo(), TrackKind.DIRECT, Facts.strongUniversityIn("370303").trainees(10).facts())
			.results()).noneMatch(r -> r.rule().equals("MINIMUM_ANNUAL_TRAINEES"));
	}

	private static Outcome run(String rule, Map<String, Object> parameters, Facts facts) {
		return EligibilityPolicies.named(rule)
			.orElseThrow()
			.evaluate(facts.facts(), new RuleSetting(rule, parameters, List.of(), "test"), TrackKind.REGULAR, FUJIAN)
			.outcome();
	}

	private static RuleResult first(PolicyProfile profile, Facts facts, String rule) {
		return EligibilityCheck.run(profile, TrackKind.REGULAR, facts.facts())
			.results()
			.stream()
			.filter(r -> r.rule().equals(rule))
			.findFirst()
			.orElseThrow();
	}

	/** One fact changed, by name, to keep each test to the point. */
	@SuppressWarnings("unchecked")
	private static EligibilityFacts copy(EligibilityFacts f, String what, Object value) {
		return new EligibilityFacts(what.equals("type") ? (String) value : f.institutionType(), f.regionCode(),
				what.equals("legal") ? (Boolean) value : f.independentLegalPerson(), f.venueSeats(),
				f.fullTimeManagersWithBachelor(), f.annualTrainees(),
				what.equals("credit") ? (Integer) value : f.adverseCreditRecords(),
				what.equals("connects") ? (Boolean) value : f.platformConnectsToProvince(),
				what.equals("functions") ? (Set<String>) value : f.platformFunctions(), f.lastRevokedOn(),
				what.equals("falsified") ? (Boolean) value : f.falsifiedBefore(),
				what.equals("applied") ? (Boolean) value : f.alreadyAppliedInCall(),
				what.equals("field") ? (String) value : f.keyField(), f.today());
	}
}
