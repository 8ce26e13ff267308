package cn.cebase.shared;

import java.util.Map;

/**
 * Published by any module inside the transaction of a state change; the audit module appends it
 * to the hash-chained trail in that same transaction, adding who, from where and when.
 *
 * @param action a stable action code, e.g. {@code institution.approve}
 * @param targetType the kind of record, e.g. {@code institution}
 * @param targetId the record's id
 * @param changes what changed: field → "before → after", or the values set
 * @param reason the reason the actor gave, if any
 */
public record AuditableAction(String action, String targetType, String targetId, Map<String, String> changes,
		String reason) {

	public AuditableAction {
		changes = changes == null ? Map.of() : Map.copyOf(changes);
	}

	public static AuditableAction of(String action, String targetType, Object targetId) {
		return new AuditableAction(action, targetType, String.valueOf(targetId), Map.of(), null);
	}

	public AuditableAction withChanges(Map<String, String> newChanges) {
		return new AuditableAction(action, targetType, targetId, newChanges, reason);
	}

	public AuditableAction withReason(String newReason) {
		return new AuditableAction(action, targetType, targetId, changes, newReason);
	}
}
