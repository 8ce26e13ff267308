package cn.cebase.review;

/** Why the authority does not accept a file (不予受理), as the documents name the cases. */
public enum InadmissibleReason {
	/** 逾期不予受理 (JL 四(三), SD 四(六), NAT6 四(六)). */
	LATE,
	/** Revoked within 3 years, or ever found to have falsified materials (FJ 第二十四条). */
	BANNED,
	/** 多头申报 (SD 四(三), NAT6 四(三)). */
	DUPLICATE,
	/**
	 * 弄虚作假、伪造申报材料: the file is refused and the institution is never accepted again
	 * ("不再受理其认定申请", FJ 第二十四条); the NEVER_FALSIFIED rule reads these refusals.
	 */
	FALSIFIED,
	/** Materials incomplete or not in the required form. */
	INCOMPLETE,
	/** Any other reason, which the opinion must state. */
	OTHER
}
