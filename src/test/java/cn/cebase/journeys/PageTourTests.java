package cn.cebase.journeys;

import static com.microsoft.playwright.assertions.PlaywrightAssertions.assertThat;
import static org.junit.jupiter.api.Assertions.assertEquals;

import cn.cebase.CeBaseTest;
import cn.cebase.Fixtures;
import com.microsoft.playwright.Page;
import org.junit.jupiter.api.Test;

/**
 * Every role's pages as that person sees them, each saved as a screenshot under target/screenshots
 * to be looked at; a page that errors, fails to load an asset or answers other than 200 fails the tour.
 */
@CeBaseTest
class PageTourTests extends BrowserJourney {

	@Test
	void thePublicPages() {
		visit("/", "0-01-landing");
		assertThat(page.locator("h1")).hasText("专业技术人员继续教育基地管理平台");
		visit("/public/demo-accounts", "0-02-demo-accounts");
		// README's table: the demo accounts, six of them from the Jilin calls that reached 公示 and recognition
		assertThat(page.locator("#demo-accounts tbody tr")).hasCount(27);
		visit("/login", "0-03-login");
		visit("/public/calls", "0-04-public-calls");
		// the demo world's call; other tests add calls of their own
		page.getByText("福建省省级专业技术人员继续教育基地申报（演示）").click();
		page.waitForURL("**/public/calls/*");
		assertThat(page.locator("#notice")).containsText("逾期不予受理");
		journey.screenshot("0-05-public-call");
	}

	@Test
	void theAdministratorsPages() {
		journey.signIn("admin", Fixtures.PASSWORD);
		visit("/home", "5-01-admin-home");
		visit("/admin/users", "5-02-admin-users");
		assertThat(page.locator("body")).containsText("jl.authority");
		visit("/admin/users/new", "5-03-admin-new-user");
		visit("/audit", "5-04-audit-trail");
		page.locator("#verify").click();
		page.waitForURL("**/audit/verify");
		assertThat(page.locator("#verification")).containsText("哈希链完整");
		journey.screenshot("5-05-audit-verified");
		visit("/organizations?kind=CITY_HRSS", "5-06-organizations");
	}

	@Test
	void theAuthoritysPages() {
		journey.signIn("sd.authority", Fixtures.PASSWORD);
		visit("/institutions", "6-01-shandong-institutions");
		visit("/notifications", "6-02-notifications");
		visit("/account/password", "6-03-change-password");
		visit("/policies", "6-04-policy-profiles");
		visit("/policies/SD", "6-05-shandong-profile");
		visit("/policies/FJ", "6-06-fujian-profile");
		visit("/policies/SD/edit", "6-07-shandong-profile-editor");
		visit("/calls", "6-08-shandong-calls");
	}

	@Test
	void theInstitutionsAndLearnersHomes() {
		journey.signIn("inst.sd", Fixtures.PASSWORD);
		visit("/home", "7-01-pending-institution-home");
		assertThat(page.locator("#my-status")).hasText("待审核");
		journey.signOut();
		journey.signIn("learner", Fixtures.PASSWORD);
		visit("/home", "7-02-learner-home");
	}

	@Test
	void englishOnRequest() {
		journey.signIn("fj.authority", Fixtures.PASSWORD);
		visit("/institutions?lang=en", "8-01-institutions-in-english");
		assertThat(page.locator("h1")).hasText("Training institutions");
		// the choice is remembered
		visit("/home", "8-02-home-in-english");
		visit("/home?lang=zh_CN", "8-03-back-to-chinese");
		assertThat(page.locator("nav.navbar")).containsText("施教机构");
	}

	private void visit(String path, String screenshot) {
		assertEquals(200, journey.go(path).status(), path);
		journey.screenshot(screenshot);
	}
}
