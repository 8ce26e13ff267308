package cn.cebase.policy;

import java.util.List;

import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;
import tools.jackson.databind.node.ObjectNode;

/**
 * Reads a profile document of the first shape — one flat object of 25 components — into the
 * sections. Every value the old document had stays where it was set (an authority's own version
 * keeps its own numbers); what the old shape did not have (operation, supervision and credit values)
 * comes from the built-in profile of the same code.
 */
final class FlatProfiles {

	private static final List<String> HEAD = List.of("code", "jurisdiction", "version", "title", "document", "level",
			"regionCode", "effectiveFrom", "effectiveTo");

	private static final List<String> APPLICATION = List.of("eligibility", "tracks", "formSections", "keyFields",
			"priorityHints");

	private static final List<String> REVIEW = List.of("route", "quotas", "publicityDays", "subsidyCapYuan",
			"baseNumberFormat");

	private static final List<String> LISTS = List.of("eligibility", "tracks", "formSections", "keyFields", "priorityHints",
			"route", "quotas");

	private final JsonMapper json;

	FlatProfiles(JsonMapper json) {
		this.json = json;
	}

	/** A document is of the first shape when it has no sections. */
	static boolean isFlat(JsonNode document) {
		return document.get("application") == null && document.get("eligibility") != null;
	}

	/**
	 * @param flat the stored document of the first shape
	 * @param builtIn the built-in profile (sectioned) of the same code, or null if there is none
	 */
	ObjectNode sectioned(JsonNode flat, JsonNode builtIn) {
		ObjectNode result = json.createObjectNode();
		HEAD.forEach(name -> result.set(name, flat.get(name)));
		result.set("application", copy(flat, APPLICATION));
		result.set("review", copy(flat, REVIEW));

		ObjectNode operation = fromBuiltIn(builtIn, "operation", List.of("annualReportDue", "minimumPlannedTrainees",
				"belowMinimum", "managingUnit", "planNeedsManagingUnitConsent", "feesDisclosed"));
		keep(flat, "annualReportDue", operation, "annualReportDue");
		result.set("operation", operation);

		ObjectNode supervision = fromBuiltIn(builtIn, "supervision", List.of("assessmentCycleYears", "assessor",
				"assessedOnSite", "assessmentItems", "spotChecks", "spotCheckResultsPublished", "revokedBanYears",
				"falsifiedBanForever"));
		keep(flat, "assessmentCycleYears", supervision, "assessmentCycleYears");
		keep(flat, "revokedBanYears", supervision, "revokedBanYears");
		keep(flat, "falsifiedBanForever", supervision, "falsifiedBanForever");
		result.set("supervision", supervision);

		ObjectNode credit = fromBuiltIn(builtIn, "credit", List.of("annualHours", "publicMinimum", "professionalMinimum",
				"electiveMinimum", "shares", "baseTrainingCounts"));
		// a number the old document set stays; its silence is now the national rule the built-in carries
		JsonNode hours = flat.get("annualHoursRequirement");
		if (hours != null && hours.get("value") != null && !hours.get("value").isNull()) {
			credit.set("annualHours", hours);
		}
		result.set("credit", credit);
		result.set("notes", flat.get("notes") == null ? json.createArrayNode() : flat.get("notes"));
		return result;
	}

	private ObjectNode copy(JsonNode flat, List<String> names) {
		ObjectNode section = json.createObjectNode();
		for (String name : names) {
			JsonNode value = flat.get(name);
			if (value == null || value.isNull()) {
				section.set(name, LISTS.contains(name) ? json.createArrayNode() : silent("原配置未含此项"));
			}
			else {
				section.set(name, value);
			}
		}
		return section;
	}

	private ObjectNode fromBuiltIn(JsonNode builtIn, String sectionName, List<String> names) {
		JsonNode section = builtIn == null ? null : builtIn.get(sectionName);
		ObjectNode result = json.createObjectNode();
		for (String name : names) {
			JsonNode value = section == null ? null : section.get(name);
			if (value != null) {
				result.set(name, value.deepCopy());
			}
			else if (name.equals("assessmentItems") || name.equals("shares")) {
				result.set(name, json.createArrayNode());
			}
			else {
				result.set(name, silent("迁移时未找到同编码的内置配置，待主管机关补录"));
			}
		}
		return result;
	}

	private static void keep(JsonNode flat, String from, ObjectNode section, String to) {
		JsonNode value = flat.get(from);
		if (value != null && !value.isNull()) {
			section.set(to, value);
		}
	}

	private ObjectNode silent(String note) {
		ObjectNode cited = json.createObjectNode();
		cited.putNull("value");
		cited.putNull("source");
		cited.put("note", note);
		return cited;
	}
}
