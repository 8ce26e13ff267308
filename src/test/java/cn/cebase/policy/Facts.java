package cn.cebase.policy;

import java.time.LocalDate;
import java.util.List;
import java.util.Set;

/** An institution that meets every numeric condition of every seed; tests change one fact at a time. */
record Facts(EligibilityFacts facts) {

	static final LocalDate TODAY = LocalDate.of(2026, 11, 21);

	static Facts strongUniversityIn(String regionCode) {
		return new Facts(new EligibilityFacts("UNIVERSITY", regionCode, true, 300, 12, List.of(2600, 2800, 3000), 0, true,
				Set.of("网上报名", "网络学习", "在线考试", "审核验证", "用户管理"), null, false, false, "新材料", TODAY));
	}

	Facts trainees(Integer... perYear) {
		EligibilityFacts f = facts;
		return new Facts(new EligibilityFacts(f.institutionType(), f.regionCode(), f.independentLegalPerson(), f.venueSeats(),
				f.fullTimeManagersWithBachelor(), java.util.Arrays.asList(perYear), f.adverseCreditRecords(),
				f.platformConnectsToProvince(), f.platformFunctions(), f.lastRevokedOn(), f.falsifiedBefore(),
				f.alreadyAppliedInCall(), f.keyField(), f.today()));
	}

	Facts venueSeats(Integer seats) {
		EligibilityFacts f = facts;
		return new Facts(new EligibilityFacts(f.institutionType(), f.regionCode(), f.independentLegalPerson(), seats,
				f.fullTimeManagersWithBachelor(), f.annualTrainees(), f.adverseCreditRecords(), f.platformConnectsToProvince(),
				f.platformFunctions(), f.lastRevokedOn(), f.falsifiedBefore(), f.alreadyAppliedInCall(), f.keyField(), f.today()));
	}

	Facts managers(Integer managers) {
		EligibilityFacts f = facts;
		return new Facts(new EligibilityFacts(f.institutionType(), f.regionCode(), f.independentLegalPerson(), f.venueSeats(),
				managers, f.annualTrainees(), f.adverseCreditRecords(), f.platformConnectsToProvince(), f.platformFunctions(),
				f.lastRevokedOn(), f.falsifiedBefore(), f.alreadyAppliedInCall(), f.keyField(), f.today()));
	}

	Facts revokedOn(LocalDate date) {
		EligibilityFacts f = facts;
		return new Facts(new EligibilityFacts(f.institutionType(), f.regionCode(), f.independentLegalPerson(), f.venueSeats(),
				f.fullTimeManagersWithBachelor(), f.annualTrainees(), f.adverseCreditRecords(), f.platformConnectsToProvince(),
				f.platformFunctions(), date, f.falsifiedBefore(), f.alreadyAppliedInCall(), f.keyField(), f.today()));
	}

	Facts with(java.util.function.UnaryOperator<EligibilityFacts> change) {
		return new Facts(change.apply(facts));
	}
}
