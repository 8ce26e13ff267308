package cn.cebase.journeys;

import static com.microsoft.playwright.assertions.PlaywrightAssertions.assertThat;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.concurrent.ThreadLocalRandom;
import java.util.regex.Pattern;

import cn.cebase.CeBaseTest;
import cn.cebase.Fixtures;
import cn.cebase.institution.Institution;
import cn.cebase.institution.InstitutionManagement;
import com.microsoft.playwright.Locator;
import com.microsoft.playwright.Page;
import com.microsoft.playwright.Response;
import com.microsoft.playwright.options.AriaRole;
import com.microsoft.playwright.options.SelectOption;
import org.junit.jupiter.api.Test;

import org.springframework.beans.factory.annotation.Autowired;

/**
 * 施教机构 journeys through the real pages in Chromium: a new institution registers, its provincial authority
 * approves it and the institution sees itself enabled; an authority cannot open another province's institution.
 */
@CeBaseTest
class InstitutionJourneyTests extends BrowserJourney {

	@Autowired
	InstitutionManagement institutions;

	@Test
	void aNewInstitutionRegistersIsApprovedByTheJilinAuthorityAndThenSeesItselfEnabled() {
		String creditCode = Fixtures.newCreditCode();
		String name = "长春市专业技术人员继续教育中心" + ThreadLocalRandom.current().nextInt(10_000, 100_000);
		String username = Fixtures.newUsername("changchun");

		// the public front page leads to the registration form
		journey.go("/");
		page.locator("main").getByRole(AriaRole.LINK, new Locator.GetByRoleOptions().setName("施教机构注册")).click();
		page.waitForURL(Pattern.compile(".*/register$"));
		assertThat(page.locator("h1")).hasText("施教机构注册");

		page.locator("#creditCode").fill(creditCode);
		page.locator("#name").fill(name);
		// leaving the code field checks it at once
		assertThat(page.locator("#creditCode-feedback")).hasText("格式正确");
		page.locator("#type").selectOption(new SelectOption().setLabel("教育培训机构"));
		page.locator("#legalRepresentative").fill("王建国");
		// the region selects cascade: each choice fetches the next list
		assertThat(page.locator("#cityCode option")).hasCount(1);
		page.locator("#provinceCode").selectOption(new SelectOption().setLabel("吉林省"));
		page.locator("#cityCode").selectOption(new SelectOption().setLabel("长春市"));
		page.locator("#countyCode").selectOption(new SelectOption().setLabel("朝阳区"));
		assertThat(page.locator("#cityCode")).hasValue("220100");
		assertThat(page.locator("#countyCode")).hasValue("220104");
		page.locator("#address").fill("吉林省长春市朝阳区人民大街5688号");
		page.locator("#contactName").fill("李红梅");
		page.locator("#contactPhone").fill("0431-85012345");
		page.locator("#contactEmail").fill("lihongmei@example.cn");
		page.locator("#username").fill(username);
		page.locator("#displayName").fill("李红梅");
		assertThat(page.locator("#username-feedback")).hasText("格式正确");
		page.locator("#password").fill(Fixtures.PASSWORD);
		page.locator("#passwordConfirm").fill(Fixtures.PASSWORD);
		journey.screenshot("1-01-register-form");

		page.locator("#register-submit").click();
		page.waitForURL(Pattern.compile(".*/login\\?registered$"));
		assertThat(page.locator(".alert-success")).containsText("“" + name + "”已提交注册，请等待所在地人社部门审核。");
		journey.screenshot("1-02-registered-now-sign-in");

		// 吉林省人社厅 signs in and finds the registration waiting
		journey.signIn("jl.authority", Fixtures.PASSWORD);
		assertThat(page.locator("h1")).containsText("您好，吉林省人社厅 刘洋");
		assertThat(page.locator("#pending-count")).hasText(Pattern.compile("^\\s*[1-9]\\d*\\s*$"));
		int pendingBefore = Integer.parseInt(page.locator("#pending-count").textContent().strip());
		journey.screenshot("1-03-authority-home-pending-count");

		page.getByRole(AriaRole.LINK, new Page.GetByRoleOptions().setName("去审核")).click();
		page.waitForURL(Pattern.compile(".*/institutions\\?status=PENDING$"));
		assertThat(page.locator("#status")).hasValue("PENDING");
		Locator rows = page.locator("#institution-table tbody tr");
		Locator row = rows.filter(new Locator.FilterOptions().setHasText(name));
		assertThat(row).hasCount(1);
		assertThat(row).containsText(creditCode);
		assertThat(row).containsText("吉林省 长春市 朝阳区");
		assertThat(row.locator(".status-badge")).hasText("待审核");
		for (String status : page.locator("#institution-table tbody .status-badge").allTextContents()) {
			assertEquals("待审核", status.strip(), "the list filtered to 待审核 shows only pending institutions");
		}
		// the search box narrows the list without leaving the page
		page.locator("#text").fill(name);
		page.locator("#text").press("Enter");
		assertThat(page).hasURL(Pattern.compile(".*[?&]text=.*"));
		assertThat(rows).hasCount(1);
		assertThat(rows.first()).containsText(name);
		journey.screenshot("1-04-pending-institutions");

		row.getByRole(AriaRole.LINK, new Locator.GetByRoleOptions().setName(name)).click();
		page.waitForURL(Pattern.compile(".*/institutions/\\d+$"));
		String profileUrl = page.url();
		assertThat(page.locator("h1")).hasText(name);
		assertThat(page.locator("#status")).hasText("待审核");
		assertThat(page.locator("dl")).containsText(creditCode);
		assertThat(page.locator("dl")).containsText("吉林省长春市朝阳区人民大街5688号");
		assertThat(page.locator("dl")).containsText("0431-85012345");
		journey.screenshot("1-05-pending-institution");

		page.locator("#approve").click();
		page.waitForURL(profileUrl);
		assertThat(page.locator(".alert-success")).hasText("已审核通过。");
		assertThat(page.locator("#status")).hasText("已启用");
		assertThat(page.locator("#approve")).hasCount(0);
		journey.screenshot("1-06-approved");

		page.locator("nav").getByRole(AriaRole.LINK, new Locator.GetByRoleOptions().setName("首页")).click();
		page.waitForURL(Pattern.compile(".*/home$"));
		assertThat(page.locator("#pending-count")).hasText(String.valueOf(pendingBefore - 1));
		journey.signOut();

		// the institution's own user signs in and sees the decision
		journey.signIn(username, Fixtures.PASSWORD);
		assertThat(page.locator("h1")).containsText("您好，李红梅");
		assertThat(page.locator("main")).containsText(name);
		assertThat(page.locator("#my-status")).hasText("已启用");
		assertThat(page.locator("#my-status")).hasClass(Pattern.compile("\\bstatus-ACTIVE\\b"));
		assertThat(page.locator("main")).containsText("机构已启用，可以参加继续教育基地申报。");
		journey.screenshot("1-07-institution-home-active");

		page.getByRole(AriaRole.LINK, new Page.GetByRoleOptions().setName("查看机构信息")).click();
		page.waitForURL(profileUrl);
		assertThat(page.locator("h1")).hasText(name);
		assertThat(page.locator("#status")).hasText("已启用");
		assertThat(page.locator("dl")).containsText(creditCode);
		assertThat(page.locator("#approve")).hasCount(0);
		assertThat(page.locator("#suspend")).hasCount(0);
		journey.screenshot("1-08-institution-profile-active");
	}

