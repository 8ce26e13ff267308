package cn.cebase.portal;

import java.util.Comparator;
import java.util.List;
import java.util.Set;
import java.util.stream.Collectors;

import cn.cebase.identity.CurrentUser;
import cn.cebase.identity.Role;
import cn.cebase.shared.web.MenuContribution;
import cn.cebase.shared.web.MenuItem;
import cn.cebase.shared.web.MenuSection;

import org.springframework.stereotype.Component;

/**
 * The menu assembled from every module's {@link MenuContribution}, for the signed-in user (or for
 * those signed out), in each entry's order. Templates read it as {@code @menu}, error pages too.
 */
@Component("menu")
public class Menu {

	private final List<MenuItem> items;

	Menu(List<MenuContribution> contributions) {
		this.items = contributions.stream()
			.flatMap(c -> c.menuItems().stream())
			.sorted(Comparator.comparing(MenuItem::section).thenComparingInt(MenuItem::order))
			.toList();
	}

	/** The entries of a section the current user may see. */
	public List<MenuItem> section(String section) {
		MenuSection wanted = MenuSection.valueOf(section);
		Set<String> roles = CurrentUser.signedIn()
			.map(u -> u.roles().stream().map(Role::name).collect(Collectors.toSet()))
			.orElse(null);
		return items.stream().filter(i -> i.section() == wanted && i.visibleTo(roles)).toList();
	}

	/** Every public entry, whoever asks: the footer's links. */
	public List<MenuItem> publicLinks() {
		return items.stream().filter(i -> i.section() == MenuSection.PUBLIC).toList();
	}
}
