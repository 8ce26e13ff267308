package cn.cebase.review;

/** What an organisation did at a stage of the route. */
public enum ReviewActionKind {
	/** 审核通过 at a stage that does not recommend: on to the next stage. */
	PASSED,
	/** 推荐: the recommending stage passed it to the authority with its 推荐函. */
	RECOMMENDED,
	/** 退回修改 to the applicant. */
	RETURNED_TO_APPLICANT,
	/** 退回 to an earlier stage of the route. */
	RETURNED_TO_STAGE,
	/** 审核不通过. */
	REJECTED,
	/** 受理 by the authority. */
	ACCEPTED,
	/** 不予受理 by the authority. */
	REFUSED
}
