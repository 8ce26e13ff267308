package cn.cebase.journeys;

import static com.microsoft.playwright.assertions.PlaywrightAssertions.assertThat;

import java.util.regex.Pattern;

import cn.cebase.CeBaseTest;
import cn.cebase.Fixtures;
import cn.cebase.Scenarios;
import cn.cebase.declaration.Declaration;
import cn.cebase.review.RecommendationLetter;
import cn.cebase.review.ReviewManagement;
import com.microsoft.playwright.options.SelectOption;

import org.junit.jupiter.api.Test;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.security.core.userdetails.UserDetailsService;

/** 专家评审 as its people meet it: the authority adds an expert and draws a panel; the expert accepts and declares. */
@CeBaseTest
class ExpertPanelJourneyTests extends BrowserJourney {

	@Autowired
	Scenarios scenarios;

	@Autowired
	ReviewManagement reviews;

	@Autowired
	UserDetailsService users;

	@Test
	void anExpertIsAddedDrawnAcceptsDeclaresAndOpensTheFile() {
		var open = scenarios.jilinCallOpenToANewSchoolIn("吉林专家评审旅程" + System.nanoTime() % 10000, "220202");
		Declaration d = scenarios.submitted(open.school(), open.call().id(), null);
		reviews.recommend(Fixtures.user(users, "jl.jilin"), d.id(),
				new RecommendationLetter(false, null, "属地管理", "办学条件符合要求。", "陈静", "0432-62345678"), null, null);
		reviews.accept(Fixtures.user(users, "jl.authority"), d.id(), null, null);
		String phone = "136" + String.format("%08d", System.nanoTime() % 100_000_000L);

		journey.signIn("jl.authority", Fixtures.PASSWORD);
		journey.go("/experts");
		page.locator("#name").fill("周教授");
		page.locator("#employer").fill("长春理工大学");
		page.locator("#regionCode").fill("220102");
		page.locator("#titleSeries").fill("高等学校教师");
		page.locator("#titleLevel").selectOption(new SelectOption().setValue("SENIOR"));
		page.locator("#fields").fill("继续教育、智能制造");
		page.locator("#phone").fill("abc");
		journey.clickAndWaitForNextPage("#add-expert");
		assertThat(page.locator("#phone")).hasClass(Pattern.compile(".*is-invalid.*"));
		assertThat(page.locator("#employer")).hasValue("长春理工大学");
		page.locator("#phone").fill(phone);
		journey.clickAndWaitForNextPage("#add-expert");
		assertThat(page.locator("#added")).containsText("zj" + phone);
		String password = page.locator("#added td.mono").nth(1).textContent().strip();
		journey.screenshot("21-01-expert-added");

		journey.go("/calls/" + open.call().id() + "/panels");
		page.locator("#size").fill("40");
		journey.clickAndWaitForNextPage("#draw");
		assertThat(page.locator("#draw-problems")).containsText("符合条件的专家不足");
		assertThat(page.locator("#size")).hasValue("40");
		journey.screenshot("21-02a-panel-draw-refused");
		// the refusal says how many qualify: draw all of them, so that the expert just added is among them
		java.util.regex.Matcher qualify = Pattern.compile("只有 (\\d+) 人").matcher(page.locator("#draw-problems").textContent());
		org.assertj.core.api.Assertions.assertThat(qualify.find()).isTrue();
		page.locator("#size").fill(qualify.group(1));
		page.locator("#reserves").fill("0");
		page.locator("#seed").fill("1");
		journey.clickAndWaitForNextPage("#draw");
		assertThat(page.locator("#panel-seed")).hasText("1");
		journey.clickAndWaitForNextPage("#verify-draw");
		assertThat(page.locator("#verify-result")).containsText("复核一致");
		journey.screenshot("21-02-panel-drawn");
		assertThat(page.locator("#members")).containsText("周教授");
		journey.go("/calls/" + open.call().id() + "/rubric");
		assertThat(page.locator("#rubric-template")).isVisible();
		journey.screenshot("21-05-rubric-template");
		journey.clickAndWaitForNextPage("#save-rubric");
		assertThat(page.locator(".alert-success")).containsText("评分细则已保存");
		journey.signOut();

		journey.submitLogin("zj" + phone, password);
		page.locator("#currentPassword").fill(password);
		page.locator("#newPassword").fill("Zhou2026pass");
		page.locator("#confirmPassword").fill("Zhou2026pass");
		journey.clickAndWaitForNextPage("#password-form button[type=submit]");
		journey.signIn("zj" + phone, "Zhou2026pass");
		assertThat(page.locator("#expert-invitations")).hasText("1");
		journey.go("/expert/panels");
		journey.screenshot("21-03-expert-invited");
		journey.clickAndWaitForNextPage("[id^=accept-]");
		assertThat(page.locator(".alert-success")).containsText("已接受");
		journey.clickAndWaitForNextPage("#declare-" + d.id());
		journey.clickAndWaitForNextPage("#open-" + d.id());
		assertThat(page.locator("#institution-name")).hasText(open.registration().name());
		assertThat(page.locator("#act")).hasCount(0);
		journey.screenshot("21-04-expert-reads-file");

		journey.go("/expert/panels");
		journey.clickAndWaitForNextPage("#score-" + d.id());
		int criteria = page.locator("#criteria tbody tr").count();
		for (int i = 1; i <= criteria; i++) {
			page.locator("#points" + i).fill("8");
		}
		// above the maximum the browser already stops the form (the server refuses it too: ScoringTests)
		page.locator("#points1").fill("11");
		org.assertj.core.api.Assertions.assertThat(
				page.locator("#points1").evaluate("e => e.validity.rangeOverflow")).isEqualTo(true);
		page.locator("#points1").fill("9");
		page.locator("#comment").fill("师资力量较强，平台功能完备。");
		journey.clickAndWaitForNextPage("#save-score");
		assertThat(page.locator(".alert-success")).containsText("评分已暂存");
		assertThat(page.locator("#comment")).hasValue("师资力量较强，平台功能完备。");
		journey.clickAndWaitForNextPage("#lock-score");
		assertThat(page.locator("#sheet-locked")).isVisible();
		journey.screenshot("21-06-score-locked");
		journey.signOut();

		journey.signIn("jl.authority", Fixtures.PASSWORD);
		journey.go("/calls/" + open.call().id() + "/ranking");
		assertThat(page.locator("#ranking")).containsText(open.registration().name());
		assertThat(page.locator("#ranking")).containsText(String.valueOf(9 + 8 * (criteria - 1)));
		journey.screenshot("21-07-ranking");
		org.assertj.core.api.Assertions.assertThat(
				page.request().get("/calls/" + open.call().id() + "/scores.xlsx").status()).isEqualTo(200);

		journey.clickAndWaitForNextPage("#inspection-" + d.id());
		page.locator("#scheduledOn").fill("2026-12-03");
		page.locator("#team").fill("周教授、刘洋");
		journey.clickAndWaitForNextPage("#schedule");
		assertThat(page.locator(".alert-success")).containsText("考察安排已保存");
		for (String topic : java.util.List.of("FACILITIES", "TEACHERS", "MANAGEMENT_RECORDS")) {
			page.locator("select[name='results[" + topic + "]']").selectOption(new SelectOption().setValue("MEETS"));
		}
		page.locator("input[name='findings[FACILITIES]']").fill("教室12间，设施完好");
		page.locator("#conclusion").selectOption(new SelectOption().setValue("PASS"));
		page.locator("#conclusionText").fill("办学条件符合要求。");
		journey.clickAndWaitForNextPage("#record");
		// the platform point was left out: named beside it, and nothing typed is lost
		assertThat(page.locator("select[name='results[DISTANCE_LEARNING_PLATFORM]']")).hasClass(Pattern.compile(".*is-invalid.*"));
		assertThat(page.locator("#conclusionText")).hasValue("办学条件符合要求。");
		page.locator("select[name='results[DISTANCE_LEARNING_PLATFORM]']").selectOption(new SelectOption().setValue("PARTLY"));
		journey.clickAndWaitForNextPage("#record");
		assertThat(page.locator("#recorded-at")).isVisible();
		page.locator("#photo-form input[name=caption]").fill("多媒体教室");
		page.locator("#photo-form input[type=file]").setInputFiles(new com.microsoft.playwright.options.FilePayload("room.png",
				"image/png", cn.cebase.evaluation.InspectionTestsSupport.png()));
		journey.clickAndWaitForNextPage("#photo-form button");
		assertThat(page.locator("#photos img")).hasCount(1);
		journey.screenshot("21-08-inspection");
	}
}
