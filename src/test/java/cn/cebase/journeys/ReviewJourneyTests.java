package cn.cebase.journeys;

import static com.microsoft.playwright.assertions.PlaywrightAssertions.assertThat;

import java.util.List;

import cn.cebase.CeBaseTest;
import cn.cebase.Fixtures;
import cn.cebase.Scenarios;
import cn.cebase.declaration.Declaration;
import com.microsoft.playwright.options.SelectOption;

import org.junit.jupiter.api.Test;

import org.springframework.beans.factory.annotation.Autowired;

/** The route as its people meet it, each signing in and acting in turn (DESIGN.md §2.4). */
@CeBaseTest
class ReviewJourneyTests extends BrowserJourney {

	@Autowired
	Scenarios scenarios;

	@Test
	void aFujianSchoolAppliesItsCityRecommendsAndTheProvinceAccepts() {
		var open = scenarios.fujianCallOpenToANewSchool("福建审核旅程" + System.nanoTime() % 10000);
		journey.signIn(open.registration().username(), Fixtures.PASSWORD);
		journey.go("/public/calls/" + open.call().id());
		journey.clickAndWaitForNextPage("#start-declaration");
		page.locator("#channelId").selectOption(new SelectOption().setLabel("福州市人力资源和社会保障局"));
		page.locator("#independentLegalPerson").selectOption(new SelectOption().setValue("true"));
		page.locator("#venueSeats").fill("300");
		page.locator("#fullTimeManagersWithBachelor").fill("8");
		page.locator("#trainees1").fill("1500");
		page.locator("#trainees2").fill("1600");
		page.locator("#trainees3").fill("1700");
		page.locator("#platformConnectsToProvince").selectOption(new SelectOption().setValue("true"));
		for (String section : List.of("unitNature", "overview", "teachers", "keyFieldTraining", "managementSystem",
				"organisationalSupport", "performanceTargetsAndFunding", "mainFieldsAndFeatures")) {
			page.locator("#" + section).fill("（" + section + "）按申报表要求填写的内容。");
		}
		journey.clickAndWaitForNextPage("#submit-declaration");
		assertThat(page.locator("#declaration-status")).hasText("已提交");
		assertThat(page.locator("#channel-name")).hasText("福州市人力资源和社会保障局");
		journey.signOut();

		journey.signIn("fj.fuzhou", Fixtures.PASSWORD);
		assertThat(page.locator("#waiting-reviews")).not().hasText("0");
		journey.go("/reviews");
		journey.clickAndWaitForNextPage("#work-items a:text('" + open.registration().name() + "')");
		assertThat(page.locator("#route li.stage-CURRENT")).containsText("福州市人力资源和社会保障局");
		journey.screenshot("20-01-review-recommender");
		// a letter without its reasons is refused and keeps what was typed
		page.locator("#buildsBases").selectOption(new SelectOption().setValue("true"));
		page.locator("#relation").fill("属地管理的施教机构");
		page.locator("#contactName").fill("黄蓉");
		page.locator("#contactPhone").fill("0591-87654321");
		journey.clickAndWaitForNextPage("#do-recommend");
		assertThat(page.locator("#reason")).hasClass(java.util.regex.Pattern.compile(".*is-invalid.*"));
		assertThat(page.locator("#relation")).hasValue("属地管理的施教机构");
		page.locator("#reason").fill("该校近3年承担本市专业技术人员知识更新工程培训任务3项，培训4200人次。");
		page.locator("#opinion").fill("同意推荐。");
		journey.clickAndWaitForNextPage("#do-recommend");
		assertThat(page.locator(".alert-success")).containsText("已推荐");
		assertThat(page.locator("#recommendation")).containsText("推荐排序第 1 位");
		journey.go("/reviews/calls/" + open.call().id() + "/recommendations");
		assertThat(page.locator("#ranking")).containsText(open.registration().name());
		journey.screenshot("20-02-review-ranking");
		journey.clickAndWaitForNextPage("#package-start");
		assertThat(page.locator("#package-download")).isVisible();
		assertThat(page.locator("#package-status")).hasText("已完成");
		journey.screenshot("20-06-review-package");
		journey.go("/reviews?tab=handled");
		assertThat(page.locator("#work-items")).containsText(open.registration().name());
		journey.screenshot("20-07-review-handled");
		journey.signOut();

		journey.signIn("fj.authority", Fixtures.PASSWORD);
		journey.go("/reviews");
		journey.clickAndWaitForNextPage("#work-items a:text('" + open.registration().name() + "')");
		assertThat(page.locator("#recommendation")).containsText("该校近3年承担本市专业技术人员知识更新工程培训任务3项");
		journey.screenshot("20-03-review-intake");
		journey.clickAndWaitForNextPage("#do-accept");
		assertThat(page.locator("#declaration-status")).hasText("已受理");
		assertThat(page.locator("#history")).containsText("受理");
		journey.signOut();

		journey.signIn(open.registration().username(), Fixtures.PASSWORD);
		journey.go("/notifications");
		assertThat(page.locator("body")).containsText("您的申报已被主管机关受理");
	}

