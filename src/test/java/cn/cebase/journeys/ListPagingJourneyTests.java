package cn.cebase.journeys;

import static com.microsoft.playwright.assertions.PlaywrightAssertions.assertThat;

import java.util.ArrayList;
import java.util.List;
import java.util.regex.Pattern;
import java.util.stream.IntStream;

import cn.cebase.CeBaseTest;
import cn.cebase.Fixtures;
import cn.cebase.institution.InstitutionManagement;
import cn.cebase.base.BaseImport;
import cn.cebase.base.BaseImport.ExistingBase;
import com.microsoft.playwright.Locator;
import com.microsoft.playwright.options.LoadState;
import org.junit.jupiter.api.Test;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.security.core.userdetails.UserDetailsService;

/**
 * A list filtered by typing, then paged at once, the cursor still in the field. A text field fires "change"
 * when it loses focus, which happens on the press of the mouse on the pager: a form that searched on any
 * change sent a second search that answered page 1, swapped the pager away under the mouse before the
 * button came up, and the click on 下一页 was lost. Each list here has 25 rows of its own under a tag, so
 * that the filter leaves two pages of 20; the click is held down a little, as by an unhurried hand, so that
 * the old form loses the race every time.
 */
@CeBaseTest
class ListPagingJourneyTests extends BrowserJourney {

	private static final int ROWS = 25;

	@Autowired
	BaseImport baseImport;

	@Autowired
	InstitutionManagement institutions;

	@Autowired
	UserDetailsService users;

	@Test
	void theRegistryShowsTheSecondPageClickedRightAfterTyping() {
		String tag = tag("名录");
		List<ExistingBase> rows = new ArrayList<>();
		for (int i = 1; i <= ROWS; i++) {
			rows.add(new ExistingBase("闽继基〔2019〕" + tag + "-" + i + "号", "福建翻页测试基地" + tag + "-" + i,
					Fixtures.newCreditCode(), "350102", "2019-06-0" + (1 + i % 9), "翻页测试", null, null, null));
		}
		BaseImport.ImportReport report = baseImport.importRows(Fixtures.user(users, "fj.authority"), rows);
		if (!report.problems().isEmpty()) {
			throw new AssertionError("the bases were not imported: " + report.problems());
		}

		journey.go("/public/bases");
		typeThenTurnThePage(tag, "#base-table");
		journey.screenshot("42-01-registry-page-2-after-typing");
	}

	@Test
	void theInstitutionAndOrganisationListsShowTheSecondPageClickedRightAfterTyping() {
		String tag = tag("机构");
		IntStream.rangeClosed(1, ROWS)
			.forEach(i -> institutions.register(Fixtures.registration("福州翻页测试培训学校" + tag + "-" + i, "350102")));

		journey.signIn("fj.authority", Fixtures.PASSWORD);
		journey.go("/institutions");
		typeThenTurnThePage(tag, "#institution-table");
		journey.screenshot("42-02-institutions-page-2-after-typing");
		// each registration made an organisation of the same name: that list has the same form
		journey.go("/organizations");
		typeThenTurnThePage(tag, "#results table");
		journey.screenshot("42-03-organizations-page-2-after-typing");
	}

	private void typeThenTurnThePage(String tag, String table) {
		Locator text = page.locator("#text");
		Locator summary = page.locator("#results nav small");
		text.click();
		text.pressSequentially(tag);
		// the search as typed answers page 1 of the tag's 25
		assertThat(summary).hasText("共 " + ROWS + " 条，第 1/2 页");
		assertThat(page.locator(table + " tbody tr")).hasCount(20);
		assertThat(text).isFocused();

		// a person's click, unhurried: the button comes up a moment after it went down
		page.locator("#next-page").click(new Locator.ClickOptions().setDelay(400));
		assertThat(summary).hasText("共 " + ROWS + " 条，第 2/2 页");
		// and nothing that was still on its way brings page 1 back
		page.waitForLoadState(LoadState.NETWORKIDLE);
		page.waitForTimeout(600);
		assertThat(summary).hasText("共 " + ROWS + " 条，第 2/2 页");
		assertThat(page.locator(table + " tbody tr")).hasCount(ROWS - 20);
		assertThat(page.locator(table)).containsText(tag);
		assertThat(page).hasURL(Pattern.compile(".*[?&]page=2(&.*)?$"));
		assertThat(text).hasValue(tag);
	}

	/** Letters and digits that no other test's names contain, and that the text filters match as typed. */
	private static String tag(String prefix) {
		return prefix + Long.toString(System.nanoTime() % 1_000_000_000L, 36).toUpperCase();
	}
}
