package cn.cebase.shared.web;

import java.util.Collection;
import java.util.Set;

/**
 * One entry of the menu, contributed by the module whose page it opens. Shown to signed-in users
 * holding one of the roles {@code shownTo} (anyone signed in, if empty) and none of {@code hiddenFrom};
 * a public entry may also be shown to those not signed in. Roles go by name (AUTHORITY, INSTITUTION…),
 * as modules earlier than identity know them. The server checks every page again: the menu only spares
 * people links that would refuse them.
 */
public record MenuItem(MenuSection section, int order, String labelKey, String href, Set<String> shownTo,
		Set<String> hiddenFrom, boolean shownSignedOut) {

	public MenuItem {
		shownTo = Set.copyOf(shownTo);
		hiddenFrom = Set.copyOf(hiddenFrom);
	}

	public static MenuItem of(MenuSection section, int order, String labelKey, String href, String... shownTo) {
		return new MenuItem(section, order, labelKey, href, Set.of(shownTo), Set.of(), false);
	}

	/** The same entry, kept from users who hold any of these roles. */
	public MenuItem hiddenFrom(String... roles) {
		return new MenuItem(section, order, labelKey, href, shownTo, Set.of(roles), shownSignedOut);
	}

	/** The same entry, also on the bar of those not signed in. */
	public MenuItem alsoSignedOut() {
		return new MenuItem(section, order, labelKey, href, shownTo, hiddenFrom, true);
	}

	/** @param roles the names of the signed-in user's roles, or null when nobody is signed in */
	public boolean visibleTo(Collection<String> roles) {
		if (roles == null) {
			return shownSignedOut;
		}
		return (shownTo.isEmpty() || shownTo.stream().anyMatch(roles::contains)) && hiddenFrom.stream().noneMatch(roles::contains);
	}
}
