package cn.cebase.review;

/**
 * A stage acted on an application: {@code nextActorId} is the organisation that acts next (null
 * when the applicant or nobody does), so that it and the applicant can be told.
 */
public record DeclarationReviewed(long declarationId, long callId, long institutionId, long applicantOrganizationId,
		String institutionName, ReviewActionKind action, String stageName, Long nextActorId, String opinion) {
}
