package cn.cebase.policy;

/** 国家级 / 省级 / 市级继续教育基地. */
public enum ProfileLevel {
	NATIONAL, PROVINCIAL, MUNICIPAL
}
