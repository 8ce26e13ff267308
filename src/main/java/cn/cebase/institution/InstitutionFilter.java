package cn.cebase.institution;

/** List filters: text matches the name or equals the credit code; region is a GB/T 2260 prefix. */
public record InstitutionFilter(String text, InstitutionStatus status, InstitutionType type, String regionCode) {

	public static InstitutionFilter none() {
		return new InstitutionFilter(null, null, null, null);
	}

	String textOrNull() {
		return text == null || text.isBlank() ? null : text.strip();
	}

	/** 220000 → '22%', 220200 → '2202%', 220204 → '220204%': the region and everything in it. */
	String regionPrefixOrNull() {
		if (regionCode == null || regionCode.isBlank()) {
			return null;
		}
		String code = regionCode.strip();
		if (code.endsWith("0000")) {
			return code.substring(0, 2) + "%";
		}
		if (code.endsWith("00")) {
			return code.substring(0, 4) + "%";
		}
		return code + "%";
	}
}
