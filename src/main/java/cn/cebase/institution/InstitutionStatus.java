package cn.cebase.institution;

/** PENDING → ACTIVE | REJECTED; ACTIVE ⇄ SUSPENDED (DESIGN.md §2.1). */
public enum InstitutionStatus {
	PENDING, ACTIVE, REJECTED, SUSPENDED;

	public boolean canBecome(InstitutionStatus next) {
		return switch (this) {
			case PENDING -> next == ACTIVE || next == REJECTED;
			case ACTIVE -> next == SUSPENDED;
			case SUSPENDED -> next == ACTIVE;
			case REJECTED -> false;
		};
	}
}
