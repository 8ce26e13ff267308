package cn.cebase.organization.web;

import java.util.List;

import cn.cebase.shared.web.MenuContribution;
import cn.cebase.shared.web.MenuItem;
import cn.cebase.shared.web.MenuSection;

import org.springframework.stereotype.Component;

/** 组织机构, among the settings of staff. */
@Component
class OrganizationMenu implements MenuContribution {

	@Override
	public List<MenuItem> menuItems() {
		return List.of(MenuItem.of(MenuSection.SETTINGS, 20, "nav.organizations", "/organizations", "ADMIN", "AUTHORITY", "RECOMMENDER"));
	}
}
