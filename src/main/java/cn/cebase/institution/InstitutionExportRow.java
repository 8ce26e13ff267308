package cn.cebase.institution;

import java.time.Instant;

/** One row of the Excel export. */
public record InstitutionExportRow(String creditCode, String name, InstitutionType type, String regionName,
		String address, String legalRepresentative, String contactName, String contactPhone, InstitutionStatus status,
		Instant registeredAt) {
}
