package cn.cebase.policy;

import java.time.Instant;

/** One version in a profile's history. */
public record ProfileVersion(int version, boolean builtIn, String reason, Long createdBy, String createdByName,
		Instant createdAt) {
}
