package cn.cebase.recognition;

/** DESIGN.md §2.7: ACTIVE ⇄ RECTIFYING → REVOKED; CANCELLED; LAPSED (not re-confirmed, SD 三(三)). */
public enum BaseStatus {
	ACTIVE, RECTIFYING, REVOKED, CANCELLED, LAPSED;

	/** A base that still holds its title: listed as such in the registry and its plaque verifies as valid. */
	public boolean holdsTitle() {
		return this == ACTIVE || this == RECTIFYING;
	}
}
