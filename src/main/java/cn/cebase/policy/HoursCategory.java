package cn.cebase.policy;

/** 学时类别: 公需科目 / 专业科目 / 选修. */
public enum HoursCategory {
	PUBLIC, PROFESSIONAL, ELECTIVE
}
