package cn.cebase.policy.web;

import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.user;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.jsonPath;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import cn.cebase.CeBaseTest;
import cn.cebase.Fixtures;

import org.hamcrest.Matchers;
import org.junit.jupiter.api.Test;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.security.core.userdetails.UserDetailsService;
import org.springframework.test.web.servlet.MockMvc;

/** Anyone signed in reads the rules with their articles; what a document leaves open is shown as open. */
@CeBaseTest
class PolicyPagesTests {

	@Autowired
	MockMvc mvc;

	@Autowired
	UserDetailsService users;

	@Test
	void anInstitutionReadsFujiansConditionsWithTheirArticles() throws Exception {
		mvc.perform(get("/policies/FJ").with(user(Fixtures.user(users, "inst.fj"))))
			.andExpect(status().isOk())
			.andExpect(content().string(Matchers.containsString("闽人社发〔2024〕5号 第七条（五）")))
			.andExpect(content().string(Matchers.containsString("年培训人数")))
			.andExpect(content().string(Matchers.matchesPattern("(?s).*不少于：\\s*1000.*")))
			.andExpect(content().string(Matchers.matchesPattern("(?s).*弄虚作假永不受理</dt><dd class=\"col-sm-9\">\\s*<span>是</span>.*")))
			.andExpect(content().string(Matchers.containsString("高等院校、")))
			.andExpect(content().string(Matchers.containsString("文件未规定")))
			.andExpect(content().string(Matchers.containsString("有效期六年")));
	}

	@Test
	void theProfileIsShownBySectionWithTheNewValuesAndTheirArticles() throws Exception {
		String html = mvc.perform(get("/policies/FJ").with(user(Fixtures.user(users, "inst.fj"))))
			.andExpect(status().isOk())
			.andReturn().getResponse().getContentAsString();
		org.assertj.core.api.Assertions.assertThat(html)
			.contains("id=\"part-application\"", "id=\"part-review\"", "id=\"part-operation\"", "id=\"part-supervision\"",
					"id=\"part-credit\"")
			.contains(">基地运行<", ">监督管理<", ">学时要求<")
			.contains("闽人社发〔2024〕5号 第七条（五）、第十九条", "认定的主管机关", "闽人社发〔2024〕5号 第二十九条")
			.contains("主管机关或其委托的单位", "课件及意识形态审核", "闽人社发〔2024〕5号 第二十条", "闽人社发〔2024〕5号 第二十一条")
			.contains("《专业技术人员继续教育规定》（人社部令第25号）第八条", "专业科目不少于总学时的 2/3", "办法未规定；适用人社部令第25号第八条");
		mvc.perform(get("/policies/ZB").with(user(Fixtures.user(users, "zb.authority"))))
			.andExpect(content().string(Matchers.containsString("推荐单位（区县人社部门或市直主管部门）")))
			.andExpect(content().string(Matchers.containsString("培训效果及后续跟踪")));
		// a call sets no checklist, and the page says so
		mvc.perform(get("/policies/JL").with(user(Fixtures.user(users, "jl.authority"))))
			.andExpect(content().string(Matchers.containsString("文件未列出考核内容。")));
	}

	@Test
	void shandongShowsItsQuotaSharesAndTracks() throws Exception {
		mvc.perform(get("/policies/SD").with(user(Fixtures.user(users, "sd.authority"))))
			.andExpect(status().isOk())
			.andExpect(content().string(Matchers.containsString("各设区市（州）人社局：限推荐 3 个")))
			.andExpect(content().string(Matchers.containsString("其中乡村振兴专项 2 个")))
			.andExpect(content().string(Matchers.containsString("不占名额")));
	}

	@Test
	void theListShowsAllFive() throws Exception {
		mvc.perform(get("/policies").with(user(Fixtures.user(users, "jl.authority"))))
			.andExpect(status().isOk())
			.andExpect(content().string(Matchers.containsString("淄人社发〔2025〕5号")))
			.andExpect(content().string(Matchers.containsString("人社厅函〔2016〕10号")));
	}

	@Test
	void theApiGivesTheWholeCitedProfile() throws Exception {
		mvc.perform(get("/api/v1/policy-profiles/NAT6").with(user(Fixtures.user(users, "nat.miit"))))
			.andExpect(status().isOk())
			.andExpect(jsonPath("$.review.subsidyCapYuan.value").value(5000000))
			.andExpect(jsonPath("$.review.subsidyCapYuan.source").value("人社厅函〔2016〕10号 三（四）"))
			.andExpect(jsonPath("$.review.quotas[0].total").value(1))
			.andExpect(jsonPath("$.credit.annualHours.value").value(90))
			.andExpect(jsonPath("$.credit.shares[0].value.numerator").value(2));
		mvc.perform(get("/api/v1/policy-profiles/ZB").with(user(Fixtures.user(users, "nat.miit"))))
			.andExpect(jsonPath("$.operation.managingUnit.value").value("RECOMMENDER"))
			.andExpect(jsonPath("$.operation.managingUnit.source").value("淄人社发〔2025〕5号 第五条"))
			.andExpect(jsonPath("$.supervision.assessmentItems.length()").value(6));
		mvc.perform(get("/v3/api-docs").with(user(Fixtures.user(users, "admin"))))
			.andExpect(jsonPath("$.components.schemas.PolicyProfile.properties.operation").exists())
			.andExpect(jsonPath("$.components.schemas.OperationRules.properties.minimumPlannedTrainees").exists())
			.andExpect(jsonPath("$.components.schemas.SupervisionRules.properties.assessmentItems").exists())
			.andExpect(jsonPath("$.components.schemas.CreditRules.properties.shares").exists());
		mvc.perform(get("/api/v1/policy-profiles/XX").with(user(Fixtures.user(users, "nat.miit"))))
			.andExpect(status().isNotFound())
			.andExpect(jsonPath("$.detail").value("记录不存在，或不在您的数据范围内。"));
		mvc.perform(get("/api/v1/policy-profiles")).andExpect(status().isUnauthorized());
		mvc.perform(get("/api/v1/eligibility-rules").with(user(Fixtures.user(users, "admin"))))
			.andExpect(jsonPath("$[?(@.name=='MINIMUM_ANNUAL_TRAINEES')].parameters[0]").value("minimum"));
	}
}
