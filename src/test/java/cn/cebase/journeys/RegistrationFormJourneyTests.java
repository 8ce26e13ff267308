package cn.cebase.journeys;

import static com.microsoft.playwright.assertions.PlaywrightAssertions.assertThat;

import java.util.regex.Pattern;

import cn.cebase.CeBaseTest;
import cn.cebase.Fixtures;
import com.microsoft.playwright.Page;
import com.microsoft.playwright.options.SelectOption;
import org.junit.jupiter.api.Test;

/**
 * Mistakes on the registration form, as a person makes them: the page says what is wrong beside each field,
 * keeps everything else that was typed, and checks the credit code as soon as the field is left.
 */
@CeBaseTest
class RegistrationFormJourneyTests extends BrowserJourney {

	private static final String CHECKSUM_WRONG = "统一社会信用代码校验位不正确，请核对营业执照或登记证书。";

	private static final String REQUIRED = "此项为必填项。";

	@Test
	void leavingTheCreditCodeFieldChecksItWithoutSubmitting() {
		journey.go("/register");
		assertThat(page.locator("#creditCode-feedback")).hasText("");

		page.locator("#creditCode").pressSequentially(wrongChecksum(Fixtures.newCreditCode()));
		page.locator("#creditCode").press("Tab");
		assertThat(page.locator("#creditCode-feedback")).hasText(CHECKSUM_WRONG);
		assertThat(page.locator("#creditCode-feedback")).isVisible();
		assertThat(page.locator("#creditCode-feedback")).hasClass(Pattern.compile("\\binvalid-feedback\\b"));
		assertThat(page.locator("#creditCode")).hasClass(Pattern.compile("\\bis-invalid\\b"));
		// nothing was sent: still the empty form, with no summary of errors
		assertThat(page).hasURL(Pattern.compile(".*/register$"));
		assertThat(page.locator("#form-errors")).hasCount(0);
		assertThat(page.locator("#name")).hasValue("");
		journey.screenshot("3-01-credit-code-checked-on-leaving");

		// corrected, the same check says so
		page.locator("#creditCode").fill(Fixtures.newCreditCode());
		page.locator("#creditCode").press("Tab");
		assertThat(page.locator("#creditCode-feedback")).hasText("格式正确");
		assertThat(page.locator("#creditCode-feedback")).hasClass(Pattern.compile("(^|\\s)valid-feedback\\b"));
		assertThat(page.locator("#creditCode")).hasClass(Pattern.compile("\\bis-valid\\b"));
		assertThat(page.locator("#creditCode")).not().hasClass(Pattern.compile("\\bis-invalid\\b"));

		// the username is checked the same way
		page.locator("#username").fill("张");
		page.locator("#username").press("Tab");
		assertThat(page.locator("#username-feedback")).hasText("用户名须为3–64位字母、数字或 _ . @ -，且以字母或数字开头。");
		assertThat(page.locator("#username")).hasClass(Pattern.compile("\\bis-invalid\\b"));
		assertThat(page).hasURL(Pattern.compile(".*/register$"));
		assertThat(page.locator("#form-errors")).hasCount(0);
	}

	@Test
	void aWeakPasswordIsExplainedBesideThePasswordField() {
		String username = Fixtures.newUsername("jilin");
		journey.go("/register");
		fillForm(Fixtures.newCreditCode(), "长春市继续教育研究会", username, "abc123");
		journey.clickAndWaitForNextPage("#register-submit");

		assertThat(page).hasURL(Pattern.compile(".*/register$"));
		assertThat(page.locator("#form-errors")).isVisible();
		assertThat(page.locator("#password")).hasClass(Pattern.compile("\\bis-invalid\\b"));
		assertThat(page.locator("#password ~ .invalid-feedback")).hasText("密码至少8位。");
		assertThat(page.locator(".invalid-feedback:visible")).hasCount(1);
		assertThat(page.locator("#name")).hasValue("长春市继续教育研究会");
		assertThat(page.locator("#username")).hasValue(username);
		journey.screenshot("3-03-weak-password-explained");
	}

