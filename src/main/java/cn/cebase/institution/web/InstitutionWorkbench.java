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

import org.springframework.stereotype.Component;

/** 施教机构 in the menu (the list for staff, its own for an institution) and the registrations waiting for approval. */
@Component
class InstitutionWorkbench implements MenuContribution, WorkbenchContribution {

	private final InstitutionManagement institutions;

	InstitutionWorkbench(InstitutionManagement institutions) {
		this.institutions = institutions;
	}

	@Override
	public List<MenuItem> menuItems() {
		return List.of(MenuItem.of(MenuSection.MAIN, 10, "nav.institutions", "/institutions", "ADMIN", "AUTHORITY", "RECOMMENDER"),
				MenuItem.of(MenuSection.MAIN, 20, "nav.myInstitution", "/institutions/mine", "INSTITUTION"));
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
