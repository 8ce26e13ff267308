package cn.cebase.declaration;

/**
 * DESIGN.md §2.3: DRAFT → SUBMITTED → IN_REVIEW → RECOMMENDED → ACCEPTED → EXPERT_REVIEW →
 * SITE_INSPECTION → PUBLICITY → RECOGNIZED | NOT_RECOGNIZED, with the side exits RETURNED,
 * WITHDRAWN, REJECTED and INADMISSIBLE.
 */
public enum DeclarationStatus {
	DRAFT, SUBMITTED, IN_REVIEW, RECOMMENDED, ACCEPTED, EXPERT_REVIEW, SITE_INSPECTION, PUBLICITY, RECOGNIZED,
	NOT_RECOGNIZED, RETURNED, WITHDRAWN, REJECTED, INADMISSIBLE;

	public boolean canBecome(DeclarationStatus next) {
		return switch (this) {
			case DRAFT -> next == SUBMITTED || next == WITHDRAWN;
			// a route whose first stage recommends goes straight to RECOMMENDED; one without any to ACCEPTED
			case SUBMITTED -> next == IN_REVIEW || next == RECOMMENDED || next == ACCEPTED || next == RETURNED
					|| next == REJECTED || next == INADMISSIBLE || next == WITHDRAWN;
			case IN_REVIEW -> next == IN_REVIEW || next == RECOMMENDED || next == RETURNED || next == REJECTED
					|| next == WITHDRAWN;
			// the authority may send it back to an earlier stage (退回) instead of deciding
			case RECOMMENDED -> next == ACCEPTED || next == INADMISSIBLE || next == RETURNED || next == IN_REVIEW
					|| next == WITHDRAWN;
			case ACCEPTED -> next == EXPERT_REVIEW;
			case EXPERT_REVIEW -> next == SITE_INSPECTION || next == PUBLICITY || next == NOT_RECOGNIZED;
			case SITE_INSPECTION -> next == PUBLICITY || next == NOT_RECOGNIZED;
			case PUBLICITY -> next == RECOGNIZED || next == NOT_RECOGNIZED;
			case RETURNED -> next == SUBMITTED || next == WITHDRAWN;
			case RECOGNIZED, NOT_RECOGNIZED, WITHDRAWN, REJECTED, INADMISSIBLE -> false;
		};
	}

	/** The applicant may change the form only while it is its own. */
	public boolean editableByApplicant() {
		return this == DRAFT || this == RETURNED;
	}
}
