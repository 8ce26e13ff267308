package cn.cebase.evaluation.web;

import java.util.List;

import cn.cebase.evaluation.Panels;
import cn.cebase.identity.CurrentUser;
import cn.cebase.identity.Role;
import cn.cebase.identity.WorkbenchContribution;
import cn.cebase.identity.WorkbenchTile;
import cn.cebase.shared.web.MenuContribution;
import cn.cebase.shared.web.MenuItem;
import cn.cebase.shared.web.MenuSection;

import org.springframework.stereotype.Component;

/** 专家库 for authorities; an expert's 评审任务 in the menu and its open invitations on the workbench. */
@Component
class EvaluationWorkbench implements MenuContribution, WorkbenchContribution {

	private final Panels panels;

	EvaluationWorkbench(Panels panels) {
		this.panels = panels;
	}

	@Override
	public List<MenuItem> menuItems() {
		return List.of(MenuItem.of(MenuSection.MAIN, 60, "nav.experts", "/experts", "AUTHORITY"),
				MenuItem.of(MenuSection.MAIN, 80, "nav.expertPanels", "/expert/panels", "EXPERT"));
	}

	@Override
	public List<WorkbenchTile> tilesFor(CurrentUser user) {
		if (!user.has(Role.EXPERT)) {
			return List.of();
		}
		return List.of(new WorkbenchTile("expert-invitations", 30, "home.expertPanels", panels.invitationCount(user),
				"/expert/panels", "nav.expertPanels"));
	}
}
