package cn.cebase.base;

import static cn.cebase.base.BaseFixtures.newNumber;
import static cn.cebase.base.BaseFixtures.row;
import static cn.cebase.base.BaseFixtures.with;
import static cn.cebase.base.BaseFixtures.xlsx;
import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.user;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.multipart;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.header;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.jsonPath;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import java.io.ByteArrayInputStream;
import java.util.List;
import java.util.Map;

import cn.cebase.CeBaseTest;
import cn.cebase.Fixtures;
import cn.idev.excel.FastExcel;

import org.junit.jupiter.api.Test;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.mock.web.MockMultipartFile;
import org.springframework.security.core.userdetails.UserDetailsService;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.request.RequestPostProcessor;

/** The authority's 基地 pages and API: its own bases, the import with its report, the template. */
@CeBaseTest
class BasePagesTests {

	@Autowired
	MockMvc mvc;

	@Autowired
	UserDetailsService users;

	RequestPostProcessor as(String username) {
		return user(Fixtures.user(users, username));
	}

	@Test
	void theProvinceSeesItsBasesWithTheirStatusAndAPublicLinkAndOthersDoNot() throws Exception {
		String page = mvc.perform(get("/bases").with(as("sd.authority")))
			.andExpect(status().isOk())
			.andReturn().getResponse().getContentAsString();
		// the demo world's existing Shandong bases (SD 附件3)
		assertThat(page).contains("鲁继基〔2016〕001号", "山东理工大学", "淄博市 张店区", "原认定（导入）", "有效", "省级")
			.contains("href=\"/public/bases/")
			.contains("id=\"import-link\"")
			.contains("href=\"/bases\"");
		String fujian = mvc.perform(get("/bases").with(as("fj.authority"))).andExpect(status().isOk()).andReturn()
			.getResponse().getContentAsString();
		assertThat(fujian).doesNotContain("鲁继基〔2016〕001号");
		// an authority without a profile of its own is told why it cannot import
		String jinan = mvc.perform(get("/bases").with(as("sd.jinan"))).andExpect(status().isOk()).andReturn()
			.getResponse().getContentAsString();
		assertThat(jinan).contains("id=\"no-profile\"").doesNotContain("id=\"import-link\"");
	}

	@Test
	void anInstitutionHasNoBasesPagesAndCannotImport() throws Exception {
		mvc.perform(get("/bases").with(as("inst.zb"))).andExpect(status().isForbidden());
		mvc.perform(get("/bases/import").with(as("inst.zb"))).andExpect(status().isForbidden());
		mvc.perform(multipart("/bases/import").file(file(xlsx(List.of(row(newNumber(), "山东理工大学", Fixtures.newCreditCode())))))
			.with(as("inst.zb")).with(csrf())).andExpect(status().isForbidden());
		mvc.perform(multipart("/api/v1/bases/import").file(file(xlsx(List.of(row(newNumber(), "山东理工大学",
				Fixtures.newCreditCode()))))).with(as("inst.zb")).with(csrf()))
			.andExpect(status().isForbidden())
			.andExpect(jsonPath("$.code").value("error.forbidden"));
		mvc.perform(get("/api/v1/bases").with(as("inst.zb"))).andExpect(status().isForbidden());
		mvc.perform(get("/bases").accept("text/html")).andExpect(status().is3xxRedirection());
		mvc.perform(get("/api/v1/bases")).andExpect(status().isUnauthorized());
	}

	@Test
	void aWrongFileIsReportedOnThePageByRowAndColumn() throws Exception {
		String number = newNumber();
		byte[] wrong = xlsx(List.of(row(number, "山东师范大学", Fixtures.newCreditCode()),
				with(row(newNumber(), "", Fixtures.newCreditCode()), "regionCode", "350102")));
		String page = mvc.perform(multipart("/bases/import").file(file(wrong)).with(as("sd.authority")).with(csrf()))
			.andExpect(status().isOk())
			.andReturn().getResponse().getContentAsString();
		assertThat(page).contains("id=\"import-problems\"")
			.contains("共 2 行，发现 2 处错误，未导入任何基地")
			.contains("<td class=\"text-nowrap\">3</td>", "<td class=\"text-nowrap mono\">B3</td>")
			.contains("机构名称", "此项为必填项。")
			.contains("所在地区“350102”不在本机关辖区（山东省）内。")
			.doesNotContain("id=\"imported\"");
		String list = mvc.perform(get("/bases").with(as("sd.authority"))).andReturn().getResponse().getContentAsString();
		assertThat(list).doesNotContain(number);

		String right = mvc.perform(multipart("/bases/import").file(file(xlsx(List.of(row(number, "山东师范大学",
				Fixtures.newCreditCode()))))).with(as("sd.authority")).with(csrf()))
			.andExpect(status().isOk())
			.andReturn().getResponse().getContentAsString();
		assertThat(right).contains("id=\"imported\"", "已导入 1 个基地。", number, "机构尚未注册");

		String empty = mvc.perform(multipart("/bases/import").file(new MockMultipartFile("file", "a.xlsx", null, new byte[0]))
			.with(as("sd.authority")).with(csrf())).andExpect(status().isOk()).andReturn().getResponse().getContentAsString();
		assertThat(empty).contains("id=\"import-problem\"", "请选择要导入的 Excel 文件。");
	}

