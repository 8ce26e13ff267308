package cn.cebase.institution;

/** 机构注册: the institution's facts and its first user, as typed on the form or sent to the API. */
public record InstitutionRegistration(String creditCode, String name, InstitutionType type, String regionCode,
		String address, String legalRepresentative, String contactName, String contactPhone, String contactEmail,
		String username, String password, String displayName) {

	InstitutionProfile profile() {
		return new InstitutionProfile(trim(name), type, trim(regionCode), trim(address), trim(legalRepresentative),
				trim(contactName), trim(contactPhone), trim(contactEmail));
	}

	static String trim(String s) {
		return s == null || s.isBlank() ? null : s.strip();
	}
}
