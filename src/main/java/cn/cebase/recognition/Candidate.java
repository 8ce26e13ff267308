package cn.cebase.recognition;

import cn.cebase.declaration.DeclarationStatus;
import cn.cebase.policy.TrackKind;

/**
 * An accepted application as the committee sees it when it decides: who applied, on which track and
 * in which field, where it stands, and the decision taken on it so far (null until then).
 */
public record Candidate(long declarationId, long institutionId, long applicantOrganizationId, String institutionName, String regionCode,
		String regionName, TrackKind track, String keyField, DeclarationStatus status, CommitteeDecision decision) {
}
