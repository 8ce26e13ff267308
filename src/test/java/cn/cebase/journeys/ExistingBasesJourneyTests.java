package cn.cebase.journeys;

import static com.microsoft.playwright.assertions.PlaywrightAssertions.assertThat;

import java.io.ByteArrayOutputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;

import cn.cebase.CeBaseTest;
import cn.cebase.Fixtures;
import cn.cebase.base.BaseImport;
import cn.cebase.shared.excel.ExcelTable;

import org.junit.jupiter.api.Test;

/** 原认定基地 as the province meets them: its list, a file with mistakes reported cell by cell, then the file put right. */
@CeBaseTest
class ExistingBasesJourneyTests extends BrowserJourney {

	@Test
	void theProvinceImportsItsExistingBasesAfterCorrectingTheFile() throws Exception {
		String number = "鲁继基〔2017〕J" + System.nanoTime() % 100000 + "号";
		String code = Fixtures.newCreditCode();
		Path wrong = workbook("wrong", List.of(
				List.of(number, "山东第一医科大学", code, "370102", "2017-11-08", "卫生健康", "山东省济南市长清区大学科技园", "钱老师",
						"0531-88888888"),
				List.of("鲁继基〔2016〕001号", "", "91350100M000100Y44", "350102", "2017年13月", "", "", "", "电话待补"),
				List.of(number, "山东第一医科大学（重复）", code, "370102", "2030-01-01", "", "", "", "")));
		Path right = workbook("right", List.of(List.of(number, "山东第一医科大学", code, "370102", "2017-11-08", "卫生健康",
				"山东省济南市长清区大学科技园", "钱老师", "0531-88888888")));

		journey.signIn("sd.authority", Fixtures.PASSWORD);
		page.locator("a.nav-link[href='/bases']").click();
		page.waitForURL("**/bases");
		assertThat(page.locator("#base-table")).containsText("鲁继基〔2016〕001号");
		assertThat(page.locator("#base-table")).containsText("山东理工大学");
		journey.screenshot("30-01-existing-bases");

		journey.clickAndWaitForNextPage("#import-link");
		journey.screenshot("30-02-import-form");
		page.locator("#import-file").setInputFiles(wrong);
		journey.clickAndWaitForNextPage("#import-submit");
		assertThat(page.locator("#import-problems")).containsText("未导入任何基地");
		assertThat(page.locator("#import-problems tbody tr")).hasCount(9);
		journey.screenshot("30-03-import-report");

		page.locator("#import-file").setInputFiles(right);
		journey.clickAndWaitForNextPage("#import-submit");
		assertThat(page.locator("#imported")).containsText(number);
		journey.screenshot("30-04-imported");
		journey.clickAndWaitForNextPage("#back-to-list");
		assertThat(page.locator("#base-table")).containsText(number);
		// an authority's navigation is long: from 992 pixels it keeps to one line (the public pages and the
		// settings sit in two menus, NavigationJourneyTests), below that it folds behind the menu button
		// instead of running off the window
		page.setViewportSize(1100, 800);
		assertThat(page.locator("a.nav-link[href='/bases']")).isVisible();
		assertThat(page.locator("#user-menu")).isInViewport();
		journey.screenshot("30-05-bases-1100");
		page.setViewportSize(900, 800);
		assertThat(page.locator("a.nav-link[href='/bases']")).isHidden();
		page.locator(".navbar-toggler").click();
		// once the menu has finished unfolding
		assertThat(page.locator("#nav.collapse.show")).isVisible();
		assertThat(page.locator("a.nav-link[href='/bases']")).isVisible();
		journey.screenshot("30-06-bases-menu-folded");
	}

	private static Path workbook(String name, List<List<String>> rows) throws Exception {
		ByteArrayOutputStream out = new ByteArrayOutputStream();
		try (ExcelTable table = new ExcelTable(out, "基地", BaseImport.COLUMNS)) {
			rows.forEach(r -> table.row(r.toArray()));
		}
		Path file = Files.createTempFile("bases-" + name, ".xlsx");
		Files.write(file, out.toByteArray());
		file.toFile().deleteOnExit();
		return file;
	}
}
