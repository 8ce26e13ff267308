package cn.cebase.policy;

import java.util.List;

/**
 * 监督管理 (DESIGN §2.7): periodic assessment (定期考核) with its cycle, assessor and checklist,
 * spot checks (不定期抽查), and the bans that follow a revocation or falsified materials.
 *
 * @param assessmentItems the article's own checklist, each item citing it; empty where the document lists none
 */
public record SupervisionRules(Cited<Integer> assessmentCycleYears, Cited<Assessor> assessor, Cited<Boolean> assessedOnSite,
		List<Cited<String>> assessmentItems, Cited<Boolean> spotChecks, Cited<Boolean> spotCheckResultsPublished,
		Cited<Integer> revokedBanYears, Cited<Boolean> falsifiedBanForever) {

	public SupervisionRules {
		assessmentItems = assessmentItems == null ? List.of() : List.copyOf(assessmentItems);
	}

	/** Who carries out the periodic assessment. */
	public enum Assessor {
		/** the recognising authority or a unit it entrusts (FJ 第二十条) */
		AUTHORITY_OR_ENTRUSTED,
		/** the base's managing unit (ZB 第二十一条) */
		MANAGING_UNIT
	}
}
