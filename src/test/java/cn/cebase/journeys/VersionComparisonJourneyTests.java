package cn.cebase.journeys;

import static com.microsoft.playwright.assertions.PlaywrightAssertions.assertThat;

import java.util.List;

import cn.cebase.CeBaseTest;
import cn.cebase.Fixtures;
import cn.cebase.declaration.DeclarationForm;
import cn.cebase.declaration.DeclarationManagement;
import cn.cebase.policy.TrackKind;
import org.junit.jupiter.api.Test;

import org.springframework.beans.factory.annotation.Autowired;

/** 版本比较 as an applicant meets it: returned for revision, it revises, resubmits and sees what it changed. */
@CeBaseTest
class VersionComparisonJourneyTests extends BrowserJourney {

	@Autowired
	DeclarationManagement declarations;

	@Autowired
	cn.cebase.Scenarios scenarios;

	@Autowired
	cn.cebase.review.ReviewManagement reviews;

	@Autowired
	org.springframework.security.core.userdetails.UserDetailsService users;

	@Test
	void anInstitutionRevisesItsReturnedApplicationAndSeesWhatChanged() {
		var open = scenarios.fujianCallOpenToANewSchool("福建省版本比较旅程" + System.nanoTime() % 10000);
		long id = declarations.startDraft(open.school(), open.call().id(), TrackKind.REGULAR).id();
		declarations.saveDraft(open.school(), id, firstVersion(), scenarios.organization("hrss-350100"), null);
		declarations.submit(open.school(), id, null);
		reviews.returnTo(Fixtures.user(users, "fj.fuzhou"), id, 0, "请修改概况。", null);

		journey.go("/login");
		journey.signIn(open.registration().username(), Fixtures.PASSWORD);
		journey.go("/declarations/" + id);
		assertThat(page.locator("#declaration-status")).hasText("已退回修改");
		page.locator("#venueSeats").fill("300");
		page.locator("#overview").fill(page.locator("#overview").inputValue()
			.replace("可同时容纳培训学员120人", "可同时容纳培训学员300人")
			.replace("建有远程教育平台。", "建有远程教育平台，已接入福建省专业技术人员继续教育公共服务平台。"));
		page.locator("#teachers").fill(page.locator("#teachers").inputValue().replace("外聘兼职教师12名。", ""));
		page.locator("#mainFieldsAndFeatures").fill("聚焦智能制造、数字经济和现代农业三个领域，开发高级研修项目和公需科目课程。");
		page.locator("label:has-text('在线考试')").click();
		assertThat(page.locator("#save-status")).containsText("已自动保存");

		// before resubmitting, the revision beside what was submitted
		journey.go("/declarations/" + id + "/versions");
		assertThat(page.locator("#version-0")).containsText("与上次提交相比有修改");
		journey.screenshot("11-01-versions-with-revision");

		journey.go("/declarations/" + id);
		journey.clickAndWaitForNextPage("#submit-declaration");
		assertThat(page.locator("#declaration-status")).hasText("已提交");
		journey.clickAndWaitForNextPage("#versions-link");
		assertThat(page.locator("#versions tbody tr")).hasCount(2);
		journey.clickAndWaitForNextPage("#compare");

		assertThat(page.locator("#compare-summary")).containsText("共 5 项有变化");
		assertThat(page.locator("#change-overview ins").first()).hasText("300");
		assertThat(page.locator("#change-overview ins").last()).hasText("，已接入福建省专业技术人员继续教育公共服务平台");
		assertThat(page.locator("#change-teachers del")).hasText("外聘兼职教师12名。");
		assertThat(page.locator("#change-venueSeats del")).hasText("120");
		assertThat(page.locator("#change-venueSeats ins")).hasText("300");
		assertThat(page.locator("#change-platformFunctions ins")).hasText("在线考试");
		assertThat(page.locator("#unchanged")).not().hasAttribute("open", "");
		assertThat(page.locator("#unchanged dt").first()).not().isVisible();
		journey.screenshot("11-02-versions-compared");
		page.locator("#unchanged summary").click();
		assertThat(page.locator("#unchanged dt").first()).isVisible();
		journey.screenshot("11-03-versions-compared-unchanged-open");

		journey.go(page.url() + "&lang=en");
		assertThat(page.locator("#compare-summary")).containsText("5 items differ");
		journey.screenshot("11-04-versions-compared-in-english");
	}

	static DeclarationForm firstVersion() {
		return new DeclarationForm("民办非企业单位（教育培训机构）", null, null,
				"本中心成立于2008年，现有标准教室12间、计算机实训室3间，可同时容纳培训学员120人。\n"
						+ "建有远程教育平台。近三年累计培训专业技术人员3450人次，学员满意度96%。",
				"专职教师20名，其中高级职称9名。外聘兼职教师12名。建立了师资库，实行年度考核。",
				"近三年面向智能制造、数字经济领域培训专业技术人员2100人次。", "制定了培训管理、学员管理、财务管理和档案管理制度。",
				"成立以主任为组长的基地建设领导小组，设培训部负责日常工作。", "年培训1500人次以上；专项经费80万元，主要用于课程开发和平台建设。",
				"聚焦智能制造和数字经济两个领域。", null, true, 120, 8, List.of(1100, 1150, 1200), true, List.of("网上报名", "网络学习"));
	}
}
