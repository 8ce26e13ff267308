package cn.cebase.journeys;

import java.time.Duration;
import static com.microsoft.playwright.assertions.PlaywrightAssertions.assertThat;

import java.util.List;
import java.util.regex.Pattern;

import cn.cebase.shared.MovableClock;
import cn.cebase.CeBaseTest;
import cn.cebase.Fixtures;
import cn.cebase.Scenarios;
import cn.cebase.declaration.Declaration;
import cn.cebase.evaluation.ExpertDetails;
import cn.cebase.evaluation.ExpertPool;
import cn.cebase.evaluation.PanelRequest;
import cn.cebase.evaluation.Panels;
import cn.cebase.evaluation.TitleLevel;
import cn.cebase.identity.CurrentUser;
import cn.cebase.review.RecommendationLetter;
import cn.cebase.review.ReviewManagement;
import com.microsoft.playwright.options.SelectOption;

import org.junit.jupiter.api.Test;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.security.core.userdetails.UserDetailsService;

/**
 * One FJ call to its end: the school applies, 福州 recommends and the province accepts (as in
 * ReviewJourneyTests, here through the services); then in the browser the expert scores, the
 * authority decides and starts publicity, a member of the public objects, the authority dismisses the
 * objection and recognises the base, and anyone finds it in the registry and verifies its plaque.
 */
@CeBaseTest
class RecognitionJourneyTests extends BrowserJourney {

	@Autowired
	Scenarios scenarios;

	@Autowired
	ReviewManagement reviews;

	@Autowired
	ExpertPool experts;

	@Autowired
	Panels panels;

	@Autowired
	UserDetailsService users;


	@Autowired
	MovableClock clock;

