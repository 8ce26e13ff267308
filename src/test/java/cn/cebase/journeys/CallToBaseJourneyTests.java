package cn.cebase.journeys;

import java.time.Duration;
import static com.microsoft.playwright.assertions.PlaywrightAssertions.assertThat;

import java.util.List;
import java.util.regex.Pattern;

import cn.cebase.shared.MovableClock;
import cn.cebase.CeBaseTest;
import cn.cebase.Fixtures;
import cn.cebase.Scenarios;
import com.microsoft.playwright.APIResponse;
import com.microsoft.playwright.Locator;
import com.microsoft.playwright.Page;
import com.microsoft.playwright.options.AriaRole;
import com.microsoft.playwright.options.SelectOption;

import org.junit.jupiter.api.Test;

import org.springframework.beans.factory.annotation.Autowired;

/**
 * One FJ call from publication to a base in the public registry whose plaque verifies, every role
 * signing in with its own account and acting in turn in the browser: a new school registers and
 * 福建省人社厅 approves it; the authority opens and publishes the call; the school applies; 福州
 * recommends; the province accepts, adds an expert to its pool, draws the panel and sets the
 * rubric; the expert scores; the province visits the school, records the committee's decision and
 * puts it to publicity, which anyone can read; after the period the province recognises the base;
 * anyone finds it in the registry, and the school prints its plaque and scans its QR code.
 *
 * <p>Only time is moved by hand: the application window and the publicity period end early in the
 * database, as the calendar would end them.
 */
@CeBaseTest
class CallToBaseJourneyTests extends BrowserJourney {

	/** The call's own key field, which no other journey uses, so that the panel drawn for it is this expert's. */
	static final String KEY_FIELD = "海洋经济";

	@Autowired
	Scenarios scenarios;


	@Autowired
	MovableClock clock;

