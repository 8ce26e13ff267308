package cn.cebase.base;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.user;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import java.time.LocalDate;
import java.util.List;

import cn.cebase.CeBaseTest;
import cn.cebase.Scenarios;
import cn.cebase.identity.CurrentUser;
import cn.cebase.institution.InstitutionManagement;
import cn.cebase.policy.ProfileLevel;

import org.junit.jupiter.api.Test;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.test.web.servlet.MockMvc;

/** An institution finds its base (number, status, the page with its plaque) on its home page, and only its own. */
@CeBaseTest
class InstitutionHomeTests {

	@Autowired
	MockMvc mvc;

	@Autowired
	TestBases bases;

	@Autowired
	Scenarios scenarios;

	@Autowired
	InstitutionManagement institutions;

	@Autowired
	Registry registry;

	@Test
	void theHomePageListsTheInstitutionsOwnBasesWithTheirStatus() throws Exception {
		var open = scenarios.fujianCallOpenToANewSchool("福建首页基地" + System.nanoTime() % 10000);
		CurrentUser school = open.school();
		assertThat(home(school)).doesNotContain("id=\"my-bases\"").contains("机构已启用，可以参加继续教育基地申报。");

		var mine = institutions.mine(school);
		BaseView base = bases.insert("闽继基〔{year}〕{seq}号", mine.id(), open.registration().name(), ProfileLevel.PROVINCIAL,
				scenarios.organization("hrss-350000"), "350102", open.call().id(), LocalDate.of(2026, 11, 25), null,
				List.of("智能制造"));
		String page = home(school);
		assertThat(page).contains("id=\"my-bases\"", "本机构的继续教育基地", base.number(), "/public/bases/" + base.id(),
				"省级 · 福建省人力资源和社会保障厅认定 · 2026-11-25", ">正常<", "已认定为继续教育基地；可参加重新确认或更高层级的基地申报")
			.doesNotContain("可以参加继续教育基地申报。");

		bases.withStatus(base, BaseStatus.REVOKED);
		// a revoked title is no title: the institution is told again that it may apply
		assertThat(home(school)).contains(base.number(), ">已撤销<", "机构已启用，可以参加继续教育基地申报。");
		assertThat(registry.ofInstitution(mine.id(), mine.creditCode())).extracting(BaseView::id).containsExactly(base.id());

		// another school of the same city sees none of it
		assertThat(home(scenarios.anotherSchoolInFuzhou())).doesNotContain(base.number()).doesNotContain("id=\"my-bases\"");
	}

	private String home(CurrentUser who) throws Exception {
		return mvc.perform(get("/home").with(user(who))).andExpect(status().isOk()).andReturn().getResponse()
			.getContentAsString();
	}
}
