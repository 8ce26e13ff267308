package cn.cebase.institution;

/** The authority approved, rejected, suspended or reinstated an institution. */
public record InstitutionDecided(long institutionId, String name, long organizationId, InstitutionStatus status,
		String reason) {
}
