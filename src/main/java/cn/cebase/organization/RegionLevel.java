package cn.cebase.organization;

/** GB/T 2260 levels: 省级, 地级, 县级. */
public enum RegionLevel {
	PROVINCE, CITY, COUNTY
}
