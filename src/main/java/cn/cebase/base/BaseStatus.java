package cn.cebase.base;

/**
 * DESIGN.md §2.6: ACTIVE ⇄ RECTIFYING → REVOKED; ACTIVE → SUSPENDED_WORK → ACTIVE | REVOKED
 * (FJ 第二十三条 第二款（二）: work paused, not restored within a year); ACTIVE → CANCELLED (主动申请取消,
 * FJ 第二十三条 第二款（三）); ACTIVE or RECTIFYING → LAPSED (not re-confirmed, SD 三（三）).
 * REVOKED, CANCELLED and LAPSED are final.
 */
public enum BaseStatus {
	ACTIVE, RECTIFYING, SUSPENDED_WORK, REVOKED, CANCELLED, LAPSED;

	public boolean canBecome(BaseStatus next) {
		return switch (this) {
			case ACTIVE -> next == RECTIFYING || next == SUSPENDED_WORK || next == REVOKED || next == CANCELLED
					|| next == LAPSED;
			// a base under rectification that fails is revoked; one that was due for re-confirmation and did not lapses
			case RECTIFYING -> next == ACTIVE || next == REVOKED || next == LAPSED;
			case SUSPENDED_WORK -> next == ACTIVE || next == REVOKED;
			case REVOKED, CANCELLED, LAPSED -> false;
		};
	}

	/**
	 * A base that still holds its title: listed as such in the registry and its plaque verifies as
	 * valid. Rectification and paused work do not take the title away; only revocation, cancellation
	 * and lapse do.
	 */
	public boolean holdsTitle() {
		return switch (this) {
			case ACTIVE, RECTIFYING, SUSPENDED_WORK -> true;
			case REVOKED, CANCELLED, LAPSED -> false;
		};
	}
}
