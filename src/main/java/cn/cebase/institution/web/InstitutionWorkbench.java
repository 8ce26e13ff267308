package cn.cebase.institution.web;

import java.util.List;

import cn.cebase.identity.CurrentUser;
import cn.cebase.identity.Role;
import cn.cebase.identity.WorkbenchContribution;
import cn.cebase.identity.WorkbenchTile;
import cn.cebase.institution.InstitutionManagement;
import cn.cebase.shared.web.MenuContribution;
import cn.cebase.shared.web.MenuItem;
import cn.cebase.shared.web.MenuSection;
import cn.cebase.shared.web.PublicPath;
import cn.cebase.shared.web.PublicPaths;

import org.springframework.stereotype.Component;

/**
 * 施教机构 in the menu (the list for staff, its own for an institution), the registrations waiting for
 * approval, and the registration pages open to everyone.
 */
@Component
class InstitutionWorkbench implements MenuContribution, WorkbenchContribution, PublicPaths {

	private final InstitutionManagement institutions;

	InstitutionWorkbench(InstitutionManagement institutions) {
		this.institutions = institutions;
	}

	@Override
	public List<MenuItem> menuItems() {
		return List.of(MenuItem.of(MenuSection.MAIN, 10, "nav.institutions", "/institutions", "ADMIN", "AUTHORITY", "RECOMMENDER"),
				MenuItem.of(MenuSection.MAIN, 20, "nav.myInstitution", "/institutions/mine", "INSTITUTION"));
	}

	/** Registration, on the page and by API, is for those who have no account yet. */
	@Override
	public List<PublicPath> publicPaths() {
		return List.of(PublicPath.of("/register"), PublicPath.of("/register/**"),
				PublicPath.acceptingAnonymousWrites("/api/v1/registrations"));
	}

	@Override
	public List<WorkbenchTile> tilesFor(CurrentUser user) {
		if (!(user.has(Role.AUTHORITY) || user.has(Role.ADMIN))) {
			return List.of();
		}
		return List.of(new WorkbenchTile("pending-count", 10, "home.pendingInstitutions", institutions.countPending(user),
				"/institutions?status=PENDING", "home.goReview"));
	}
}
