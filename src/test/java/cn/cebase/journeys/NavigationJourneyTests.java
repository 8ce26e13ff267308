package cn.cebase.journeys;

import static com.microsoft.playwright.assertions.PlaywrightAssertions.assertThat;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import cn.cebase.CeBaseTest;
import cn.cebase.Fixtures;
import com.microsoft.playwright.assertions.LocatorAssertions;
import org.junit.jupiter.api.Test;

/**
 * The bar at the top at the widths offices use (1100 px, a small laptop; 1366 px, the common screen): on one line,
 * nothing off the window, each role's daily pages at hand, the public pages and the settings in two menus that the
 * keyboard opens as well as the mouse.
 */
@CeBaseTest
class NavigationJourneyTests extends BrowserJourney {

	private static final int[] WIDTHS = { 1100, 1366 };

	@Test
	void anAuthorityReachesItsBasesAndThePublicRegistryAt1100And1366Pixels() {
		journey.signIn("fj.authority", Fixtures.PASSWORD);
		for (int i = 0; i < WIDTHS.length; i++) {
			int width = WIDTHS[i];
			page.setViewportSize(width, 800);
			assertOneLineThatFits(width);
			for (String path : new String[] { "/home", "/institutions", "/reviews", "/calls", "/experts", "/bases",
					"/notifications" }) {
				assertThat(page.locator("#nav a.nav-link[href='" + path + "']")).isVisible();
			}
			page.locator("#public-menu").click();
			assertThat(page.locator("#nav a.dropdown-item[href='/public/bases']")).isVisible();
			assertThat(page.locator("#nav a.dropdown-item[href='/public/verify']")).isVisible();
			assertThat(page.locator("#nav a.dropdown-item[href='/public/calls']")).isVisible();
			assertThat(page.locator("#nav a.dropdown-item[href='/public/publicity']")).isVisible();
			journey.screenshot("41-0" + (2 * i + 1) + "-authority-public-menu-" + width);
			page.locator("#admin-menu").click();
			assertThat(page.locator("#nav a.dropdown-item[href='/public/bases']")).isHidden();
			assertThat(page.locator("#nav a.dropdown-item[href='/policies']")).isVisible();
			assertThat(page.locator("#nav a.dropdown-item[href='/organizations']")).isVisible();
			assertThat(page.locator("#nav a.dropdown-item[href='/audit']")).isVisible();
			journey.screenshot("41-0" + (2 * i + 2) + "-authority-admin-menu-" + width);
			page.keyboard().press("Escape");
		}

		// by keyboard: the menu takes the focus, Enter opens it, the arrow keys walk it, Enter follows the link
		page.locator("#public-menu").focus();
		page.keyboard().press("Enter");
		page.keyboard().press("ArrowDown");
		page.keyboard().press("ArrowDown");
		page.keyboard().press("ArrowDown");
		assertThat(page.locator("#nav a.dropdown-item[href='/public/bases']")).isFocused();
		page.keyboard().press("Enter");
		page.waitForURL("**/public/bases");
		assertThat(page.locator("h1")).hasText("继续教育基地名录");

		// the bases of the authority are one click away on every page
		page.locator("#nav a.nav-link[href='/bases']").click();
		page.waitForURL("**/bases");
		assertThat(page.locator("#base-table")).isVisible();
	}

	@Test
	void anInstitutionFindsCallsAndTheRegistryAt1100And1366Pixels() {
		journey.signIn("inst.fj", Fixtures.PASSWORD);
		for (int width : WIDTHS) {
			page.setViewportSize(width, 800);
			assertOneLineThatFits(width);
			// those who apply look for calls daily: the public calls stay on the bar
			for (String path : new String[] { "/home", "/institutions/mine", "/declarations", "/public/calls",
					"/policies", "/notifications" }) {
				assertThat(page.locator("#nav a.nav-link[href='" + path + "']")).isVisible();
			}
			assertThat(page.locator("#admin-menu")).hasCount(0);
			page.locator("#public-menu").click();
			assertThat(page.locator("#nav a.dropdown-item[href='/public/bases']")).isVisible();
			assertThat(page.locator("#nav a.dropdown-item[href='/public/verify']")).isVisible();
			assertThat(page.locator("#nav a.dropdown-item[href='/public/publicity']")).isVisible();
			journey.screenshot("41-1" + (width == 1100 ? 1 : 2) + "-institution-public-menu-" + width);
			page.keyboard().press("Escape");
		}
		page.locator("#public-menu").click();
		page.locator("#nav a.dropdown-item[href='/public/verify']").click();
		page.waitForURL("**/public/verify");
		assertThat(page.locator("h1")).hasText("继续教育基地牌匾核验");
	}

	/** No menu button, the account menu wholly in the window, no sideways scrolling, one row of links. */
	private void assertOneLineThatFits(int width) {
		assertThat(page.locator(".navbar-toggler")).isHidden();
		assertThat(page.locator("#user-menu")).isInViewport(new LocatorAssertions.IsInViewportOptions().setRatio(1));
		assertEquals(width, ((Number) page.evaluate("() => document.documentElement.scrollWidth")).intValue(),
				"the page scrolls sideways at " + width + " px");
		double height = page.locator("nav.navbar").boundingBox().height;
		assertTrue(height < 70, "the bar takes " + height + " px at " + width + " px: it wrapped");
	}
}
