package cn.cebase.review;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.user;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import java.io.ByteArrayInputStream;
import java.util.List;
import java.util.Map;

import cn.cebase.CeBaseTest;
import cn.cebase.Fixtures;
import cn.cebase.Scenarios;
import cn.cebase.declaration.Declaration;
import cn.idev.excel.FastExcel;

import org.junit.jupiter.api.Test;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.security.core.userdetails.UserDetailsService;
import org.springframework.test.web.servlet.MockMvc;

/** 申报汇总表 (SD 三(二)) for the recommender and for the authority, refused to everyone else. */
@CeBaseTest
class SummaryExportTests {

	@Autowired
	MockMvc mvc;

	@Autowired
	Scenarios scenarios;

	@Autowired
	ReviewManagement reviews;

	@Autowired
	UserDetailsService users;

	@Test
	void theRecommenderAndTheAuthorityDownloadTheSummaryInRankOrder() throws Exception {
		var open = scenarios.jilinCallOpenToANewSchoolIn("吉林汇总表", "220202");
		Declaration first = scenarios.submitted(open.school(), open.call().id(), null);
		var city = Fixtures.user(users, "jl.jilin");
		reviews.recommend(city, first.id(), ReviewRouteTests.LETTER, null, null);

		for (String who : List.of("jl.jilin", "jl.authority")) {
			byte[] xlsx = mvc.perform(get("/reviews/calls/{id}/summary.xlsx", open.call().id())
				.with(user(Fixtures.user(users, who))))
				.andExpect(status().isOk())
				.andReturn().getResponse().getContentAsByteArray();
			List<Map<Integer, String>> rows = FastExcel.read(new ByteArrayInputStream(xlsx)).headRowNumber(0).sheet()
				.doReadSync();
			assertThat(rows.get(0)).containsValues("推荐排序", "推荐单位", "申报单位名称", "统一社会信用代码", "近三年年培训人次");
			assertThat(rows).hasSize(2);
			assertThat(rows.get(1)).containsValues("1", "吉林市人力资源和社会保障局", open.registration().name(),
					"1200 / 1300 / 1400", "已推荐");
		}
		mvc.perform(get("/reviews/calls/{id}/summary.xlsx", open.call().id()).with(user(open.school())))
			.andExpect(status().isForbidden());
	}
}
