package cn.cebase.call;

/** DRAFT → PUBLISHED → CLOSED → REVIEWING → CONCLUDED (DESIGN.md §2.2); a closed call may be reopened by extension. */
public enum CallStatus {
	DRAFT, PUBLISHED, CLOSED, REVIEWING, CONCLUDED;

	public boolean canBecome(CallStatus next) {
		return switch (this) {
			case DRAFT -> next == PUBLISHED;
			case PUBLISHED -> next == CLOSED;
			case CLOSED -> next == REVIEWING || next == PUBLISHED;
			case REVIEWING -> next == CONCLUDED;
			case CONCLUDED -> false;
		};
	}
}
