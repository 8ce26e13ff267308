package cn.cebase.institution;

/** The facts an institution files about itself and may change later (by filing, FJ Art. 31). */
public record InstitutionProfile(String name, InstitutionType type, String regionCode, String address,
		String legalRepresentative, String contactName, String contactPhone, String contactEmail) {
}
