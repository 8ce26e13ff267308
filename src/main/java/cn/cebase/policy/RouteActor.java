package cn.cebase.policy;

/** Which organisation acts at a stage of the review route, relative to the applicant (DESIGN.md §2.4). */
public enum RouteActor {
	/** JL 三(一): the applicant's industry authority, or the same-level 人社 when it has none. */
	INDUSTRY_AUTHORITY_ELSE_SAME_LEVEL_HRSS,
	/** The 设区市（州）人社局 of the applicant's region. */
	CITY_HRSS,
	/** The 区县人社局 of the applicant's region, or the 市直主管部门 it belongs to (ZB 第九条). */
	COUNTY_HRSS_OR_CITY_DEPARTMENT,
	/** The recommender the applicant applies through: a city, department or SOE, as the call allows. */
	RECOMMENDER,
	/** The authority that publishes the call and decides. */
	AUTHORITY
}
