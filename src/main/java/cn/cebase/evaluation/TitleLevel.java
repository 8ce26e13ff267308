package cn.cebase.evaluation;

/** 职称级别 (DESIGN.md §7), highest first. */
public enum TitleLevel {
	/** 正高级. */
	SENIOR,
	/** 副高级. */
	ASSOCIATE_SENIOR,
	/** 中级. */
	INTERMEDIATE,
	/** 助理级. */
	ASSISTANT,
	/** 员级. */
	JUNIOR
}
