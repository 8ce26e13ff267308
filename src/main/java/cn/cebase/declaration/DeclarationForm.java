package cn.cebase.declaration;

import java.util.List;

/**
 * 申报表 (NAT6's attachment): the unit's sections in words and the figures the eligibility rules
 * check. Everything may be empty in a draft; submission requires the sections the profile names.
 */
public record DeclarationForm(String unitNature, Boolean existingRegionalBase, String existingBaseName, String overview,
		String teachers, String keyFieldTraining, String managementSystem, String organisationalSupport,
		String performanceTargetsAndFunding, String mainFieldsAndFeatures, String keyField, Boolean independentLegalPerson,
		Integer venueSeats, Integer fullTimeManagersWithBachelor, List<Integer> annualTrainees,
		Boolean platformConnectsToProvince, List<String> platformFunctions) {

	public static DeclarationForm empty() {
		return new DeclarationForm(null, null, null, null, null, null, null, null, null, null, null, null, null, null,
				List.of(), null, List.of());
	}

	/** The sections in words that a submitted form must hold (NAT6 附件), with their field names. */
	public static final List<String> REQUIRED_SECTIONS = List.of("unitNature", "overview", "teachers", "keyFieldTraining",
			"managementSystem", "organisationalSupport", "performanceTargetsAndFunding", "mainFieldsAndFeatures");

	String section(String name) {
		return switch (name) {
			case "unitNature" -> unitNature;
			case "overview" -> overview;
			case "teachers" -> teachers;
			case "keyFieldTraining" -> keyFieldTraining;
			case "managementSystem" -> managementSystem;
			case "organisationalSupport" -> organisationalSupport;
			case "performanceTargetsAndFunding" -> performanceTargetsAndFunding;
			case "mainFieldsAndFeatures" -> mainFieldsAndFeatures;
			default -> throw new IllegalArgumentException(name);
		};
	}
}