	@Test
	void theTemplateHasTheColumnsInOrderAndNoRowToImportByMistake() throws Exception {
		byte[] template = mvc.perform(get("/bases/template.xlsx").with(as("sd.authority")))
			.andExpect(status().isOk())
			.andExpect(content().contentType("application/vnd.openxmlformats-officedocument.spreadsheetml.sheet"))
			.andExpect(header().string("Content-Disposition", org.hamcrest.Matchers.containsString(".xlsx")))
			.andReturn().getResponse().getContentAsByteArray();
		List<Map<Integer, String>> rows = FastExcel.read(new ByteArrayInputStream(template)).headRowNumber(0).sheet().doReadSync();
		assertThat(rows).singleElement().satisfies(head -> assertThat(head.values()).containsExactly("基地编号", "机构名称",
				"统一社会信用代码（18位）", "所在地区（6位行政区划代码）", "认定日期（年-月-日）", "领域（多个用顿号分隔）", "地址", "联系人", "联系电话"));
		mvc.perform(get("/bases/template.xlsx").with(as("inst.zb"))).andExpect(status().isForbidden());
	}

	@Test
	void theApiImportsOrAnswersEveryWrongCellWithNothingImported() throws Exception {
		String number = newNumber();
		mvc.perform(multipart("/api/v1/bases/import").file(file(xlsx(List.of(
				with(row(number, "山东农业大学", Fixtures.newCreditCode()), "recognizedOn", "不详"),
				with(row(newNumber(), "山东中医药大学", "ABC"), "regionCode", "")))))
			.with(as("sd.authority")).with(csrf()))
			.andExpect(status().isUnprocessableContent())
			.andExpect(jsonPath("$.code").value("base.import.failed"))
			.andExpect(jsonPath("$.rows").value(2))
			.andExpect(jsonPath("$.errors.length()").value(3))
			.andExpect(jsonPath("$.errors[0].row").value(2))
			.andExpect(jsonPath("$.errors[0].column").value("recognizedOn"))
			.andExpect(jsonPath("$.errors[0].columnName").value("认定日期"))
			.andExpect(jsonPath("$.errors[0].message").value("认定日期“不详”无法识别，请写作 2016-12-20。"))
			.andExpect(jsonPath("$.errors[1].row").value(3));
		mvc.perform(get("/api/v1/bases").with(as("sd.authority")))
			.andExpect(status().isOk())
			.andExpect(jsonPath("$[?(@.number == '" + number + "')]").isEmpty());

		mvc.perform(multipart("/api/v1/bases/import").file(file(xlsx(List.of(row(number, "山东农业大学",
				Fixtures.newCreditCode()))))).with(as("sd.authority")).with(csrf()))
			.andExpect(status().isCreated())
			.andExpect(jsonPath("$.imported[0].number").value(number))
			.andExpect(jsonPath("$.imported[0].level").value("PROVINCIAL"))
			.andExpect(jsonPath("$.imported[0].source").value("IMPORTED"));
		mvc.perform(get("/api/v1/bases").with(as("sd.authority")))
			.andExpect(jsonPath("$[?(@.number == '" + number + "')].status").value("ACTIVE"));
		mvc.perform(get("/api/v1/bases").with(as("fj.authority")))
			.andExpect(jsonPath("$[?(@.number == '" + number + "')]").isEmpty());
		mvc.perform(multipart("/api/v1/bases/import").file(new MockMultipartFile("file", "a.txt", null, "hello".getBytes()))
			.with(as("sd.authority")).with(csrf()))
			.andExpect(status().isBadRequest())
			.andExpect(jsonPath("$.errors[0].field").value("file"));
	}

	@Test
	void theNavigationOffersBasesToAuthoritiesOnly() throws Exception {
		assertThat(mvc.perform(get("/home").with(as("sd.authority"))).andReturn().getResponse().getContentAsString())
			.contains("href=\"/bases\"");
		assertThat(mvc.perform(get("/home").with(as("inst.zb"))).andReturn().getResponse().getContentAsString())
			.doesNotContain("href=\"/bases\"");
	}

	private static MockMultipartFile file(byte[] content) {
		return new MockMultipartFile("file", "bases.xlsx",
				"application/vnd.openxmlformats-officedocument.spreadsheetml.sheet", content);
	}
}
