package cn.cebase.base.web;

import java.util.List;

import cn.cebase.shared.web.MenuContribution;
import cn.cebase.shared.web.MenuItem;
import cn.cebase.shared.web.MenuSection;

import org.springframework.stereotype.Component;

/** 基地 for authorities; the registry and the plaque check for everyone. */
@Component
class BaseMenu implements MenuContribution {

	@Override
	public List<MenuItem> menuItems() {
		return List.of(MenuItem.of(MenuSection.MAIN, 70, "nav.bases", "/bases", "AUTHORITY"),
				MenuItem.of(MenuSection.PUBLIC, 30, "registry.nav", "/public/bases").alsoSignedOut(),
				MenuItem.of(MenuSection.PUBLIC, 40, "registry.verify.nav", "/public/verify").alsoSignedOut());
	}
}
