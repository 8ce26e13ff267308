package cn.cebase.organization;

/** One GB/T 2260 division; {@code fullName} reads from the province down, e.g. 吉林省 吉林市 船营区. */
public record Region(String code, String name, RegionLevel level, String parentCode, String fullName) {
}
