package cn.cebase.shared.web;

import java.util.List;

/** What a module puts into the menu; the portal assembles every module's entries in order, nobody edits a central list. */
public interface MenuContribution {

	List<MenuItem> menuItems();
}