	@Test
	void aWrongCreditCodeAndAMissingNameAreShownBesideTheirFieldsAndNothingTypedIsLost() {
		String wrongCode = wrongChecksum(Fixtures.newCreditCode());
		String username = Fixtures.newUsername("jilin");
		journey.go("/register");

		fillForm(wrongCode, "", username, Fixtures.PASSWORD); // 机构全称 left empty
		journey.clickAndWaitForNextPage("#register-submit");

		assertThat(page).hasURL(Pattern.compile(".*/register$"));
		assertThat(page.locator("#form-errors")).hasText("请按提示修改标红的内容。除密码外，已填写的信息均已保留。");
		// each message beside its own field, and the field marked
		assertThat(page.locator("#creditCode")).hasClass(Pattern.compile("\\bis-invalid\\b"));
		assertThat(page.locator("#creditCode-feedback")).hasText(CHECKSUM_WRONG);
		assertThat(page.locator("#name")).hasClass(Pattern.compile("\\bis-invalid\\b"));
		assertThat(page.locator("#name + .invalid-feedback")).hasText(REQUIRED);
		assertThat(page.locator("#name + .invalid-feedback")).isVisible();
		// the fields that were right are not marked
		for (String field : new String[] { "#type", "#legalRepresentative", "#address", "#contactName", "#contactPhone",
				"#contactEmail", "#username", "#displayName" }) {
			assertThat(page.locator(field)).not().hasClass(Pattern.compile("\\bis-invalid\\b"));
		}
		assertThat(page.locator(".invalid-feedback:visible")).hasCount(2);
		// and everything typed is still there
		assertThat(page.locator("#creditCode")).hasValue(wrongCode);
		assertThat(page.locator("#name")).hasValue("");
		assertThat(page.locator("#type")).hasValue("RESEARCH_INSTITUTE");
		assertThat(page.locator("#legalRepresentative")).hasValue("张伟");
		assertThat(page.locator("#provinceCode")).hasValue("220000");
		assertThat(page.locator("#cityCode")).hasValue("220100");
		assertThat(page.locator("#countyCode")).hasValue("220104");
		assertThat(page.locator("#address")).hasValue("吉林省长春市朝阳区前进大街2699号");
		assertThat(page.locator("#contactName")).hasValue("赵敏");
		assertThat(page.locator("#contactPhone")).hasValue("0431-85166000");
		assertThat(page.locator("#contactEmail")).hasValue("zhaomin@example.cn");
		assertThat(page.locator("#username")).hasValue(username);
		assertThat(page.locator("#displayName")).hasValue("赵敏");
		assertThat(page.locator("#password")).hasValue("");
		assertThat(page.locator("#passwordConfirm")).hasValue("");
		journey.screenshot("3-02-errors-beside-fields-input-kept");

		// correcting those two fields is enough
		String name = "长春光学精密机械研究所继续教育部" + username.substring(username.length() - 4);
		page.locator("#creditCode").fill(Fixtures.newCreditCode());
		page.locator("#name").fill(name);
		// passwords are never sent back to the browser, so they are typed again
		page.locator("#password").fill(Fixtures.PASSWORD);
		page.locator("#passwordConfirm").fill(Fixtures.PASSWORD);
		page.locator("#register-submit").click();
		page.waitForURL(Pattern.compile(".*/login\\?registered$"));
		assertThat(page.locator(".alert-success")).containsText("“" + name + "”已提交注册");
	}

	/** Fills the whole form as a person from 长春 would, with the given code, name, username and password. */
	private void fillForm(String creditCode, String name, String username, String password) {
		page.locator("#creditCode").fill(creditCode);
		page.locator("#name").fill(name);
		page.locator("#type").selectOption(new SelectOption().setLabel("科研院所"));
		page.locator("#legalRepresentative").fill("张伟");
		page.locator("#provinceCode").selectOption(new SelectOption().setLabel("吉林省"));
		page.locator("#cityCode").selectOption(new SelectOption().setLabel("长春市"));
		page.locator("#countyCode").selectOption(new SelectOption().setLabel("朝阳区"));
		page.locator("#address").fill("吉林省长春市朝阳区前进大街2699号");
		page.locator("#contactName").fill("赵敏");
		page.locator("#contactPhone").fill("0431-85166000");
		page.locator("#contactEmail").fill("zhaomin@example.cn");
		page.locator("#username").fill(username);
		page.locator("#displayName").fill("赵敏");
		page.locator("#password").fill(password);
		page.locator("#passwordConfirm").fill(password);
	}

	/** The same code with another, therefore wrong, check character. */
	static String wrongChecksum(String validCode) {
		char check = validCode.charAt(17);
		return validCode.substring(0, 17) + (check == '0' ? '1' : '0');
	}
}
