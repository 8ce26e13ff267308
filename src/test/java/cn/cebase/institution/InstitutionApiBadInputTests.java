package cn.cebase.institution;

import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.user;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.header;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.jsonPath;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import cn.cebase.CeBaseTest;
import cn.cebase.Fixtures;
import cn.cebase.identity.CurrentUser;

import org.hamcrest.Matchers;
import org.junit.jupiter.api.Test;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.http.MediaType;
import org.springframework.security.core.userdetails.UserDetailsService;
import org.springframework.test.web.servlet.MockMvc;

/** Every mistake a caller can make gets a problem detail in Chinese, never a 500. */
@CeBaseTest
class InstitutionApiBadInputTests {

	@Autowired
	MockMvc mvc;

	@Autowired
	InstitutionManagement institutions;

	@Autowired
	UserDetailsService users;

	@Test
	void malformedJsonIsABadRequest() throws Exception {
		mvc.perform(post("/api/v1/registrations").contentType(MediaType.APPLICATION_JSON).content("{\"creditCode\": "))
			.andExpect(status().isBadRequest())
			.andExpect(content().contentTypeCompatibleWith(MediaType.APPLICATION_PROBLEM_JSON))
			.andExpect(jsonPath("$.detail").value(Matchers.containsString("JSON")));
	}

	@Test
	void anUnknownInstitutionTypeIsABadRequest() throws Exception {
		mvc.perform(post("/api/v1/registrations").contentType(MediaType.APPLICATION_JSON).content(json("\"CASINO\"", "350102")))
			.andExpect(status().isBadRequest())
			.andExpect(jsonPath("$.status").value(400));
	}

	@Test
	void everyWrongFieldIsListed() throws Exception {
		mvc.perform(post("/api/v1/registrations").contentType(MediaType.APPLICATION_JSON)
			.content("{\"creditCode\":\"91350100M000100Y44\",\"name\":\"" + "名".repeat(201) + "\",\"regionCode\":\"999999\"}"))
			.andExpect(status().isBadRequest())
			.andExpect(jsonPath("$.detail").value("提交的信息有误，请按提示修改。"))
			.andExpect(jsonPath("$.errors[?(@.field=='creditCode')].message").value("统一社会信用代码校验位不正确，请核对营业执照或登记证书。"))
			.andExpect(jsonPath("$.errors[?(@.field=='name')].code").value("validation.tooLong"))
			.andExpect(jsonPath("$.errors[?(@.field=='regionCode')].message").value("行政区划代码“999999”不存在，请从列表中选择。"))
			.andExpect(jsonPath("$.errors[?(@.field=='type')].code").value("validation.required"))
			.andExpect(jsonPath("$.errors[?(@.field=='username')]").exists());
	}

	@Test
	void aRegistrationByApiCreatesAPendingInstitution() throws Exception {
		mvc.perform(post("/api/v1/registrations").contentType(MediaType.APPLICATION_JSON)
			.content(json("\"UNIVERSITY\"", "350102")))
			.andExpect(status().isCreated())
			.andExpect(header().string("Location", Matchers.startsWith("/api/v1/institutions/")))
			.andExpect(jsonPath("$.status").value("PENDING"))
			.andExpect(jsonPath("$.regionName").value("福建省 福州市 鼓楼区"));
	}

	@Test
	void aDuplicateCreditCodeIsAConflict() throws Exception {
		var registration = Fixtures.trainingSchoolInFuzhou();
		institutions.register(registration);
		mvc.perform(post("/api/v1/registrations").contentType(MediaType.APPLICATION_JSON)
			.content(json("\"UNIVERSITY\"", "350102").replaceFirst("\"creditCode\":\"[^\"]+\"",
					"\"creditCode\":\"" + registration.creditCode() + "\"")))
			.andExpect(status().isConflict())
			.andExpect(jsonPath("$.errors[0].field").value("creditCode"));
	}

