package cn.cebase.recognition.web;

import java.util.List;

import cn.cebase.shared.web.MenuContribution;
import cn.cebase.shared.web.MenuItem;
import cn.cebase.shared.web.MenuSection;

import org.springframework.stereotype.Component;

/** 公示公告, for everyone. */
@Component
class RecognitionMenu implements MenuContribution {

	@Override
	public List<MenuItem> menuItems() {
		return List.of(MenuItem.of(MenuSection.PUBLIC, 20, "publicity.list.nav", "/public/publicity").alsoSignedOut());
	}
}
