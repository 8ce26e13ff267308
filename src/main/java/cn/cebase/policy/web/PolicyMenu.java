package cn.cebase.policy.web;

import java.util.List;

import cn.cebase.shared.web.MenuContribution;
import cn.cebase.shared.web.MenuItem;
import cn.cebase.shared.web.MenuSection;

import org.springframework.stereotype.Component;

/** 政策配置: on the main bar of institutions (the conditions they apply under), among the settings of staff. */
@Component
class PolicyMenu implements MenuContribution {

	@Override
	public List<MenuItem> menuItems() {
		return List.of(MenuItem.of(MenuSection.MAIN, 100, "nav.policies", "/policies", "INSTITUTION"),
				MenuItem.of(MenuSection.SETTINGS, 10, "nav.policies", "/policies", "ADMIN", "AUTHORITY", "RECOMMENDER"));
	}
}
