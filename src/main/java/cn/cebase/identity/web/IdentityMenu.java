package cn.cebase.identity.web;

import java.util.List;

import cn.cebase.shared.web.MenuContribution;
import cn.cebase.shared.web.MenuItem;
import cn.cebase.shared.web.MenuSection;

import org.springframework.stereotype.Component;

/** 用户管理, for administrators. */
@Component
class IdentityMenu implements MenuContribution {

	@Override
	public List<MenuItem> menuItems() {
		return List.of(MenuItem.of(MenuSection.SETTINGS, 30, "nav.users", "/admin/users", "ADMIN"));
	}
}
