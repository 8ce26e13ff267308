package cn.cebase.policy;

import java.time.LocalDate;
import java.util.List;
import java.util.Set;

/**
 * What the rules look at: partly known to the platform (type, region, credit records, bans, other
 * applications), partly declared by the institution on its form (venue, managers, trainees…).
 * A declared fact left empty is {@code null}: the rule then warns instead of deciding.
 *
 * @param annualTrainees trainees of the last full years, oldest first
 * @param basesHeld the bases the institution holds that still hold their title
 */
public record EligibilityFacts(String institutionType, String regionCode, Boolean independentLegalPerson,
		Integer venueSeats, Integer fullTimeManagersWithBachelor, List<Integer> annualTrainees, int adverseCreditRecords,
		Boolean platformConnectsToProvince, Set<String> platformFunctions, LocalDate lastRevokedOn,
		boolean falsifiedBefore, boolean alreadyAppliedInCall, String keyField, LocalDate today,
		List<BaseHolding> basesHeld) {

	public EligibilityFacts {
		// a year left blank stays as null: the rule reads it as not known, not as zero
		annualTrainees = annualTrainees == null ? List.of()
				: java.util.Collections.unmodifiableList(new java.util.ArrayList<>(annualTrainees));
		platformFunctions = platformFunctions == null ? Set.of() : Set.copyOf(platformFunctions);
		basesHeld = basesHeld == null ? List.of() : List.copyOf(basesHeld);
	}

	/** Facts of an institution that holds no base. */
	public EligibilityFacts(String institutionType, String regionCode, Boolean independentLegalPerson, Integer venueSeats,
			Integer fullTimeManagersWithBachelor, List<Integer> annualTrainees, int adverseCreditRecords,
			Boolean platformConnectsToProvince, Set<String> platformFunctions, LocalDate lastRevokedOn,
			boolean falsifiedBefore, boolean alreadyAppliedInCall, String keyField, LocalDate today) {
		this(institutionType, regionCode, independentLegalPerson, venueSeats, fullTimeManagersWithBachelor, annualTrainees,
				adverseCreditRecords, platformConnectsToProvince, platformFunctions, lastRevokedOn, falsifiedBefore,
				alreadyAppliedInCall, keyField, today, List.of());
	}

	/** The same facts with the bases the institution holds. */
	public EligibilityFacts withBasesHeld(List<BaseHolding> held) {
		return new EligibilityFacts(institutionType, regionCode, independentLegalPerson, venueSeats,
				fullTimeManagersWithBachelor, annualTrainees, adverseCreditRecords, platformConnectsToProvince,
				platformFunctions, lastRevokedOn, falsifiedBefore, alreadyAppliedInCall, keyField, today, held);
	}
}
