package cn.cebase.review;

import java.time.Instant;

import cn.cebase.policy.TrackKind;

/** A recommendation as the recommender's ranked list and the authority see it. */
public record Recommendation(long declarationId, long callId, long recommenderId, String recommenderName,
		String institutionName, TrackKind track, boolean counted, int rank, RecommendationLetter letter,
		Instant recommendedAt, String status) {
}
