package cn.cebase.organization.web;

import java.util.List;

import cn.cebase.shared.web.MenuContribution;
import cn.cebase.shared.web.MenuItem;
import cn.cebase.shared.web.MenuSection;
import cn.cebase.shared.web.PublicPath;
import cn.cebase.shared.web.PublicPaths;

import org.springframework.stereotype.Component;

/** 组织机构 among the settings of staff; the regions open to everyone. */
@Component
class OrganizationMenu implements MenuContribution, PublicPaths {

	/** The regions (GB/T 2260) are public reference data: the registration form picks from them before any sign-in. */
	@Override
	public List<PublicPath> publicPaths() {
		return List.of(PublicPath.of("/api/v1/regions"), PublicPath.of("/api/v1/regions/**"));
	}

	@Override
	public List<MenuItem> menuItems() {
		return List.of(MenuItem.of(MenuSection.SETTINGS, 20, "nav.organizations", "/organizations", "ADMIN", "AUTHORITY", "RECOMMENDER"));
	}
}
