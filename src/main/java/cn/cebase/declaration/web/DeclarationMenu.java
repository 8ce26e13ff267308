package cn.cebase.declaration.web;

import java.util.List;

import cn.cebase.shared.web.MenuContribution;
import cn.cebase.shared.web.MenuItem;
import cn.cebase.shared.web.MenuSection;

import org.springframework.stereotype.Component;

/** 我的申报, for institutions. */
@Component
class DeclarationMenu implements MenuContribution {

	@Override
	public List<MenuItem> menuItems() {
		return List.of(MenuItem.of(MenuSection.MAIN, 30, "nav.declarations", "/declarations", "INSTITUTION"));
	}
}
