package cn.cebase.journeys;

import static com.microsoft.playwright.assertions.PlaywrightAssertions.assertThat;

import java.util.concurrent.ThreadLocalRandom;

import cn.cebase.CeBaseTest;
import cn.cebase.Fixtures;
import com.microsoft.playwright.Locator;
import com.microsoft.playwright.Page;
import com.microsoft.playwright.options.SelectOption;
import org.junit.jupiter.api.Test;

/**
 * 申报批次 as people meet it: the Fujian authority opens and publishes a call from the FJ profile;
 * a Fujian institution finds it among the public calls and runs the eligibility self-check.
 */
@CeBaseTest
class CallJourneyTests extends BrowserJourney {

	@Test
	void fujianPublishesACallAndAnInstitutionChecksItsEligibility() {
		String title = "2026年度福建省省级专业技术人员继续教育基地申报" + ThreadLocalRandom.current().nextInt(1000, 10000);

		journey.go("/login");
		journey.signIn("fj.authority", Fixtures.PASSWORD);
		journey.go("/calls");
		journey.clickAndWaitForNextPage("#new-call");
		assertThat(page.locator("#profileCode")).hasValue("FJ");
		page.locator("#title").fill(title);
		page.locator("#batchName").fill("第一批");
		page.locator("#notice").fill("各设区市人力资源和社会保障局，平潭综合实验区党群工作部，省直有关单位：\n"
				+ "根据《福建省省级专业技术人员继续教育基地管理办法》，现开展2026年度申报工作。逾期不予受理。");
		journey.screenshot("9-01-new-call");
		journey.clickAndWaitForNextPage("#call-submit");
		assertThat(page.locator("#call-status")).hasText("草稿");
		journey.clickAndWaitForNextPage("#publish");
		assertThat(page.locator("#call-status")).hasText("申报中");
		journey.screenshot("9-02-call-published");
		journey.signOut();

		// the public sees it without signing in
		journey.go("/public/calls");
		page.getByText(title).click();
		page.waitForURL("**/public/calls/*");
		assertThat(page.locator("#notice")).containsText("逾期不予受理");
		journey.screenshot("9-03-public-notice");

		journey.go("/login");
		journey.signIn("inst.fj", Fixtures.PASSWORD);
		journey.go("/public/calls");
		page.getByText(title).click();
		page.waitForURL("**/public/calls/*");
		journey.clickAndWaitForNextPage("#self-check");
		page.locator("#independentLegalPerson").selectOption(new SelectOption().setValue("true"));
		page.locator("#venueSeats").fill("150");
		page.locator("#managers").fill("6");
		page.locator("#trainees1").fill("1200");
		page.locator("#trainees2").fill("1300");
		page.locator("#trainees3").fill("999");
		page.locator("#platformConnects").selectOption(new SelectOption().setValue("true"));
		page.locator("#run-check").click();

		Locator trainees = page.locator("#rule-results tr", new Page.LocatorOptions().setHasText("年培训人数"));
		assertThat(trainees.locator(".status-badge")).hasText("不符合");
		assertThat(trainees).containsText("每年培训须不少于1000人，上一年度为999人。");
		assertThat(trainees).containsText("闽人社发〔2024〕5号 第七条（五）");
		assertThat(page.locator("#overall .status-badge")).hasText("不符合");
		journey.screenshot("9-04-self-check-fails-on-trainees");

		// the fix is typed and the answer changes without leaving the page
		page.locator("#trainees3").fill("1000");
		page.locator("#trainees3").press("Tab");
		assertThat(trainees.locator(".status-badge")).hasText("符合");
		assertThat(page.locator("#overall .status-badge")).hasText("专家评审");
		journey.screenshot("9-05-self-check-left-to-experts");
	}

	@Test
	void shandongAdjustsACitysQuotaWithAReason() {
		journey.go("/login");
		journey.signIn("sd.authority", Fixtures.PASSWORD);
		journey.go("/calls/new");
		page.locator("#title").fill("山东省2026年度省级继续教育基地申报" + ThreadLocalRandom.current().nextInt(1000, 10000));
		page.locator("#notice").fill("各设区的市人力资源社会保障局，省直各部门（单位）：现开展申报工作。");
		page.locator("input[name=tracks][value=RURAL_REVITALIZATION]").check();
		journey.clickAndWaitForNextPage("#call-submit");
		Locator jinan = page.locator("#quota-table tr", new Page.LocatorOptions().setHasText("济南市人力资源和社会保障局"));
		assertThat(jinan.locator("input[name=total]")).hasValue("3");
		assertThat(jinan.locator("input[name='share.RURAL_REVITALIZATION']")).hasValue("2");
		jinan.locator("input[name=total]").fill("4");
		jinan.locator("input[name=reason]").fill("济南承担省会培训任务较重");
		jinan.locator("button").click();
		page.waitForLoadState();
		assertThat(page.locator(".alert-success")).containsText("名额已调整");
		assertThat(jinan.locator("input[name=total]")).hasValue("4");
		assertThat(jinan).containsText("已调整");
		journey.screenshot("9-06-quota-adjusted");
	}
}
