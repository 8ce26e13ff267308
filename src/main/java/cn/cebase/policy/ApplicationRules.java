package cn.cebase.policy;

import java.util.List;

import cn.cebase.policy.PolicyProfile.RuleSetting;
import cn.cebase.policy.PolicyProfile.TrackSetting;

/**
 * 申报: who may apply and with what — the eligibility conditions (申报条件), the tracks (申报类别),
 * the sections of the form, the key fields and what the document says to prefer.
 */
public record ApplicationRules(List<RuleSetting> eligibility, List<TrackSetting> tracks, List<Cited<String>> formSections,
		List<Cited<String>> keyFields, List<Cited<String>> priorityHints) {

	public ApplicationRules {
		eligibility = eligibility == null ? List.of() : List.copyOf(eligibility);
		tracks = tracks == null ? List.of() : List.copyOf(tracks);
		formSections = formSections == null ? List.of() : List.copyOf(formSections);
		keyFields = keyFields == null ? List.of() : List.copyOf(keyFields);
		priorityHints = priorityHints == null ? List.of() : List.copyOf(priorityHints);
	}

	public boolean hasTrack(TrackKind kind) {
		return tracks.stream().anyMatch(t -> t.kind() == kind);
	}
}
