package cn.cebase.policy;

import java.util.List;
import java.util.Set;

import cn.cebase.policy.PolicyProfile.RuleSetting;

/** A named eligibility rule; a profile turns it on with its parameters and citation. */
public interface EligibilityPolicy {

	/** The name profiles use, e.g. {@code MINIMUM_ANNUAL_TRAINEES}. */
	String name();

	/** The parameters a profile must give; validation refuses a profile that leaves one out. */
	default Set<String> requiredParameters() {
		return Set.of();
	}

	RuleResult evaluate(EligibilityFacts facts, RuleSetting setting, TrackKind track, PolicyProfile profile);

	default RuleResult result(RuleSetting setting, Outcome outcome, String key, Object... args) {
		return new RuleResult(name(), outcome, key, List.of(args), setting.source());
	}

	static int number(RuleSetting setting, String parameter) {
		return ((Number) setting.parameters().get(parameter)).intValue();
	}
}
