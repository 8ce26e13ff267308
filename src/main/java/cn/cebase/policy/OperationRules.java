package cn.cebase.policy;

/**
 * 基地运行 (DESIGN §2.6): what a recognised base owes each year and to whom.
 *
 * @param annualReportDue month-day ("12-31") by which this year's report (年度计划执行情况总结) and next
 * year's plan (年度任务计划) are filed together
 * @param minimumPlannedTrainees the trainees a year the plan must reach
 * @param belowMinimum what a plan below that minimum meets: refused, or filed and flagged
 * @param managingUnit who manages the base day to day (管理单位)
 * @param planNeedsManagingUnitConsent whether the managing unit consents to the plan before it reaches the authority
 * @param feesDisclosed whether the base must disclose its fee items and standards, and where that is said
 */
public record OperationRules(Cited<String> annualReportDue, Cited<Integer> minimumPlannedTrainees,
		Cited<TraineeShortfall> belowMinimum, Cited<ManagingUnit> managingUnit, Cited<Boolean> planNeedsManagingUnitConsent,
		Cited<Boolean> feesDisclosed) {

	/** 管理单位: the unit that recommended the base (ZB 第五条), or the recognising authority itself (FJ 第四条). */
	public enum ManagingUnit {
		RECOMMENDER, AUTHORITY
	}

	/** A plan whose trainees fall short of the minimum: refused at filing, or filed and flagged for the authority. */
	public enum TraineeShortfall {
		REFUSED, FLAGGED
	}
}
