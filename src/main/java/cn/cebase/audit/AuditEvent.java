package cn.cebase.audit;

import java.time.Instant;

/** One row of the audit trail. */
public record AuditEvent(long id, Instant occurredAt, Long actorId, String actorName, Long orgId, String remoteAddr,
		String action, String targetType, String targetId, String changes, String reason, String prevHash, String hash) {
}
