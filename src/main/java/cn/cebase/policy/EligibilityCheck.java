package cn.cebase.policy;

import java.util.List;

import cn.cebase.shared.BusinessException;

/** Runs a profile's eligibility rules for a track, in the profile's order. */
public final class EligibilityCheck {

	private EligibilityCheck() {
	}

	public static EligibilityReport run(PolicyProfile profile, TrackKind track, EligibilityFacts facts) {
		if (!profile.application().hasTrack(track)) {
			throw BusinessException.invalidField("track", "policy.trackNotOffered", track.name(), profile.code());
		}
		List<RuleResult> results = profile.application().eligibility()
			.stream()
			.filter(setting -> setting.appliesTo(track))
			.map(setting -> EligibilityPolicies.named(setting.rule())
				.orElseThrow(() -> new IllegalStateException("unknown rule " + setting.rule() + " in a validated profile"))
				.evaluate(facts, setting, track, profile))
			.toList();
		return new EligibilityReport(profile.code(), track, results);
	}
}
