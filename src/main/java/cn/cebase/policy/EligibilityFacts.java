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
 */
public record EligibilityFacts(String institutionType, String regionCode, Boolean independentLegalPerson,
		Integer venueSeats, Integer fullTimeManagersWithBachelor, List<Integer> annualTrainees, int adverseCreditRecords,
		Boolean platformConnectsToProvince, Set<String> platformFunctions, LocalDate lastRevokedOn,
		boolean falsifiedBefore, boolean alreadyAppliedInCall, String keyField, LocalDate today) {

	public EligibilityFacts {
		// a year left blank stays as null: the rule reads it as not known, not as zero
		annualTrainees = annualTrainees == null ? List.of()
				: java.util.Collections.unmodifiableList(new java.util.ArrayList<>(annualTrainees));
		platformFunctions = platformFunctions == null ? Set.of() : Set.copyOf(platformFunctions);
	}
}
