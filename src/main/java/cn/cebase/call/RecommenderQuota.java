package cn.cebase.call;

import java.util.Map;

import cn.cebase.policy.RecommenderKind;
import cn.cebase.policy.TrackKind;

/**
 * How many applications one recommender may recommend in a call, and how many of those per track:
 * the profile's default for its kind, or what the authority set for it (with the reason).
 */
public record RecommenderQuota(long recommenderId, String recommenderName, RecommenderKind kind, Integer total,
		Map<TrackKind, Integer> perTrack, boolean adjusted, String reason) {
}
