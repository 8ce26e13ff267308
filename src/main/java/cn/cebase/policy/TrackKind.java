package cn.cebase.policy;

/** The tracks the documents open (DESIGN.md §2.2). */
public enum TrackKind {
	/** 普通申报. */
	REGULAR,
	/** 乡村振兴专项 (SD 一(六), 三(一)). */
	RURAL_REVITALIZATION,
	/** 重新确认 of existing bases, outside the quota (SD 三(三)). */
	RECONFIRMATION,
	/** 审验 of recruited training institutions, with its own form (SD 三(四)). */
	AUDIT,
	/** 直接申请 by a national or provincial base for municipal status (ZB 第二十五条). */
	DIRECT;

	/** "可直接申请" (ZB 第二十五条): the application goes to the authority without a recommender or other stage. */
	public boolean goesStraightToAuthority() {
		return this == DIRECT;
	}
}
