package cn.cebase.journeys;

import static com.microsoft.playwright.assertions.PlaywrightAssertions.assertThat;

import java.util.regex.Pattern;

import cn.cebase.CeBaseTest;
import cn.cebase.Fixtures;
import cn.cebase.institution.InstitutionManagement;
import cn.cebase.institution.InstitutionRegistration;
import com.microsoft.playwright.Page;
import org.junit.jupiter.api.Test;

import org.springframework.beans.factory.annotation.Autowired;

/** 账号锁定 as a person meets it: five wrong passwords in a row, and then even the right one is refused. */
@CeBaseTest
class AccountLockoutJourneyTests extends BrowserJourney {

	private static final String BAD = "用户名或密码不正确。";

	private static final String LOCKED = "密码连续输错次数过多，账号已锁定15分钟，请稍后再试或联系管理员解锁。";

	@Autowired
	InstitutionManagement institutions;

	@Test
	void fiveWrongPasswordsLockTheAccountEvenAgainstTheRightOne() {
		// a user of its own, from a new registration, so that no other test's account gets locked
		InstitutionRegistration registration = Fixtures.researchInstituteInChangchun();
		institutions.register(registration);
		String username = registration.username();

		// the right password works at first
		journey.go("/login");
		journey.signIn(username, Fixtures.PASSWORD);
		assertThat(page.locator("#my-status")).hasText("待审核");
		journey.signOut();

		for (int attempt = 1; attempt <= 5; attempt++) {
			journey.submitLogin(username, "Wrong" + attempt + "@2026");
			assertThat(page).hasURL(Pattern.compile(".*/login\\?error=bad&username=.*"));
			assertThat(page.locator("#login-error")).hasText(BAD);
			// the username stays in the form; only the password is typed again
			assertThat(page.locator("#username")).hasValue(username);
			if (attempt == 1) {
				journey.screenshot("4-01-wrong-password");
			}
		}

		journey.submitLogin(username, Fixtures.PASSWORD);
		assertThat(page).hasURL(Pattern.compile(".*/login\\?error=locked&username=.*"));
		assertThat(page.locator("#login-error")).hasText(LOCKED);
		journey.screenshot("4-02-locked-even-with-right-password");

		// and the person is not signed in
		journey.go("/home");
		assertThat(page).hasURL(Pattern.compile(".*/login$"));
		assertThat(page.locator("#login-form")).isVisible();
		assertThat(page.locator("#user-menu")).hasCount(0);
	}
}
