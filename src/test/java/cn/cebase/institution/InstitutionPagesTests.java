package cn.cebase.institution;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.user;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.flash;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.redirectedUrl;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import java.io.ByteArrayInputStream;
import java.util.List;
import java.util.Map;

import cn.cebase.CeBaseTest;
import cn.cebase.Fixtures;
import cn.cebase.identity.CurrentUser;
import cn.idev.excel.FastExcel;

import org.hamcrest.Matchers;
import org.junit.jupiter.api.Test;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.security.core.userdetails.UserDetailsService;
import org.springframework.test.web.servlet.MockMvc;

/** The pages: full page or htmx fragment, errors beside fields with nothing typed lost, the Excel export. */
@CeBaseTest
class InstitutionPagesTests {

	@Autowired
	MockMvc mvc;

	@Autowired
	InstitutionManagement institutions;

	@Autowired
	UserDetailsService users;

	@Test
	void aWrongRegistrationKeepsWhatWasTypedAndSaysWhatIsWrongBesideEachField() throws Exception {
		String html = mvc.perform(post("/register").with(csrf())
			.param("creditCode", "91350100M000100Y44")
			.param("name", "")
			.param("type", "UNIVERSITY")
			.param("provinceCode", "350000")
			.param("cityCode", "350100")
			.param("countyCode", "350102")
			.param("address", "福州市鼓楼区五一北路1号")
			.param("legalRepresentative", "陈某")
			.param("contactName", "林某")
			.param("contactPhone", "0591-12345678")
			.param("username", Fixtures.newUsername("page"))
			.param("password", "Secret123")
			.param("passwordConfirm", "Secret124"))
			.andExpect(status().isOk())
			.andReturn().getResponse().getContentAsString();

		assertThat(html).contains("统一社会信用代码校验位不正确", "此项为必填项", "两次输入的密码不一致")
			.contains("value=\"91350100M000100Y44\"", "value=\"福州市鼓楼区五一北路1号\"", "value=\"陈某\"",
					"value=\"0591-12345678\"")
			// the cascading selects come back with the chosen county
			.containsPattern("<option value=\"350102\" selected=\"selected\">鼓楼区</option>")
			// a mistyped password is not sent back
			.doesNotContain("Secret123");
	}

	@Test
	void aGoodRegistrationGoesToTheLoginPage() throws Exception {
		var r = Fixtures.researchInstituteInChangchun();
		mvc.perform(post("/register").with(csrf())
			.param("creditCode", r.creditCode())
			.param("name", r.name())
			.param("type", r.type().name())
			.param("provinceCode", "220000")
			.param("cityCode", "220100")
			.param("countyCode", "220104")
			.param("address", r.address())
			.param("legalRepresentative", r.legalRepresentative())
			.param("contactName", r.contactName())
			.param("contactPhone", r.contactPhone())
			.param("username", r.username())
			.param("password", r.password())
			.param("passwordConfirm", r.password()))
			.andExpect(redirectedUrl("/login?registered"))
			.andExpect(flash().attributeExists("flash"));
	}

	@Test
	void theInlineCheckAnswersOnlyTheFieldsFragment() throws Exception {
		mvc.perform(post("/register/check/creditCode").with(csrf()).header("HX-Request", "true")
			.param("creditCode", "91350100M000100Y44"))
			.andExpect(status().isOk())
			.andExpect(content().string(Matchers.containsString("id=\"creditCode-feedback\"")))
			.andExpect(content().string(Matchers.containsString("校验位不正确")))
			.andExpect(content().string(Matchers.not(Matchers.containsString("<html"))));
		mvc.perform(post("/register/check/creditCode").with(csrf()).header("HX-Request", "true")
			.param("creditCode", "91350100m000100y43"))
			.andExpect(content().string(Matchers.containsString("valid-feedback")));
	}

	@Test
	void theListIsAFullPageOrJustTheTableForHtmx() throws Exception {
		CurrentUser admin = Fixtures.user(users, "admin");
		mvc.perform(get("/institutions").with(user(admin)))
			.andExpect(status().isOk())
			.andExpect(content().string(Matchers.containsString("<html")))
			.andExpect(content().string(Matchers.containsString("id=\"institution-table\"")));
		mvc.perform(get("/institutions").param("status", "ACTIVE").header("HX-Request", "true").with(user(admin)))
			.andExpect(status().isOk())
			.andExpect(content().string(Matchers.not(Matchers.containsString("<html"))))
			.andExpect(content().string(Matchers.containsString("id=\"institution-table\"")))
			.andExpect(content().string(Matchers.not(Matchers.containsString("status-PENDING\""))));
	}

