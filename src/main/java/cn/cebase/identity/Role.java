package cn.cebase.identity;

import cn.cebase.organization.OrganizationKind;

/** The roles of DESIGN.md §1; each may be held only by users of fitting organisations. */
public enum Role {
	/** 平台管理员. */
	ADMIN,
	/** 主管机关工作人员: 人社部 / 人社厅 / 人社局. */
	AUTHORITY,
	/** 推荐单位 / 主管部门工作人员. */
	RECOMMENDER,
	/** 施教机构用户. */
	INSTITUTION,
	/** 评审专家. */
	EXPERT,
	/** 专业技术人员. */
	LEARNER;

	public String authority() {
		return "ROLE_" + name();
	}

	/** Whether a user of this kind of organisation may hold the role. */
	public boolean fits(OrganizationKind kind) {
		return switch (this) {
			case ADMIN -> kind == OrganizationKind.PLATFORM;
			case AUTHORITY -> kind.isHrss();
			case RECOMMENDER -> kind.isHrss() || kind == OrganizationKind.MINISTRY
					|| kind == OrganizationKind.INDUSTRY_DEPARTMENT || kind == OrganizationKind.CENTRAL_SOE
					|| kind == OrganizationKind.PROVINCIAL_SOE;
			case INSTITUTION -> kind == OrganizationKind.INSTITUTION;
			case EXPERT, LEARNER -> kind != OrganizationKind.PLATFORM;
		};
	}

	/** Staff see the records of their organisation and below it; other roles see only their own. */
	public boolean isStaff() {
		return this == ADMIN || this == AUTHORITY || this == RECOMMENDER;
	}
}
