package cn.cebase.review;

/** Why the authority does not accept a file (不予受理), as the documents name the cases. */
public enum InadmissibleReason {
	/** 逾期不予受理 (JL 四(三), SD 四(六), NAT6 四(六)). */
	LATE,
	/** Revoked within 3 years, or ever found to have falsified materials (FJ 第二十四条). */
	BANNED,
	/** 多头申报 (SD 四(三), NAT6 四(三)). */
	DUPLICATE,
	/** Materials incomplete or not in the required form. */
	INCOMPLETE,
	/** Any other reason, which the opinion must state. */
	OTHER
}
