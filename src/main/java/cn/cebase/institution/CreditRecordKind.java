package cn.cebase.institution;

/** 不良记录 kinds named in FJ Art. 7(6). */
public enum CreditRecordKind {
	/** 违法. */
	VIOLATION,
	/** 失信. */
	DISHONESTY,
	/** 重大经济纠纷. */
	ECONOMIC_DISPUTE,
	/** 乱办班、乱收费、乱发证. */
	IRREGULAR_TRAINING
}
