package cn.cebase.identity;

import java.time.Instant;
import java.util.Set;

/** A user account as administrators see it; the password hash never leaves the module. */
public record UserAccount(long id, String username, String displayName, long organizationId, String organizationName,
		Set<Role> roles, String email, String phone, boolean enabled, int failedAttempts, Instant lockedUntil,
		boolean mustChangePassword, Instant createdAt) {

	public boolean lockedAt(Instant now) {
		return lockedUntil != null && lockedUntil.isAfter(now);
	}
}
