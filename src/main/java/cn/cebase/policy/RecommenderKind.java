package cn.cebase.policy;

/** Who recommends, as the quota clauses name them. */
public enum RecommenderKind {
	/** 各省、自治区、直辖市人社厅（局）(NAT6). */
	PROVINCE,
	/** 国务院有关部委、直属机构 (NAT6). */
	MINISTRY,
	/** 中央企业 (NAT6). */
	CENTRAL_SOE,
	/** 设区市（州）人社局. */
	CITY,
	/** 省直部门（单位）/ 省级行业主管部门. */
	PROVINCIAL_DEPARTMENT,
	/** 省属企业. */
	PROVINCIAL_SOE,
	/** 区县人社部门 (ZB). */
	COUNTY,
	/** 市直主管部门 (ZB). */
	CITY_DEPARTMENT
}
