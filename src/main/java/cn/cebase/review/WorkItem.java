package cn.cebase.review;

import java.time.Instant;

import cn.cebase.policy.TrackKind;

/** 待我审核: an application waiting at one of the organisation's stages. */
public record WorkItem(long declarationId, long callId, String callTitle, String institutionName, TrackKind track,
		String status, int seq, String stageName, boolean recommends, boolean intake, Instant submittedAt,
		Instant waitingSince) {
}
