package cn.cebase.shared.web;

/** Where a menu entry sits: the main bar, the 公开信息 menu (also the footer and the signed-out bar), or 系统管理. */
public enum MenuSection {
	MAIN, PUBLIC, SETTINGS
}