	@Test
	void fromAnAcceptedApplicationToAVerifiedPlaque() throws Exception {
		String title = "福建第九批认定旅程" + System.nanoTime() % 10000;
		var open = scenarios.fujianCallOpenToANewSchool(title);
		long callId = open.call().id();
		String school = open.registration().name();
		Declaration d = scenarios.submitted(open.school(), callId, scenarios.organization("hrss-350100"));
		reviews.recommend(Fixtures.user(users, "fj.fuzhou"), d.id(),
				new RecommendationLetter(true, null, "属地管理", "办学条件突出。", "黄蓉", "0591-87654321"), null, null);
		CurrentUser fujian = Fixtures.user(users, "fj.authority");
		reviews.accept(fujian, d.id(), null, null);
		String phone = "135" + String.format("%08d", System.nanoTime() % 100_000_000L);
		ExpertPool.Added expert = experts.add(fujian, new ExpertDetails("林教授", "福建师范大学", null, "350102",
				"高等学校教师", TitleLevel.SENIOR, List.of("继续教育"), phone, null, null));

		// a panel of everyone eligible (the drawing pages have their own journey); the rubric from the template
		int eligible = eligible(fujian, callId);
		panels.draw(fujian, callId, new PanelRequest(null, eligible, 0, false, 5L));
		journey.signIn("fj.authority", Fixtures.PASSWORD);
		journey.go("/calls/" + callId + "/rubric");
		journey.clickAndWaitForNextPage("#save-rubric");
		journey.signOut();

		// the expert signs in for the first time, accepts, declares no conflict, scores and locks
		String username = expert.expert().username();
		journey.submitLogin(username, expert.temporaryPassword());
		page.locator("#currentPassword").fill(expert.temporaryPassword());
		page.locator("#newPassword").fill("Lin2026pass");
		page.locator("#confirmPassword").fill("Lin2026pass");
		journey.clickAndWaitForNextPage("#password-form button[type=submit]");
		journey.signIn(username, "Lin2026pass");
		journey.go("/expert/panels");
		journey.clickAndWaitForNextPage("[id^=accept-]");
		journey.clickAndWaitForNextPage("#declare-" + d.id());
		journey.clickAndWaitForNextPage("#score-" + d.id());
		int criteria = page.locator("#criteria tbody tr").count();
		for (int i = 1; i <= criteria; i++) {
			page.locator("#points" + i).fill("9");
		}
		page.locator("#comment").fill("条件突出，建议认定。");
		journey.clickAndWaitForNextPage("#save-score");
		journey.clickAndWaitForNextPage("#lock-score");
		assertThat(page.locator("#sheet-locked")).isVisible();
		journey.signOut();

		// the authority records the committee's decision: without reasons it is refused and keeps the fields
		journey.signIn("fj.authority", Fixtures.PASSWORD);
		journey.go("/calls/" + callId + "/ranking");
		journey.clickAndWaitForNextPage("#to-decisions");
		assertThat(page.locator("#candidate-" + d.id())).containsText(school);
		journey.clickAndWaitForNextPage("#decide-" + d.id());
		page.locator("input[name=outcome][value=RECOGNIZE]").check();
		page.locator("#fields").fill("智能制造；数字经济");
		journey.clickAndWaitForNextPage("#decide");
		assertThat(page.locator("#reasons")).hasClass(Pattern.compile(".*is-invalid.*"));
		assertThat(page.locator("#fields")).hasValue("智能制造；数字经济");
		journey.screenshot("23-01-decision-refused");
		page.locator("#reasons").fill("专家评分优秀，师资和远程教育平台条件突出。");
		journey.clickAndWaitForNextPage("#decide");
		assertThat(page.locator(".alert-success")).containsText("决定已保存");

		// the call closes; publicity for five days
		scenarios.closeNow(callId);
		journey.go("/calls/" + callId + "/decisions");
		page.locator("#days").fill("5");
		journey.clickAndWaitForNextPage("#start-publicity");
		assertThat(page.locator("#publicity-period")).containsText("5 天");
		// the experts' score and rank stay on the board once publicity starts
		assertThat(page.locator("#candidate-" + d.id() + " td").nth(2)).not().hasText("-");
		assertThat(page.locator("#candidate-" + d.id() + " td").nth(3)).hasText("1");
		journey.screenshot("23-02-publicity-started");
		journey.clickAndWaitForNextPage("#decide-" + d.id());
		assertThat(page.locator("#brief-sheets")).containsText("已提交评分表：1 / 1");
		assertThat(page.locator("#brief-scores")).containsText("排名第 1");
		// no visit was scheduled, and none can be now: no link that would open the scheduling form
		assertThat(page.locator("#brief-inspection a")).hasCount(0);
		journey.screenshot("23-025-decision-after-publicity");
		journey.signOut();

		// anyone finds the list in publicity, from the call's page or the list of them, and objects;
		// a missing contact is named and the text stays
		journey.go("/public/calls/" + callId);
		assertThat(page.locator("#call-publicity")).containsText("正在公示");
		assertThat(page.locator("#to-publicity")).isVisible();
		journey.screenshot("23-0255-call-in-publicity");
		journey.go("/public/publicity");
		journey.screenshot("23-026-lists-in-publicity");
		journey.clickAndWaitForNextPage("#notice-" + callId + " a");
		assertThat(page.locator("#proposed")).containsText(school);
		page.locator("#declarationId").selectOption(new SelectOption().setValue(String.valueOf(d.id())));
		page.locator("#name").fill("王先生");
		page.locator("#text").fill("该单位去年的培训人数似乎与申报不符，请核实。");
		journey.clickAndWaitForNextPage("#submit-objection");
		assertThat(page.locator("#contact")).hasClass(Pattern.compile(".*is-invalid.*"));
		assertThat(page.locator("#text")).hasValue("该单位去年的培训人数似乎与申报不符，请核实。");
		page.locator("#contact").fill("13812345678");
		journey.clickAndWaitForNextPage("#submit-objection");
		assertThat(page.locator(".alert-success")).containsText("异议已收到");
		journey.screenshot("23-03-public-objection");

		// the authority dismisses it with reasons; recognition waits for the end of the period
		journey.signIn("fj.authority", Fixtures.PASSWORD);
		journey.go("/calls/" + callId + "/decisions");
		page.locator("#objections textarea[name=handling]").fill("经核对培训档案，人数与申报一致，异议不成立。");
		journey.clickAndWaitForNextPage("[id^=dismiss-]");
		assertThat(page.locator(".alert-success")).containsText("异议不成立");
		journey.clickAndWaitForNextPage("#recognize");
		assertThat(page.locator("#closing-problems")).containsText("期满后才能认定");
		clock.advance(Duration.ofDays(5));
		journey.go("/calls/" + callId + "/decisions");
		journey.clickAndWaitForNextPage("#recognize");
		assertThat(page.locator(".alert-success")).containsText("已认定 1 个基地");
		String number = page.locator("#bases td.mono").first().textContent().strip();
		org.assertj.core.api.Assertions.assertThat(number).matches("闽继基〔\\d{4}〕\\d{3}号");
		journey.screenshot("23-04-recognised");
		String plaqueHref = page.locator("#bases a[href$='plaque.pdf']").first().getAttribute("href");
		com.microsoft.playwright.APIResponse plaque = page.request().get(plaqueHref);
		org.assertj.core.api.Assertions.assertThat(plaque.headers().get("content-type")).startsWith("application/pdf");
		byte[] pdf = plaque.body();
		journey.signOut();

		// the school hears of it
		journey.signIn(open.registration().username(), Fixtures.PASSWORD);
		journey.go("/notifications");
		assertThat(page.locator("body")).containsText(number);
		journey.signOut();

		// anyone: the publication, the registry, and the plaque's QR code
		journey.go("/public/calls/" + callId + "/bases");
		assertThat(page.locator("#published-bases")).containsText(number);
		journey.screenshot("23-045-publication");
		journey.go("/public/bases?q=" + java.net.URLEncoder.encode(school, java.nio.charset.StandardCharsets.UTF_8));
		assertThat(page.locator("body")).containsText(number);
		journey.screenshot("23-05-registry");
		String verifyUrl = cn.cebase.PrintedQrCodes.read(pdf);
		org.assertj.core.api.Assertions.assertThat(verifyUrl).contains("/public/verify/");
		journey.go(verifyUrl.substring(verifyUrl.indexOf("/public/verify/")));
		assertThat(page.locator("body")).containsText(school);
		assertThat(page.locator("body")).containsText(number);
		journey.screenshot("23-06-plaque-verified");
		journey.go("/public/verify/FORGED0000000000");
		assertThat(page.locator("body")).not().containsText(school);
		journey.screenshot("23-07-forged-code");
	}

	/** How many experts qualify: a draw of more than the pool is refused with "只有 N 人". */
	private int eligible(CurrentUser authority, long callId) {
		try {
			panels.draw(authority, callId, new PanelRequest(null, 50, 0, false, 1L));
			throw new AssertionError("a panel of 50 should not be possible");
		}
		catch (cn.cebase.shared.BusinessException ex) {
			return ((Number) ex.args()[1]).intValue();
		}
	}
}
