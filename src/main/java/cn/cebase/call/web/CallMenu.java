package cn.cebase.call.web;

import java.util.List;

import cn.cebase.shared.web.MenuContribution;
import cn.cebase.shared.web.MenuItem;
import cn.cebase.shared.web.MenuSection;

import org.springframework.stereotype.Component;

/** 申报批次 for authorities; 申报公告 on the main bar of those who apply (they look for calls every day), in the public menu for staff and for everyone signed out. */
@Component
class CallMenu implements MenuContribution {

	@Override
	public List<MenuItem> menuItems() {
		return List.of(MenuItem.of(MenuSection.MAIN, 50, "nav.calls", "/calls", "AUTHORITY"),
				MenuItem.of(MenuSection.MAIN, 90, "nav.publicCalls", "/public/calls").hiddenFrom("ADMIN", "AUTHORITY", "RECOMMENDER"),
				MenuItem.of(MenuSection.PUBLIC, 10, "nav.publicCalls", "/public/calls", "ADMIN", "AUTHORITY", "RECOMMENDER")
					.alsoSignedOut());
	}
}