	@Test
	void oneCallFromPublicationToAVerifiedPlaque() throws Exception {
		long run = System.nanoTime() % 10000;
		String title = "2026年度福建省省级继续教育基地申报（全流程）" + run;
		String school = "福州海洋职业培训学院" + run;
		String schoolUser = Fixtures.newUsername("haiyang");
		String expertName = "郑海教授";
		String phone = "137" + String.format("%08d", System.nanoTime() % 100_000_000L);

		// 1. the school registers on the public page
		journey.go("/");
		page.locator("main").getByRole(AriaRole.LINK, new Locator.GetByRoleOptions().setName("施教机构注册")).click();
		page.waitForURL(Pattern.compile(".*/register$"));
		page.locator("#creditCode").fill(Fixtures.newCreditCode());
		page.locator("#name").fill(school);
		assertThat(page.locator("#creditCode-feedback")).hasText("格式正确");
		page.locator("#type").selectOption(new SelectOption().setLabel("教育培训机构"));
		page.locator("#legalRepresentative").fill("陈海峰");
		page.locator("#provinceCode").selectOption(new SelectOption().setLabel("福建省"));
		page.locator("#cityCode").selectOption(new SelectOption().setLabel("福州市"));
		page.locator("#countyCode").selectOption(new SelectOption().setLabel("鼓楼区"));
		assertThat(page.locator("#countyCode")).hasValue("350102");
		page.locator("#address").fill("福建省福州市鼓楼区五四路158号");
		page.locator("#contactName").fill("林秀英");
		page.locator("#contactPhone").fill("0591-83012345");
		page.locator("#contactEmail").fill("linxiuying@example.cn");
		page.locator("#username").fill(schoolUser);
		page.locator("#displayName").fill("林秀英");
		assertThat(page.locator("#username-feedback")).hasText("格式正确");
		page.locator("#password").fill(Fixtures.PASSWORD);
		page.locator("#passwordConfirm").fill(Fixtures.PASSWORD);
		page.locator("#register-submit").click();
		page.waitForURL(Pattern.compile(".*/login\\?registered$"));

		// 2. 福建省人社厅 approves the school, then opens and publishes the call with its key fields
		journey.signIn("fj.authority", Fixtures.PASSWORD);
		journey.screenshot("40-01-authority-home");
		journey.go("/institutions?status=PENDING");
		page.locator("#text").fill(school);
		page.locator("#text").press("Enter");
		assertThat(page).hasURL(Pattern.compile(".*[?&]text=.*"));
		assertThat(page.locator("#institution-table tbody tr")).hasCount(1);
		journey.clickAndWaitForNextPage("#institution-table a:text('" + school + "')");
		page.locator("#approve").click();
		assertThat(page.locator("#status")).hasText("已启用");

		journey.go("/calls");
		journey.clickAndWaitForNextPage("#new-call");
		assertThat(page.locator("#profileCode")).hasValue("FJ");
		page.locator("#title").fill(title);
		page.locator("#batchName").fill("第一批");
		page.locator("#notice").fill("各设区市人力资源和社会保障局，平潭综合实验区党群工作部，省直有关单位：\n"
				+ "根据《福建省省级专业技术人员继续教育基地管理办法》，现开展2026年度申报工作，重点支持海洋经济、数字经济领域。");
		page.locator("#keyFields").fill(KEY_FIELD + "\n数字经济");
		journey.clickAndWaitForNextPage("#call-submit");
		assertThat(page.locator("#call-status")).hasText("草稿");
		assertThat(page.locator("#key-fields")).containsText(KEY_FIELD);
		journey.clickAndWaitForNextPage("#publish");
		assertThat(page.locator("#call-status")).hasText("申报中");
		long callId = Long.parseLong(page.url().replaceAll(".*/calls/(\\d+).*", "$1"));
		journey.screenshot("40-02-call-published");
		journey.signOut();

		// 3. the school finds the call among the public calls, fills its application and submits it
		journey.signIn(schoolUser, Fixtures.PASSWORD);
		assertThat(page.locator("#my-status")).hasText("已启用");
		journey.screenshot("40-03-school-home");
		page.locator("#nav").getByRole(AriaRole.LINK, new Locator.GetByRoleOptions().setName("申报公告")).click();
		page.waitForURL(Pattern.compile(".*/public/calls$"));
		journey.clickAndWaitForNextPage("#calls a:text('" + title + "')");
		journey.clickAndWaitForNextPage("#start-declaration");
		assertThat(page.locator("#declaration-status")).hasText("草稿");
		long declarationId = Long.parseLong(page.url().replaceAll(".*/declarations/(\\d+).*", "$1"));
		page.locator("#channelId").selectOption(new SelectOption().setLabel("福州市人力资源和社会保障局"));
		page.locator("#independentLegalPerson").selectOption(new SelectOption().setValue("true"));
		page.locator("#venueSeats").fill("320");
		page.locator("#fullTimeManagersWithBachelor").fill("9");
		page.locator("#trainees1").fill("1500");
		page.locator("#trainees2").fill("1650");
		page.locator("#trainees3").fill("1800");
		page.locator("#keyField").selectOption(new SelectOption().setValue(KEY_FIELD));
		page.locator("#platformConnectsToProvince").selectOption(new SelectOption().setValue("true"));
		for (Locator function : page.locator("input[name=platformFunctions]").all()) {
			function.check();
		}
		page.locator("#unitNature").fill("民办非企业单位，经福州市民政局登记，业务主管单位为福州市人力资源和社会保障局。");
		page.locator("#overview").fill("学院现有教室14间、实训船模实验室1间，可同时容纳培训学员320人；建有远程教育平台一套，已接入省继续教育公共服务平台。");
		page.locator("#teachers").fill("专兼职教师92人，其中高级职称55人，聘请海洋渔业、港航物流领域企业专家18人。");
		page.locator("#keyFieldTraining").fill("近三年培训海洋经济领域专业技术人员4950人次，开设海洋渔业、海水养殖、港口物流等课程36门。");
		page.locator("#managementSystem").fill("建立培训管理、学籍管理、师资管理、财务管理和培训档案管理制度，培训档案保存五年以上。");
		page.locator("#organisationalSupport").fill("成立由院长任组长的基地建设领导小组，设继续教育部专职负责基地日常工作。");
		page.locator("#performanceTargetsAndFunding").fill("每年培训专业技术人员不少于1500人次；每年投入专项经费180万元，用于课程开发和平台升级。");
		page.locator("#mainFieldsAndFeatures").fill("以海洋经济为主，突出海洋渔业和港航物流特色，面向福州及沿海地区开展知识更新培训。");
		journey.clickAndWaitForNextPage("#submit-declaration");
		assertThat(page.locator("#declaration-status")).hasText("已提交");
		assertThat(page.locator("#channel-name")).hasText("福州市人力资源和社会保障局");
		journey.screenshot("40-04-application-submitted");
		journey.signOut();

		// 4. 福州 recommends it
		journey.signIn("fj.fuzhou", Fixtures.PASSWORD);
		assertThat(page.locator("#waiting-reviews")).not().hasText("0");
		journey.screenshot("40-05-recommender-home");
		page.locator("#nav").getByRole(AriaRole.LINK, new Locator.GetByRoleOptions().setName("待我审核")).click();
		page.waitForURL(Pattern.compile(".*/reviews$"));
		journey.clickAndWaitForNextPage("#work-items a:text('" + school + "')");
		page.locator("#buildsBases").selectOption(new SelectOption().setValue("true"));
		page.locator("#relation").fill("属地管理的施教机构");
		page.locator("#reason").fill("该校近3年承担本市海洋渔业专业技术人员知识更新培训任务5项，培训4800人次。");
		page.locator("#contactName").fill("黄蓉");
		page.locator("#contactPhone").fill("0591-87654321");
		page.locator("#opinion").fill("同意推荐。");
		journey.clickAndWaitForNextPage("#do-recommend");
		assertThat(page.locator(".alert-success")).containsText("已推荐");
		journey.screenshot("40-06-recommended");
		journey.signOut();

		// 5. the province accepts it; then the window ends
		journey.signIn("fj.authority", Fixtures.PASSWORD);
		journey.go("/reviews");
		journey.clickAndWaitForNextPage("#work-items a:text('" + school + "')");
		assertThat(page.locator("#recommendation")).containsText("海洋渔业");
		journey.clickAndWaitForNextPage("#do-accept");
		assertThat(page.locator("#declaration-status")).hasText("已受理");
		scenarios.closeNow(callId);

		// the province adds an expert of the key field to its pool and draws the panel for that field
		page.locator("#nav").getByRole(AriaRole.LINK, new Locator.GetByRoleOptions().setName("专家库")).click();
		page.waitForURL(Pattern.compile(".*/experts$"));
		page.locator("#name").fill(expertName);
		page.locator("#employer").fill("集美大学");
		page.locator("#regionCode").fill("350211");
		page.locator("#titleSeries").fill("高等学校教师");
		page.locator("#titleLevel").selectOption(new SelectOption().setValue("SENIOR"));
		page.locator("#fields").fill("继续教育、" + KEY_FIELD);
		page.locator("#phone").fill(phone);
		journey.clickAndWaitForNextPage("#add-expert");
		assertThat(page.locator("#added")).containsText("zj" + phone);
		String expertUser = page.locator("#added td.mono").nth(0).textContent().strip();
		String temporaryPassword = page.locator("#added td.mono").nth(1).textContent().strip();
		journey.screenshot("40-07-expert-added");

		journey.go("/calls/" + callId);
		journey.clickAndWaitForNextPage("#call-panels");
		page.locator("#keyField").selectOption(new SelectOption().setValue(KEY_FIELD));
		page.locator("#size").fill("1");
		page.locator("#reserves").fill("0");
		journey.clickAndWaitForNextPage("#draw");
		assertThat(page.locator("#members")).containsText(expertName);
		journey.screenshot("40-08-panel-drawn");
		journey.go("/calls/" + callId + "/panels");
		journey.clickAndWaitForNextPage("#rubric-link");
		journey.clickAndWaitForNextPage("#save-rubric");
		assertThat(page.locator(".alert-success")).containsText("评分细则已保存");
		journey.signOut();

		// 6. the expert signs in for the first time, accepts, declares no conflict, scores and locks
		journey.submitLogin(expertUser, temporaryPassword);
		page.locator("#currentPassword").fill(temporaryPassword);
		page.locator("#newPassword").fill("Zheng2026pass");
		page.locator("#confirmPassword").fill("Zheng2026pass");
		journey.clickAndWaitForNextPage("#password-form button[type=submit]");
		journey.signIn(expertUser, "Zheng2026pass");
		assertThat(page.locator("#expert-invitations")).hasText("1");
		journey.screenshot("40-09-expert-home");
		page.locator("main").getByRole(AriaRole.LINK, new Locator.GetByRoleOptions().setName("评审任务")).click();
		page.waitForURL(Pattern.compile(".*/expert/panels$"));
		journey.clickAndWaitForNextPage("[id^=accept-]");
		assertThat(page.locator(".alert-success")).containsText("已接受");
		journey.clickAndWaitForNextPage("#declare-" + declarationId);
		journey.clickAndWaitForNextPage("#score-" + declarationId);
		int criteria = page.locator("#criteria tbody tr").count();
		for (int i = 1; i <= criteria; i++) {
			page.locator("#points" + i).fill("9");
		}
		page.locator("#comment").fill("海洋经济领域培训特色鲜明，师资和远程教育平台条件突出，建议认定。");
		journey.clickAndWaitForNextPage("#save-score");
		assertThat(page.locator(".alert-success")).containsText("评分已暂存");
		journey.clickAndWaitForNextPage("#lock-score");
		assertThat(page.locator("#sheet-locked")).isVisible();
		journey.screenshot("40-10-score-locked");
		journey.signOut();

		// 7. the province visits the school and records what it found
		journey.signIn("fj.authority", Fixtures.PASSWORD);
		journey.go("/calls/" + callId);
		journey.clickAndWaitForNextPage("#call-panels");
		journey.clickAndWaitForNextPage("#ranking-link");
		assertThat(page.locator("#ranking")).containsText(school);
		journey.screenshot("40-11-ranking");
		journey.clickAndWaitForNextPage("#inspection-" + declarationId);
		page.locator("#scheduledOn").fill(java.time.LocalDate.now().plusDays(3).toString());
		page.locator("#team").fill("郑海教授、福建省人社厅专技处 王磊");
		journey.clickAndWaitForNextPage("#schedule");
		assertThat(page.locator(".alert-success")).containsText("考察安排已保存");
		for (String topic : List.of("FACILITIES", "TEACHERS", "MANAGEMENT_RECORDS", "DISTANCE_LEARNING_PLATFORM")) {
			page.locator("select[name='results[" + topic + "]']").selectOption(new SelectOption().setValue("MEETS"));
		}
		page.locator("input[name='findings[FACILITIES]']").fill("教室14间，实训船模实验室1间，设施完好");
		page.locator("#conclusion").selectOption(new SelectOption().setValue("PASS"));
		page.locator("#conclusionText").fill("办学条件符合要求，与申报材料一致。");
		journey.clickAndWaitForNextPage("#record");
		assertThat(page.locator("#recorded-at")).isVisible();
		journey.screenshot("40-12-inspection-recorded");

		// 8. the committee's decision, then publicity for five days
		journey.go("/calls/" + callId + "/ranking");
		journey.clickAndWaitForNextPage("#to-decisions");
		assertThat(page.locator("#candidate-" + declarationId)).containsText("通过");
		journey.clickAndWaitForNextPage("#decide-" + declarationId);
		assertThat(page.locator("#fields")).hasValue(KEY_FIELD);
		page.locator("input[name=outcome][value=RECOGNIZE]").check();
		page.locator("#reasons").fill("专家评分优秀，实地考察通过，海洋经济领域培训特色鲜明。");
		journey.clickAndWaitForNextPage("#decide");
		assertThat(page.locator(".alert-success")).containsText("决定已保存");
		page.locator("#days").fill("5");
		journey.clickAndWaitForNextPage("#start-publicity");
		assertThat(page.locator("#publicity-period")).containsText("5 天");
		journey.screenshot("40-13-publicity-started");
		journey.signOut();

		// 9. a member of the public, not signed in, finds the notice among the publicity notices and reads it
		journey.go("/");
		page.locator("#nav").getByRole(AriaRole.LINK, new Locator.GetByRoleOptions().setName("公示公告")).click();
		page.waitForURL(Pattern.compile(".*/public/publicity$"));
		assertThat(page.locator("#notice-" + callId)).containsText("公示至");
		journey.screenshot("40-14-public-notices");
		journey.clickAndWaitForNextPage("#notice-" + callId + " a");
		assertThat(page.locator("#publicity-state")).containsText("可在公示期内提出");
		assertThat(page.locator("#proposed")).containsText(school);
		assertThat(page.locator("#proposed")).containsText(KEY_FIELD);
		journey.screenshot("40-15-public-publicity");

		// 10. the period ends (moved five days back); the province recognises the base
		clock.advance(Duration.ofDays(5));
		journey.signIn("fj.authority", Fixtures.PASSWORD);
		journey.go("/calls/" + callId + "/decisions");
		journey.clickAndWaitForNextPage("#recognize");
		assertThat(page.locator(".alert-success")).containsText("已认定 1 个基地");
		String number = page.locator("#bases td.mono").first().textContent().strip();
		org.assertj.core.api.Assertions.assertThat(number).matches("闽继基〔\\d{4}〕\\d{3}号");
		journey.screenshot("40-16-recognised");
		journey.signOut();

		// 11. anyone finds the base in the public registry
		journey.go("/");
		journey.clickAndWaitForNextPage("#registry-link");
		page.locator("#text").fill(school);
		// the list narrows as the name is typed
		assertThat(page.locator("#base-table tbody tr")).hasCount(1);
		Locator row = page.locator("#base-table tbody tr").first();
		assertThat(row).containsText(school);
		assertThat(row).containsText(number);
		assertThat(row).containsText("福建省 福州市 鼓楼区");
		assertThat(row).containsText("正常");
		journey.screenshot("40-17-registry");
		journey.clickAndWaitForNextPage("#base-table a:text('" + school + "')");
		assertThat(page.locator("#number")).hasText(number);
		// the public has the registry's word for it, but no plaque to print
		assertThat(page.locator("#plaque-download")).hasCount(0);

		// 12. the school hears of it, prints its plaque from its base's page, and scans the plaque's QR code
		journey.go("/login");
		journey.signIn(schoolUser, Fixtures.PASSWORD);
		// the message says so, and the home page now lists the base with its status
		Locator news = page.locator("main a", new Page.LocatorOptions().setHasText("恭喜"));
		assertThat(news).containsText(number);
		assertThat(page.locator("#my-bases")).containsText("正常");
		assertThat(page.locator("main")).containsText("已认定为继续教育基地");
		journey.screenshot("40-18-school-home-recognised");
		journey.clickAndWaitForNextPage("#my-bases a:has-text('" + number + "')");
		assertThat(page.locator("h1")).hasText(school);
		assertThat(page.locator("#status")).hasText("正常");
		journey.screenshot("40-19-school-base-page");
		APIResponse plaque = page.request().get(page.locator("#plaque-download").getAttribute("href"));
		org.assertj.core.api.Assertions.assertThat(plaque.status()).isEqualTo(200);
		org.assertj.core.api.Assertions.assertThat(plaque.headers().get("content-type")).startsWith("application/pdf");
		String verifyUrl = cn.cebase.PrintedQrCodes.read(plaque.body());
		org.assertj.core.api.Assertions.assertThat(verifyUrl).contains("/public/verify/");
		journey.go(verifyUrl.substring(verifyUrl.indexOf("/public/verify/")));
		assertThat(page.locator("#verdict-short")).hasText("有效");
		assertThat(page.locator("#base-link")).hasText(school);
		assertThat(page.locator("#verdict")).containsText(number);
		journey.screenshot("40-20-plaque-verified");
	}
}
