package cn.cebase.call;

import java.time.Clock;
import java.util.List;

import cn.cebase.identity.CurrentUser;
import cn.cebase.institution.Institution;
import cn.cebase.institution.InstitutionManagement;
import cn.cebase.policy.BaseHolding;
import cn.cebase.policy.EligibilityCheck;
import cn.cebase.policy.EligibilityFacts;
import cn.cebase.policy.EligibilityReport;
import cn.cebase.policy.PolicyProfile;
import cn.cebase.policy.TrackKind;
import cn.cebase.shared.BusinessException;

import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;

/**
 * A call's eligibility rules and the facts they look at: the institution's self-check, and the facts
 * assembled for the rules at submission. {@link CallManagement} is its door for other modules.
 */
@Component
class CallEligibility {

	private final CallAccess access;

	private final InstitutionManagement institutions;

	private final List<SubmittedApplications> submitted;

	private final List<HeldBases> heldBases;

	private final Clock clock;

	CallEligibility(CallAccess access, InstitutionManagement institutions, List<SubmittedApplications> submitted,
			List<HeldBases> heldBases, Clock clock) {
		this.access = access;
		this.institutions = institutions;
		this.submitted = submitted;
		this.heldBases = heldBases;
		this.clock = clock;
	}

	/**
	 * 资格自查: the call's rules run for the signed-in institution, on what the platform knows of it
	 * (type, region, adverse credit records) and what it declares. Nothing is stored.
	 */
	@Transactional(readOnly = true)
	EligibilityReport selfCheck(CurrentUser actor, long callId, SelfCheckInput input) {
		Institution institution = institutions.mine(actor);
		Call call = access.get(actor, callId);
		if (call.status() != CallStatus.PUBLISHED) {
			throw BusinessException.conflict("call.notOpen");
		}
		TrackKind track = input.track() == null ? TrackKind.REGULAR : input.track();
		if (!call.offers(track)) {
			throw BusinessException.invalidField("track", "call.trackNotOffered");
		}
		if (input.annualTrainees() != null && input.annualTrainees().stream().anyMatch(n -> n != null && n < 0)
				|| input.venueSeats() != null && input.venueSeats() < 0
				|| input.fullTimeManagersWithBachelor() != null && input.fullTimeManagersWithBachelor() < 0) {
			throw BusinessException.invalidField("annualTrainees", "policy.invalid.negative");
		}
		PolicyProfile profile = access.profileOf(call);
		EligibilityFacts facts = eligibilityFacts(actor, call, institution, input, true);
		return EligibilityCheck.run(profile, track, facts);
	}

	/**
	 * What the call's rules look at, assembled here and nowhere else, each fact from the module that
	 * owns it: type, region and adverse credit records (institution); another live application in the
	 * call and a refusal for falsified materials (declaration, review); the bases held and the newest
	 * revocation of a base this authority had recognised (base, FJ 第二十四条); the rest as declared.
	 *
	 * @param otherApplicationsCount false at submission, where the application being submitted is the one in the call
	 */
	@Transactional(readOnly = true)
	EligibilityFacts eligibilityFacts(CurrentUser actor, Call call, Institution institution, SelfCheckInput declared,
			boolean otherApplicationsCount) {
		long id = institution.id();
		boolean applied = otherApplicationsCount && submitted.stream().anyMatch(a -> a.exists(call.id(), id));
		boolean falsified = submitted.stream().anyMatch(a -> a.falsifiedBefore(id));
		java.time.LocalDate lastRevokedOn = heldBases.stream()
			.map(h -> h.lastRevokedOn(call.authorityId(), id, institution.creditCode()))
			.flatMap(java.util.Optional::stream)
			.max(java.util.Comparator.naturalOrder())
			.orElse(null);
		return new EligibilityFacts(institution.type().name(), institution.regionCode(), declared.independentLegalPerson(),
				declared.venueSeats(), declared.fullTimeManagersWithBachelor(), declared.annualTrainees(),
				institutions.creditRecords(actor, id).size(), declared.platformConnectsToProvince(),
				declared.platformFunctions(), lastRevokedOn, falsified, applied, declared.keyField(),
				java.time.LocalDate.now(clock))
			.withBasesHeld(basesHeld(call, id, institution.creditCode()));
	}

	/**
	 * The bases an institution holds, as the call's eligibility rules see them: whether each was
	 * recognised by the call's own authority (重新确认, SD 三(三)) and its level and region (直接申请,
	 * ZB 第二十五条).
	 */
	@Transactional(readOnly = true)
	List<BaseHolding> basesHeld(Call call, long institutionId, String creditCode) {
		return heldBases.stream()
			.flatMap(h -> h.heldBy(institutionId, creditCode).stream())
			.map(b -> new BaseHolding(b.level(), b.regionCode(), b.active(), b.authorityId() == call.authorityId()))
			.toList();
	}

}
