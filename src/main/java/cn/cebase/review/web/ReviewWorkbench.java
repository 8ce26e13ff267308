package cn.cebase.review.web;

import java.util.List;

import cn.cebase.identity.CurrentUser;
import cn.cebase.identity.Role;
import cn.cebase.identity.WorkbenchContribution;
import cn.cebase.identity.WorkbenchTile;
import cn.cebase.review.ReviewManagement;
import cn.cebase.shared.web.MenuContribution;
import cn.cebase.shared.web.MenuItem;
import cn.cebase.shared.web.MenuSection;

import org.springframework.stereotype.Component;

/** 待我审核 in the menu and on the workbench of the stages' staff, with the count of its list. */
@Component
class ReviewWorkbench implements MenuContribution, WorkbenchContribution {

	private final ReviewManagement reviews;

	ReviewWorkbench(ReviewManagement reviews) {
		this.reviews = reviews;
	}

	@Override
	public List<MenuItem> menuItems() {
		return List.of(MenuItem.of(MenuSection.MAIN, 40, "nav.reviews", "/reviews", "AUTHORITY", "RECOMMENDER"));
	}

	@Override
	public List<WorkbenchTile> tilesFor(CurrentUser user) {
		if (!(user.has(Role.AUTHORITY) || user.has(Role.RECOMMENDER))) {
			return List.of();
		}
		return List.of(new WorkbenchTile("waiting-reviews", 20, "home.waitingReviews", reviews.countWaiting(user), "/reviews",
				"home.goReviews"));
	}
}
