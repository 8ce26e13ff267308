package cn.cebase.policy;

import java.util.List;

/** Every rule's answer for one institution, profile and track, and the overall verdict. */
public record EligibilityReport(String profileCode, TrackKind track, List<RuleResult> results) {

	public EligibilityReport {
		results = List.copyOf(results);
	}

	/** FAIL if any rule fails; else WARN if one warns; else NEEDS_EXPERT if the experts must judge; else PASS. */
	public Outcome overall() {
		if (has(Outcome.FAIL)) {
			return Outcome.FAIL;
		}
		if (has(Outcome.WARN)) {
			return Outcome.WARN;
		}
		return has(Outcome.NEEDS_EXPERT) ? Outcome.NEEDS_EXPERT : Outcome.PASS;
	}

	public List<RuleResult> failures() {
		return results.stream().filter(r -> r.outcome() == Outcome.FAIL).toList();
	}

	private boolean has(Outcome outcome) {
		return results.stream().anyMatch(r -> r.outcome() == outcome);
	}
}
