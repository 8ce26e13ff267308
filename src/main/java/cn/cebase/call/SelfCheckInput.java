package cn.cebase.call;

import java.util.List;
import java.util.Set;

import cn.cebase.policy.TrackKind;

/** What the institution declares for its self-check; anything left empty makes the rule warn, not decide. */
public record SelfCheckInput(TrackKind track, Boolean independentLegalPerson, Integer venueSeats,
		Integer fullTimeManagersWithBachelor, List<Integer> annualTrainees, Boolean platformConnectsToProvince,
		Set<String> platformFunctions, String keyField) {
}