	@Test
	void aLongListPagesAndKeepsItsFilters() throws Exception {
		String token = "分页" + System.nanoTime();
		for (int i = 0; i < 21; i++) {
			institutions.register(Fixtures.registration(token + "培训学校" + i, "350102"));
		}
		String first = mvc.perform(get("/institutions").param("text", token).with(user(Fixtures.user(users, "fj.authority"))))
			.andExpect(status().isOk())
			.andReturn().getResponse().getContentAsString();
		assertThat(first).contains("共 21 条，第 1/2 页").contains("id=\"next-page\"");
		String second = mvc.perform(get("/institutions").param("text", token).param("page", "2")
			.header("HX-Request", "true")
			.with(user(Fixtures.user(users, "fj.authority"))))
			.andExpect(status().isOk())
			.andReturn().getResponse().getContentAsString();
		assertThat(second).contains("共 21 条，第 2/2 页").contains("page=1").contains(token + "培训学校0")
			.doesNotContain("<html");
	}

	@Test
	void aProvincesStaffFilterByItsOwnCities() throws Exception {
		mvc.perform(get("/institutions").with(user(Fixtures.user(users, "sd.authority"))))
			.andExpect(content().string(Matchers.containsString("<option value=\"370300\">淄博市</option>")))
			.andExpect(content().string(Matchers.not(Matchers.containsString(">吉林省</option>"))));
		mvc.perform(get("/institutions").param("regionCode", "370300").with(user(Fixtures.user(users, "sd.authority"))))
			.andExpect(content().string(Matchers.containsString("山东理工大学")))
			.andExpect(content().string(Matchers.not(Matchers.containsString("济南市工程师协会"))));
	}

	@Test
	void anEmptyResultSaysSo() throws Exception {
		mvc.perform(get("/institutions").param("text", "不存在的机构名称XYZ").with(user(Fixtures.user(users, "admin"))))
			.andExpect(content().string(Matchers.containsString("没有符合条件的施教机构")));
	}

	@Test
	void theExportIsARealWorkbookOfTheScope() throws Exception {
		institutions.register(Fixtures.trainingSchoolInFuzhou());
		byte[] xlsx = mvc.perform(get("/institutions/export.xlsx").with(user(Fixtures.user(users, "fj.authority"))))
			.andExpect(status().isOk())
			.andExpect(content().contentType("application/vnd.openxmlformats-officedocument.spreadsheetml.sheet"))
			.andReturn().getResponse().getContentAsByteArray();

		List<Map<Integer, String>> rows = FastExcel.read(new ByteArrayInputStream(xlsx)).headRowNumber(0).sheet().doReadSync();
		assertThat(rows.get(0)).containsValues("统一社会信用代码", "机构全称", "所在地区", "状态");
		assertThat(rows.subList(1, rows.size())).isNotEmpty()
			.allSatisfy(row -> assertThat(row.get(3)).startsWith("福建省"));
	}

	@Test
	void institutionsCannotExport() throws Exception {
		mvc.perform(get("/institutions/export.xlsx").with(user(Fixtures.user(users, "inst.fj")))).andExpect(status().isForbidden());
	}

	@Test
	void anInstitutionFilesAChangeOnItsPage() throws Exception {
		var registration = Fixtures.trainingSchoolInFuzhou();
		Institution institution = institutions.register(registration);
		CurrentUser own = Fixtures.user(users, registration.username());
		mvc.perform(post("/institutions/{id}/edit", institution.id()).with(user(own)).with(csrf())
			.param("name", registration.name())
			.param("type", registration.type().name())
			.param("regionCode", registration.regionCode())
			.param("address", registration.address())
			.param("legalRepresentative", registration.legalRepresentative())
			.param("contactName", "新联系人")
			.param("contactPhone", registration.contactPhone())
			.param("contactEmail", registration.contactEmail())
			.param("reason", "人员调整")
			.param("version", String.valueOf(institution.version())))
			.andExpect(redirectedUrl("/institutions/" + institution.id()));
		mvc.perform(get("/institutions/{id}", institution.id()).with(user(own)))
			.andExpect(content().string(Matchers.containsString("新联系人")))
			.andExpect(content().string(Matchers.containsString("人员调整")));
	}

	@Test
	void anUnknownPageIsA404WithAChineseMessage() throws Exception {
		mvc.perform(get("/institutions/99999999").with(user(Fixtures.user(users, "admin"))))
			.andExpect(status().isNotFound())
			.andExpect(content().string(Matchers.containsString("记录不存在")));
	}
}
