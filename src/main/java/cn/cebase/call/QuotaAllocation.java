package cn.cebase.call;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import cn.cebase.identity.CurrentUser;
import cn.cebase.organization.Organization;
import cn.cebase.organization.OrganizationManagement;
import cn.cebase.policy.PolicyProfile;
import cn.cebase.policy.RecommenderKind;
import cn.cebase.policy.TrackKind;
import cn.cebase.shared.AuditableAction;
import cn.cebase.shared.BusinessException;

import org.springframework.context.ApplicationEventPublisher;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;

/**
 * 推荐名额: each recommender's quota in a call — the profile's default for its kind, or the
 * authority's adjustment with its reason. {@link CallManagement} is its door for other modules.
 */
@Component
class QuotaAllocation {

	private final Calls calls;

	private final CallAccess access;

	private final OrganizationManagement organizations;

	private final ApplicationEventPublisher events;

	QuotaAllocation(Calls calls, CallAccess access, OrganizationManagement organizations, ApplicationEventPublisher events) {
		this.calls = calls;
		this.access = access;
		this.organizations = organizations;
		this.events = events;
	}

	/**
	 * 名额调整: sets one recommender's quota in a call, overall and per track, with a reason. A quota
	 * below zero or a track share above the quota is refused.
	 */
	RecommenderQuota adjustQuota(CurrentUser actor, long callId, long recommenderId, Integer total,
			Map<TrackKind, Integer> perTrack, String reason) {
		Call call = access.ownCall(actor, callId, null);
		if (call.status() != CallStatus.DRAFT && call.status() != CallStatus.PUBLISHED) {
			throw BusinessException.conflict("call.quota.closed");
		}
		Organization recommender = organizations.find(recommenderId)
			.filter(o -> actor.scope().covers(o.path()) && recommenderKind(o) != null)
			.orElseThrow(() -> BusinessException.invalidField("recommenderId", "call.quota.notARecommender"));
		List<BusinessException> problems = new ArrayList<>();
		if (total == null) {
			problems.add(BusinessException.invalidField("total", "validation.required"));
		}
		else if (total < 0) {
			problems.add(BusinessException.invalidField("total", "policy.invalid.negative"));
		}
		int shares = 0;
		Map<TrackKind, Integer> cleanShares = new java.util.EnumMap<>(TrackKind.class);
		for (Map.Entry<TrackKind, Integer> share : (perTrack == null ? Map.<TrackKind, Integer>of() : perTrack).entrySet()) {
			if (share.getValue() == null) {
				continue;
			}
			if (!call.offers(share.getKey())) {
				problems.add(BusinessException.invalidField("perTrack." + share.getKey(), "call.trackNotOffered"));
			}
			else if (share.getValue() < 0) {
				problems.add(BusinessException.invalidField("perTrack." + share.getKey(), "policy.invalid.negative"));
			}
			else {
				shares += share.getValue();
				cleanShares.put(share.getKey(), share.getValue());
			}
		}
		if (total != null && total >= 0 && shares > total) {
			problems.add(BusinessException.invalidField("perTrack", "policy.invalid.sharesAboveQuota", shares, total));
		}
		if (reason == null || reason.isBlank()) {
			problems.add(BusinessException.invalidField("reason", "validation.reasonRequired"));
		}
		else if (reason.length() > 500) {
			problems.add(BusinessException.invalidField("reason", "validation.tooLong", 500));
		}
		if (!problems.isEmpty()) {
			throw BusinessException.invalid(problems);
		}
		calls.replaceQuota(callId, recommenderId, total, cleanShares, reason.strip());
		Map<String, String> changes = new LinkedHashMap<>();
		changes.put("recommender", recommender.name());
		changes.put("total", String.valueOf(total));
		changes.put("perTrack", cleanShares.toString());
		events.publishEvent(AuditableAction.of("call.adjustQuota", "call", callId).withChanges(changes).withReason(reason.strip()));
		return quotaOf(call, access.profileOf(call), recommender);
	}

	/**
	 * One recommender's quota in a call, as the recommender itself needs it when it recommends:
	 * the authority's adjustment, else the profile's default for its kind; {@code total} is null
	 * where the documents set no quota (FJ, ZB).
	 */
	@Transactional(readOnly = true)
	RecommenderQuota quotaFor(long callId, long recommenderId) {
		Call call = calls.findById(callId).orElseThrow(BusinessException::notFound);
		return quotaOf(call, access.profileOf(call), organizations.get(recommenderId));
	}

	/** Every recommender in the authority's scope with its quota in this call. */
	@Transactional(readOnly = true)
	List<RecommenderQuota> quotas(CurrentUser actor, long callId) {
		Call call = access.ownCall(actor, callId, null);
		PolicyProfile profile = access.profileOf(call);
		return organizations.staffOrganizations(actor.scope())
			.stream()
			.filter(o -> o.id() != call.authorityId() && recommenderKind(o) != null)
			.map(o -> quotaOf(call, profile, o))
			.filter(q -> q.total() != null)
			.toList();
	}

	private RecommenderQuota quotaOf(Call call, PolicyProfile profile, Organization recommender) {
		RecommenderKind kind = recommenderKind(recommender);
		var adjusted = calls.quotaRows(call.id(), recommender.id());
		if (!adjusted.isEmpty()) {
			Map<TrackKind, Integer> shares = new java.util.EnumMap<>(TrackKind.class);
			adjusted.forEach((track, quota) -> {
				if (!track.equals(Calls.TOTAL)) {
					shares.put(TrackKind.valueOf(track), quota);
				}
			});
			return new RecommenderQuota(recommender.id(), recommender.name(), kind, adjusted.get(Calls.TOTAL), shares, true,
					calls.quotaReason(call.id(), recommender.id()));
		}
		return profile.review().quotas()
			.stream()
			.filter(q -> q.recommender() == kind)
			.findFirst()
			.map(q -> new RecommenderQuota(recommender.id(), recommender.name(), kind, q.total(), q.perTrack(), false, null))
			.orElse(new RecommenderQuota(recommender.id(), recommender.name(), kind, null, Map.of(), false, null));
	}

	/** Which quota clause speaks of an organisation, by its kind and level. */
	static RecommenderKind recommenderKind(Organization organization) {
		return switch (organization.kind()) {
			case PROVINCIAL_HRSS -> RecommenderKind.PROVINCE;
			case CITY_HRSS -> RecommenderKind.CITY;
			case COUNTY_HRSS -> RecommenderKind.COUNTY;
			case MINISTRY -> RecommenderKind.MINISTRY;
			case CENTRAL_SOE -> RecommenderKind.CENTRAL_SOE;
			case PROVINCIAL_SOE -> RecommenderKind.PROVINCIAL_SOE;
			// a department under a province is 省直; under a city it is 市直
			case INDUSTRY_DEPARTMENT -> organization.regionCode() != null && organization.regionCode().endsWith("0000")
					? RecommenderKind.PROVINCIAL_DEPARTMENT : RecommenderKind.CITY_DEPARTMENT;
			case PLATFORM, MOHRSS, INSTITUTION -> null;
		};
	}

}
