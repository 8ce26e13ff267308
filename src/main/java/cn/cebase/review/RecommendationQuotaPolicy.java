package cn.cebase.review;

import java.util.Map;
import java.util.Optional;

import cn.cebase.call.RecommenderQuota;
import cn.cebase.policy.TrackKind;
import cn.cebase.shared.BusinessException;

/**
 * 推荐名额: a recommender may not recommend more than its quota in a call (NAT6 三(一): 1 per
 * region, ministry or central SOE; SD 三(一): a city 3, "其中2个为申报'乡村振兴'专项的备选单位",
 * a provincial department or SOE 1; JL 二: 3 per city). A track with its own share is bounded by
 * it; the other tracks share what is left, so an SD city has 1 regular and 2 乡村振兴 places.
 * 重新确认 of an existing base is not counted ("可不受推荐名额限制", SD 三(三)).
 */
final class RecommendationQuotaPolicy {

	static final String SOURCE = "人社厅函〔2016〕10号 三（一）；鲁人社 2019年8月14日通知 三（一）（三）；吉人社函〔2023〕232号 二";

	private RecommendationQuotaPolicy() {
	}

	/** Whether a recommendation on this track uses a place of the quota. */
	static boolean counts(TrackKind track) {
		return track != TrackKind.RECONFIRMATION;
	}

	/**
	 * The refusal, if one more recommendation on {@code track} would exceed the quota, given how
	 * many counted recommendations the recommender has made in the call, overall and per track.
	 */
	static Optional<BusinessException> check(RecommenderQuota quota, TrackKind track, int usedTotal,
			Map<TrackKind, Integer> usedPerTrack) {
		if (!counts(track) || quota.total() == null) {
			return Optional.empty();
		}
		int total = quota.total();
		if (usedTotal >= total) {
			return Optional.of(BusinessException.conflict("review.quota.full", total, usedTotal, SOURCE));
		}
		Map<TrackKind, Integer> shares = quota.perTrack();
		int used = usedPerTrack.getOrDefault(track, 0);
		Integer share = shares.get(track);
		if (share != null) {
			if (used >= share) {
				return Optional.of(BusinessException.conflict("review.quota.trackFull", track.name(), share, used, SOURCE));
			}
			return Optional.empty();
		}
		// a track without its own share uses what the shared tracks leave
		int left = total - shares.values().stream().mapToInt(Integer::intValue).sum();
		int usedUnshared = usedTotal - usedPerTrack.entrySet()
			.stream()
			.filter(e -> shares.containsKey(e.getKey()))
			.mapToInt(Map.Entry::getValue)
			.sum();
		if (usedUnshared >= left) {
			return Optional.of(BusinessException.conflict("review.quota.trackFull", track.name(), left, usedUnshared, SOURCE));
		}
		return Optional.empty();
	}
}
