package cn.cebase.institution;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.user;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.jsonPath;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import cn.cebase.CeBaseTest;
import cn.cebase.Fixtures;
import cn.cebase.identity.CurrentUser;
import cn.cebase.shared.BusinessException;
import cn.cebase.shared.PageRequest;

import org.hamcrest.Matchers;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.http.MediaType;
import org.springframework.security.core.userdetails.UserDetailsService;
import org.springframework.test.web.servlet.MockMvc;

/** A user sees its organisation and what is below it — by page and by API, for reads and actions alike. */
@CeBaseTest
class DataScopeTests {

	@Autowired
	MockMvc mvc;

	@Autowired
	InstitutionManagement institutions;

	@Autowired
	UserDetailsService users;

	Institution fujianSchool;

	@BeforeEach
	void registerAFujianInstitution() {
		fujianSchool = institutions.register(Fixtures.trainingSchoolInFuzhou());
	}

	@Test
	void jilinAuthorityCannotOpenAFujianInstitutionPage() throws Exception {
		mvc.perform(get("/institutions/{id}", fujianSchool.id()).with(user(as("jl.authority"))))
			.andExpect(status().isNotFound())
			.andExpect(content().string(Matchers.not(Matchers.containsString(fujianSchool.name()))))
			.andExpect(content().string(Matchers.containsString("不在您的数据范围内")));
	}

	@Test
	void jilinAuthorityCannotReadAFujianInstitutionByApi() throws Exception {
		mvc.perform(get("/api/v1/institutions/{id}", fujianSchool.id()).with(user(as("jl.authority"))))
			.andExpect(status().isNotFound())
			.andExpect(content().contentTypeCompatibleWith(MediaType.APPLICATION_PROBLEM_JSON))
			.andExpect(content().string(Matchers.not(Matchers.containsString(fujianSchool.name()))));
	}

	@Test
	void jilinAuthorityCannotApproveAFujianInstitution() throws Exception {
		mvc.perform(post("/institutions/{id}/approve", fujianSchool.id()).with(user(as("jl.authority"))).with(csrf()))
			.andExpect(status().isNotFound());
		mvc.perform(post("/api/v1/institutions/{id}/approve", fujianSchool.id()).with(user(as("jl.authority")))
			.with(csrf())
			.contentType(MediaType.APPLICATION_JSON)
			.content("{}")).andExpect(status().isNotFound());
		assertThat(institutions.get(as("fj.authority"), fujianSchool.id()).status()).isEqualTo(InstitutionStatus.PENDING);
	}

	@Test
	void jilinListsShowNoFujianInstitution() throws Exception {
		assertThat(institutions.list(as("jl.authority"), InstitutionFilter.none(), new PageRequest(1, 100)).items())
			.isNotEmpty()
			.noneMatch(i -> i.regionCode().startsWith("35"));
		mvc.perform(get("/api/v1/institutions").param("text", fujianSchool.name()).with(user(as("jl.authority"))))
			.andExpect(status().isOk())
			.andExpect(jsonPath("$.total").value(0));
	}

	@Test
	void fujianAuthorityAndMohrssSeeIt() {
		assertThat(institutions.get(as("fj.authority"), fujianSchool.id()).id()).isEqualTo(fujianSchool.id());
		assertThat(institutions.get(as("mohrss"), fujianSchool.id()).id()).isEqualTo(fujianSchool.id());
		// a city bureau sees only its own city: 厦门 is not 福州
		assertThat(institutions.list(as("fj.fuzhou"), new InstitutionFilter(fujianSchool.name(), null, null, null),
				new PageRequest(1, 10)).total()).isEqualTo(1);
	}

	@Test
	void anInstitutionSeesOnlyItself() {
		CurrentUser jilinInstitution = as("inst.jl");
		assertThatThrownBy(() -> institutions.get(jilinInstitution, fujianSchool.id())).isInstanceOfSatisfying(
				BusinessException.class, ex -> assertThat(ex.kind()).isEqualTo(BusinessException.Kind.NOT_FOUND));
		assertThat(institutions.list(jilinInstitution, InstitutionFilter.none(), new PageRequest(1, 10)).total()).isEqualTo(1);
	}

	@Test
	void aRecommenderMayReadButNotDecide() throws Exception {
		// 吉林市卫健委 is an industry department: nothing is below it
		assertThat(institutions.list(as("jl.jilin.health"), InstitutionFilter.none(), new PageRequest(1, 10)).total()).isZero();
		mvc.perform(post("/api/v1/institutions/{id}/approve", fujianSchool.id()).with(user(as("nat.miit")))
			.with(csrf())
			.contentType(MediaType.APPLICATION_JSON)
			.content("{}")).andExpect(status().isNotFound());
	}

	@Test
	void aLearnerOrExpertCannotListInstitutions() throws Exception {
		mvc.perform(get("/api/v1/institutions").with(user(as("learner")))).andExpect(status().isForbidden());
		mvc.perform(get("/institutions").with(user(as("expert")))).andExpect(status().isForbidden());
	}

	@Test
	void onlyAdministratorsManageUsers() throws Exception {
		mvc.perform(get("/admin/users").with(user(as("jl.authority")))).andExpect(status().isForbidden());
		mvc.perform(get("/api/v1/users").with(user(as("fj.authority")))).andExpect(status().isForbidden())
			.andExpect(jsonPath("$.detail").value("您的角色无权执行此操作。"));
		mvc.perform(get("/api/v1/users").with(user(as("admin")))).andExpect(status().isOk());
	}

	@Test
	void staffSeeOnlyOrganisationsInTheirScope() throws Exception {
		mvc.perform(get("/api/v1/organizations").param("size", "100").with(user(as("zb.authority"))))
			.andExpect(status().isOk())
			.andExpect(jsonPath("$.items[*].code", Matchers.hasItem("hrss-370303")))
			.andExpect(jsonPath("$.items[*].code", Matchers.not(Matchers.hasItem("hrss-370100"))));
		long jinan = jdbcId("hrss-370100");
		mvc.perform(get("/api/v1/organizations/{id}", jinan).with(user(as("zb.authority")))).andExpect(status().isNotFound());
	}

	@Autowired
	org.springframework.jdbc.core.simple.JdbcClient jdbc;

	private long jdbcId(String code) {
		return jdbc.sql("select id from organization where code = ?").param(code).query(Long.class).single();
	}

	private CurrentUser as(String username) {
		return Fixtures.user(users, username);
	}
}
