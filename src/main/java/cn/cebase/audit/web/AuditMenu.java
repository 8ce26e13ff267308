package cn.cebase.audit.web;

import java.util.List;

import cn.cebase.shared.web.MenuContribution;
import cn.cebase.shared.web.MenuItem;
import cn.cebase.shared.web.MenuSection;

import org.springframework.stereotype.Component;

/** 审计日志, for administrators and authorities. */
@Component
class AuditMenu implements MenuContribution {

	@Override
	public List<MenuItem> menuItems() {
		return List.of(MenuItem.of(MenuSection.SETTINGS, 40, "nav.audit", "/audit", "ADMIN", "AUTHORITY"));
	}
}