	@Test
	void anAnonymousCallerMustSignIn() throws Exception {
		mvc.perform(get("/api/v1/institutions"))
			.andExpect(status().isUnauthorized())
			.andExpect(content().contentTypeCompatibleWith(MediaType.APPLICATION_PROBLEM_JSON))
			.andExpect(jsonPath("$.detail").value("请先登录，或提供有效的用户名和密码。"));
	}

	@Test
	void englishIsAvailableOnRequest() throws Exception {
		mvc.perform(get("/api/v1/institutions/999999999").header("Accept-Language", "en").param("lang", "en")
			.with(user(as("admin"))))
			.andExpect(status().isNotFound())
			.andExpect(jsonPath("$.detail").value(Matchers.not(Matchers.containsString("记录"))));
	}

	@Test
	void aRejectionWithoutReasonIsRefusedAndChangesNothing() throws Exception {
		Institution institution = institutions.register(Fixtures.trainingSchoolInFuzhou());
		mvc.perform(post("/api/v1/institutions/{id}/reject", institution.id()).with(user(as("fj.authority")))
			.with(csrf())
			.contentType(MediaType.APPLICATION_JSON)
			.content("{\"reason\":\"\"}"))
			.andExpect(status().isBadRequest())
			.andExpect(jsonPath("$.errors[0].field").value("reason"))
			.andExpect(jsonPath("$.errors[0].message").value("请填写原因。"));
		mvc.perform(get("/api/v1/institutions/{id}", institution.id()).with(user(as("fj.authority"))))
			.andExpect(jsonPath("$.status").value("PENDING"));
	}

	@Test
	void aDecisionOnAStaleVersionIsAConflict() throws Exception {
		Institution institution = institutions.register(Fixtures.trainingSchoolInFuzhou());
		int shown = institution.version();
		institutions.approve(as("fj.authority"), institution.id(), shown);
		mvc.perform(post("/api/v1/institutions/{id}/suspend", institution.id()).with(user(as("fj.fuzhou")))
			.with(csrf())
			.contentType(MediaType.APPLICATION_JSON)
			.content("{\"reason\":\"违规\",\"version\":" + shown + "}"))
			.andExpect(status().isConflict())
			.andExpect(jsonPath("$.detail").value("该记录已被他人修改，请刷新后重新操作。"));
	}

	@Test
	void approvingTwiceIsAConflict() throws Exception {
		Institution institution = institutions.register(Fixtures.trainingSchoolInFuzhou());
		institutions.approve(as("fj.authority"), institution.id(), null);
		mvc.perform(post("/api/v1/institutions/{id}/approve", institution.id()).with(user(as("fj.authority")))
			.with(csrf())
			.contentType(MediaType.APPLICATION_JSON)
			.content("{}"))
			.andExpect(status().isConflict())
			.andExpect(jsonPath("$.detail").value("当前状态为“ACTIVE”，不能变为“ACTIVE”。"));
	}

	@Test
	void aNonNumericIdIsABadRequest() throws Exception {
		mvc.perform(get("/api/v1/institutions/abc").with(user(as("admin")))).andExpect(status().isBadRequest());
	}

	@Test
	void anUnknownRegionByApiIsNotFound() throws Exception {
		mvc.perform(get("/api/v1/regions/123")).andExpect(status().isNotFound());
		mvc.perform(get("/api/v1/regions").param("parent", "220000"))
			.andExpect(status().isOk())
			.andExpect(jsonPath("$[?(@.code=='220100')].name").value("长春市"));
	}

	private CurrentUser as(String username) {
		return Fixtures.user(users, username);
	}

	private static String json(String type, String region) {
		return "{\"creditCode\":\"" + Fixtures.newCreditCode() + "\",\"name\":\"福州软件人才培训中心\",\"type\":" + type
				+ ",\"regionCode\":\"" + region + "\",\"address\":\"福州市鼓楼区软件大道89号\",\"legalRepresentative\":\"陈一\""
				+ ",\"contactName\":\"林二\",\"contactPhone\":\"0591-88886666\",\"contactEmail\":\"a@b.cn\""
				+ ",\"username\":\"" + Fixtures.newUsername("api") + "\",\"password\":\"Kestrel83x\"}";
	}
}
