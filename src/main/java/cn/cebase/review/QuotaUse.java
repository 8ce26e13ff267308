package cn.cebase.review;

import java.util.Map;

import cn.cebase.call.RecommenderQuota;
import cn.cebase.policy.TrackKind;

/** A recommender's quota in a call and how much of it it has used; a null total means no quota is set. */
public record QuotaUse(RecommenderQuota quota, int usedTotal, Map<TrackKind, Integer> usedPerTrack) {

	public Integer left() {
		return quota.total() == null ? null : Math.max(0, quota.total() - usedTotal);
	}
}
