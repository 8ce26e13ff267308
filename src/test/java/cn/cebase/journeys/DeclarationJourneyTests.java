package cn.cebase.journeys;

import static com.microsoft.playwright.assertions.PlaywrightAssertions.assertThat;

import java.util.List;

import cn.cebase.CeBaseTest;
import cn.cebase.Fixtures;
import cn.cebase.call.Call;
import cn.cebase.call.CallManagement;
import cn.cebase.institution.InstitutionManagement;
import cn.cebase.institution.InstitutionRegistration;
import com.microsoft.playwright.options.SelectOption;
import org.junit.jupiter.api.Test;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.security.core.userdetails.UserDetailsService;

/** 申报 as an institution meets it: the draft saves itself, survives a closed browser, and is submitted. */
@CeBaseTest
class DeclarationJourneyTests extends BrowserJourney {

	@Autowired
	CallManagement calls;

	@Autowired
	InstitutionManagement institutions;

	@Autowired
	UserDetailsService users;

	@Autowired
	cn.cebase.Scenarios scenarios;

	@Test
	void anInstitutionDraftsComesBackAndSubmits() {
		var open = scenarios.fujianCallOpenToANewSchool("福建省申报旅程" + System.nanoTime() % 10000);
		Call call = open.call();
		InstitutionRegistration registration = open.registration();

		journey.go("/login");
		journey.signIn(registration.username(), Fixtures.PASSWORD);
		journey.go("/public/calls/" + call.id());
		journey.clickAndWaitForNextPage("#start-declaration");
		assertThat(page.locator("#declaration-status")).hasText("草稿");

		page.locator("#overview").fill("本中心现有教室12间，可同时容纳培训学员300人，建有远程教育平台。");
		assertThat(page.locator("#save-status")).containsText("已自动保存");
		// as if the browser had been closed: the draft comes back as typed
		journey.go("/declarations");
		journey.go(page.locator("#declarations a").first().getAttribute("href"));
		assertThat(page.locator("#overview")).hasValue("本中心现有教室12间，可同时容纳培训学员300人，建有远程教育平台。");

		page.locator("#channelId").selectOption(new SelectOption().setLabel("福州市人力资源和社会保障局"));
		page.locator("#independentLegalPerson").selectOption(new SelectOption().setValue("true"));
		page.locator("#venueSeats").fill("300");
		page.locator("#fullTimeManagersWithBachelor").fill("8");
		page.locator("#trainees1").fill("1500");
		page.locator("#trainees2").fill("1600");
		page.locator("#trainees3").fill("999");
		page.locator("#platformConnectsToProvince").selectOption(new SelectOption().setValue("true"));
		for (String section : List.of("unitNature", "teachers", "keyFieldTraining", "managementSystem",
				"organisationalSupport", "performanceTargetsAndFunding", "mainFieldsAndFeatures")) {
			page.locator("#" + section).fill("（" + section + "）按申报表要求填写的内容。");
		}
		journey.clickAndWaitForNextPage("#submit-declaration");
		assertThat(page.locator("#submit-problems")).containsText("每年培训须不少于1000人，上一年度为999人。");
		assertThat(page.locator("#teachers")).hasValue("（teachers）按申报表要求填写的内容。");
		journey.screenshot("10-01-declaration-refused-on-trainees");

		page.locator("#trainees3").fill("1700");
		journey.clickAndWaitForNextPage("#submit-declaration");
		assertThat(page.locator("#declaration-status")).hasText("已提交");
		assertThat(page.locator(".alert-success")).containsText("申报已提交");
		journey.screenshot("10-02-declaration-submitted");
	}
}
