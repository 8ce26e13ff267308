package cn.cebase.review;

import java.time.Instant;

/** One act on the route, kept for good: who, at which stage, what, and the opinion. */
public record ReviewAction(long id, int seq, String stage, long actorId, String actorName, ReviewActionKind action,
		Integer targetSeq, InadmissibleReason reason, String opinion, String actedByName, Instant actedAt) {
}
