package cn.cebase.institution;

import java.time.Instant;

/** 变更备案: one field of the profile, before and after, with who filed it and why. */
public record ChangeRecord(long id, String field, String before, String after, String reason, long changedBy,
		String changedByName, Instant changedAt) {
}
