package cn.cebase.institution;

/** 机构类型 as the seeds list them (NAT6 二, SD 二, JL 二). */
public enum InstitutionType {
	/** 高等院校. */
	UNIVERSITY,
	/** 科研院所. */
	RESEARCH_INSTITUTE,
	/** 教育培训机构 (地方、部门或行业). */
	TRAINING_ORGANIZATION,
	/** 行业协会（学会）. */
	ASSOCIATION,
	/** 大中型企业培训机构. */
	ENTERPRISE_TRAINING_CENTRE,
	/** 其他. */
	OTHER
}
