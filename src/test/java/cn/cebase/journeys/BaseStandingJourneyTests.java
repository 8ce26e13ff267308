package cn.cebase.journeys;

import static com.microsoft.playwright.assertions.PlaywrightAssertions.assertThat;
import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import java.util.List;

import cn.cebase.CeBaseTest;
import cn.cebase.Fixtures;
import cn.cebase.Scenarios;
import cn.cebase.base.BaseView;
import cn.cebase.base.TestBases;
import cn.cebase.institution.InstitutionManagement;
import cn.cebase.policy.ProfileLevel;
import org.junit.jupiter.api.Test;

import org.springframework.beans.factory.annotation.Autowired;

/**
 * 资格管理 as the province meets it: from its list of bases to one base's standing, a revocation that
 * first asks for confirmation and keeps what was typed, then the public page and the plaque check
 * that say the base is revoked — each page looked at on a desktop and a phone, and checked with axe.
 */
@CeBaseTest
class BaseStandingJourneyTests extends BrowserJourney {

	@Autowired
	Scenarios scenarios;

	@Autowired
	TestBases bases;

	@Autowired
	InstitutionManagement institutions;

	@Test
	void theProvinceRevokesABaseAndThePublicSeesIt() {
		Scenarios.OpenCall open = scenarios.fujianCallOpenToANewSchool("福建资格管理旅程");
		BaseView base = bases.insert("闽继基〔{year}〕{seq}号", institutions.mine(open.school()).id(), open.registration().name(),
				ProfileLevel.PROVINCIAL, scenarios.organization("hrss-350000"), "350102", null, LocalDate.of(2025, 6, 1), null,
				List.of("智能制造", "数字经济"));

		journey.signIn("fj.authority", Fixtures.PASSWORD);
		journey.go("/bases");
		journey.clickAndWaitForNextPage("#standing-" + base.id());
		assertThat(page.locator("#history-none")).isVisible();
		assertThat(page.locator("#action-REVOKE")).isVisible();
		assertThat(page.locator("#action-RESUME_WORK")).hasCount(0);
		page.locator("#action-REVOKE summary").click();
		assertThat(page.locator("#ban-REVOKE")).containsText("闽人社发〔2024〕5号 第二十四条");
		page.locator("#ground-REVOKE").selectOption("FJ_MAJOR_PUBLIC_OPINION");
		page.locator("#reason-REVOKE").fill("培训课程内容出现严重错误，引发重大舆情，经调查属实。");
		journey.screenshot("44-01-standing-revoke-form");
		assertThat(Axe.seriousViolations(page)).as("axe on the standing page").isEmpty();

		// not confirmed: the page comes back with the refusal and the reason as typed
		journey.clickAndWaitForNextPage("#submit-REVOKE");
		assertThat(page.locator("#action-REVOKE .invalid-feedback")).containsText("请勾选确认后再提交");
		assertThat(page.locator("#reason-REVOKE")).hasValue("培训课程内容出现严重错误，引发重大舆情，经调查属实。");
		page.locator("#confirmed-REVOKE").check();
		journey.clickAndWaitForNextPage("#submit-REVOKE");
		assertThat(page.locator(".alert-success")).containsText(base.number());
		assertThat(page.locator("#status")).containsText("已撤销");
		assertThat(page.locator("#history")).containsText("闽人社发〔2024〕5号 第二十三条第二款（一）");
		assertThat(page.locator("#no-actions")).isVisible();
		journey.screenshot("44-02-standing-revoked");
		page.setViewportSize(390, 844);
		journey.screenshot("44-03-standing-revoked-phone");
		assertThat(Axe.seriousViolations(page)).as("axe on the standing page, phone").isEmpty();
		page.setViewportSize(1440, 900);

		journey.signOut();
		journey.go("/public/bases/" + base.id());
		assertThat(page.locator("#title-held")).containsText("不再持有");
		assertThat(page.locator("#history")).containsText("撤销资格");
		assertThat(page.locator("#standing-link")).hasCount(0);
		journey.screenshot("44-04-public-base-revoked");
		assertThat(Axe.seriousViolations(page)).as("axe on the public base page").isEmpty();
		page.setViewportSize(390, 844);
		journey.screenshot("44-05-public-base-revoked-phone");
		page.setViewportSize(1440, 900);

		journey.go("/public/verify?number=" + base.number());
		assertThat(page.locator("#verdict-short")).containsText("已撤销");
		assertThat(page.locator("#history-link")).isVisible();
		journey.screenshot("44-06-verify-revoked");
		assertThat(Axe.seriousViolations(page)).as("axe on the plaque check").isEmpty();
	}
}