	@Test
	void aJilinAuthorityIsRefusedAFujianInstitution() {
		Institution fujian = institutions.register(Fixtures.trainingSchoolInFuzhou());

		journey.go("/login");
		journey.signIn("jl.authority", Fixtures.PASSWORD);

		// typed into the address bar: the same answer as for an institution that does not exist
		Response response = journey.go("/institutions/" + fujian.id());
		assertEquals(404, response.status());
		assertThat(page.locator("#error-message")).hasText("记录不存在，或不在您的数据范围内。");
		assertThat(page.locator("body")).not().containsText(fujian.name());
		assertThat(page.locator("body")).not().containsText(fujian.creditCode());
		journey.screenshot("2-01-fujian-institution-refused");

		// nor does the Jilin list show it, not even when searched for by name
		page.locator("nav").getByRole(AriaRole.LINK, new Locator.GetByRoleOptions().setName("施教机构")).click();
		page.waitForURL(Pattern.compile(".*/institutions$"));
		Locator rows = page.locator("#institution-table tbody tr");
		assertThat(rows.filter(new Locator.FilterOptions().setHasText("吉林化工学院"))).hasCount(1);
		assertThat(page.locator("#institution-table")).not().containsText(fujian.name());
		page.locator("#text").fill(fujian.name());
		page.locator("#text").press("Enter");
		assertThat(page.locator("#empty")).hasText("没有符合条件的施教机构。");
		assertThat(page.locator("#institution-table")).not().containsText(fujian.name());
		journey.screenshot("2-02-jilin-list-without-fujian-institution");

		// while 福建省人社厅 finds and opens it the same way, so the name was worth looking for
		try (Journey fujianAuthority = anotherWindow()) {
			Page fujianPage = fujianAuthority.page;
			fujianAuthority.go("/login");
			fujianAuthority.signIn("fj.authority", Fixtures.PASSWORD);
			fujianAuthority.go("/institutions");
			fujianPage.locator("#text").fill(fujian.name());
			fujianPage.locator("#text").press("Enter");
			Locator found = fujianPage.locator("#institution-table tbody tr");
			assertThat(found).hasCount(1);
			assertThat(found).containsText(fujian.name());
			Response allowed = fujianAuthority.go("/institutions/" + fujian.id());
			assertEquals(200, allowed.status());
			assertThat(fujianPage.locator("h1")).hasText(fujian.name());
			assertTrue(fujianPage.url().endsWith("/institutions/" + fujian.id()));
			fujianAuthority.screenshot("2-03-fujian-authority-sees-it");
		}
	}
}