	@Test
	void aJilinSchoolWithAnIndustryAuthorityGoesThroughItsCityToTheProvince() {
		var open = scenarios.jilinCallOpenToANewSchoolIn("吉林审核旅程" + System.nanoTime() % 10000, "220202");
		Declaration d = scenarios.submitted(open.school(), open.call().id(), scenarios.organization("jl-jilin-health"));

		journey.signIn("jl.jilin.health", Fixtures.PASSWORD);
		journey.go("/reviews/" + d.id());
		assertThat(page.locator("#act h2")).containsText("初审");
		page.locator("#opinion").fill("经初审，材料真实完整。");
		journey.clickAndWaitForNextPage("#do-pass");
		assertThat(page.locator("#declaration-status")).hasText("审核中");
		journey.signOut();

		journey.signIn("jl.jilin", Fixtures.PASSWORD);
		journey.go("/reviews/" + d.id());
		assertThat(page.locator("#act h2")).containsText("复核推荐");
		assertThat(page.locator("#history")).containsText("经初审，材料真实完整。");
		assertThat(page.locator("#quota")).containsText("推荐名额 3 个");
		page.locator("#buildsBases").selectOption(new SelectOption().setValue("false"));
		page.locator("#relation").fill("属地管理");
		page.locator("#reason").fill("经复核，该单位基础设施、师资队伍等办学条件符合要求。");
		page.locator("#contactName").fill("陈静");
		page.locator("#contactPhone").fill("0432-62345678");
		journey.clickAndWaitForNextPage("#do-recommend");
		assertThat(page.locator("#declaration-status")).hasText("已推荐");
		journey.signOut();

		journey.signIn("jl.authority", Fixtures.PASSWORD);
		journey.go("/reviews/" + d.id());
		assertThat(page.locator("#route li.stage-PASSED")).hasCount(2);
		journey.screenshot("20-04-review-jilin-province");
		journey.clickAndWaitForNextPage("#do-accept");
		assertThat(page.locator("#declaration-status")).hasText("已受理");
	}

	@Test
	void aReturnedApplicationIsRevisedAndComesBack() {
		var open = scenarios.fujianCallOpenToANewSchool("福建退回旅程" + System.nanoTime() % 10000);
		Declaration d = scenarios.submitted(open.school(), open.call().id(), scenarios.organization("hrss-350100"));

		journey.signIn("fj.fuzhou", Fixtures.PASSWORD);
		journey.go("/reviews/" + d.id());
		journey.clickAndWaitForNextPage("#do-return");
		assertThat(page.locator("#opinion")).hasClass(java.util.regex.Pattern.compile(".*is-invalid.*"));
		page.locator("#opinion").fill("请补充培训师资中高级职称教师的名单。");
		journey.clickAndWaitForNextPage("#do-return");
		assertThat(page.locator("#declaration-status")).hasText("已退回修改");
		journey.signOut();

		journey.signIn(open.registration().username(), Fixtures.PASSWORD);
		journey.go("/declarations/" + d.id());
		assertThat(page.locator("#declaration-note")).containsText("请补充培训师资中高级职称教师的名单。");
		journey.screenshot("20-05-review-returned");
		page.locator("#teachers").fill("专兼职教师86人，其中高级职称52人（名单见附件）。");
		journey.clickAndWaitForNextPage("#submit-declaration");
		assertThat(page.locator("#declaration-status")).hasText("已提交");
		journey.signOut();

		journey.signIn("fj.fuzhou", Fixtures.PASSWORD);
		journey.go("/reviews/" + d.id());
		assertThat(page.locator("#act")).isVisible();
		assertThat(page.locator("#history")).containsText("请补充培训师资中高级职称教师的名单。");
		assertThat(page.locator(".answer").nth(2)).containsText("高级职称52人");
	}
}
