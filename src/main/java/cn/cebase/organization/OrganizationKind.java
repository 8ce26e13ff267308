package cn.cebase.organization;

/** What an organisation is; decides which roles its users may hold and where it sits in the tree. */
public enum OrganizationKind {
	/** The installation's operator; its administrators see everything. */
	PLATFORM,
	/** 人力资源社会保障部 (专业技术人员管理司). */
	MOHRSS,
	/** 省级人力资源社会保障厅. */
	PROVINCIAL_HRSS,
	/** 设区市 / 州 人力资源社会保障局, including bodies at city level such as 长白山管委会. */
	CITY_HRSS,
	/** 区县人力资源社会保障局, including development zones' social-affairs bureaus. */
	COUNTY_HRSS,
	/** 国务院部委、直属机构人事部门. */
	MINISTRY,
	/** 省直或市直行业主管部门. */
	INDUSTRY_DEPARTMENT,
	/** 中央企业人力资源部门. */
	CENTRAL_SOE,
	/** 省属企业人事部门. */
	PROVINCIAL_SOE,
	/** 施教机构: a registered institution. */
	INSTITUTION;

	/** 人社 bodies are the authorities that approve institutions in their regions. */
	public boolean isHrss() {
		return this == MOHRSS || this == PROVINCIAL_HRSS || this == CITY_HRSS || this == COUNTY_HRSS;
	}
}
