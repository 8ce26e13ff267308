package cn.cebase.declaration;

import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.user;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.put;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.jsonPath;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import cn.cebase.CeBaseTest;
import cn.cebase.Fixtures;
import cn.cebase.call.Call;
import cn.cebase.call.CallManagement;
import cn.cebase.identity.CurrentUser;
import cn.cebase.institution.InstitutionManagement;

import org.junit.jupiter.api.Test;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.http.MediaType;
import org.springframework.security.core.userdetails.UserDetailsService;
import org.springframework.test.web.servlet.MockMvc;

/** The application's refusals through the API: a second application, a failing condition, a learner. */
@CeBaseTest
class DeclarationApiTests {

	@Autowired
	MockMvc mvc;

	@Autowired
	CallManagement calls;

	@Autowired
	InstitutionManagement institutions;

	@Autowired
	UserDetailsService users;

	@Autowired
	cn.cebase.Scenarios scenarios;

	@Test
	void refusalsAreProblemDetailsInChinese() throws Exception {
		var open = scenarios.fujianCallOpenToANewSchool("福建API申报");
		Call call = open.call();
		CurrentUser school = open.school();

		String location = mvc.perform(post("/api/v1/calls/{id}/declarations", call.id()).with(user(school)).with(csrf()))
			.andExpect(status().isCreated())
			.andReturn().getResponse().getHeader("Location");
		mvc.perform(post("/api/v1/calls/{id}/declarations", call.id()).with(user(school)).with(csrf()))
			.andExpect(status().isConflict())
			.andExpect(jsonPath("$.detail").value(org.hamcrest.Matchers.startsWith("本机构已在本批次申报")));
		mvc.perform(put(location + "/draft").with(user(school)).with(csrf()).contentType(MediaType.APPLICATION_JSON)
			.content("{\"form\":{\"unitNature\":\"事业单位\",\"overview\":\"概况\",\"teachers\":\"师资\",\"keyFieldTraining\":\"情况\","
					+ "\"managementSystem\":\"制度\",\"organisationalSupport\":\"保障\",\"performanceTargetsAndFunding\":\"目标\","
					+ "\"mainFieldsAndFeatures\":\"特色\",\"independentLegalPerson\":true,\"venueSeats\":80,"
					+ "\"fullTimeManagersWithBachelor\":6,\"annualTrainees\":[1200],\"platformConnectsToProvince\":true},"
					+ "\"channelId\":" + scenarios.organization("hrss-350100") + "}"))
			.andExpect(status().isOk());
		mvc.perform(post(location + "/submit").with(user(school)).with(csrf()))
			.andExpect(status().isBadRequest())
			.andExpect(jsonPath("$.errors[0].field").value("eligibility.VENUE_CAPACITY"))
			.andExpect(jsonPath("$.errors[0].message").value("教学场所须可承担100人以上培训，目前为80人。"));
		mvc.perform(post("/api/v1/calls/{id}/declarations", call.id()).with(user(Fixtures.user(users, "learner"))).with(csrf()))
			.andExpect(status().isForbidden());
	}
}
