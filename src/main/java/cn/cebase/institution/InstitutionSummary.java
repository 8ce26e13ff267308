package cn.cebase.institution;

import java.time.Instant;

/** A row of the institution list. */
public record InstitutionSummary(long id, String creditCode, String name, InstitutionType type, String regionCode,
		String regionName, InstitutionStatus status, Instant registeredAt) {
}
