package cn.cebase.recognition;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.user;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.put;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.jsonPath;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import java.math.BigDecimal;
import java.util.List;
import java.util.Map;

import cn.cebase.CeBaseTest;
import cn.cebase.Fixtures;
import cn.cebase.evaluation.ChairSummary;
import cn.cebase.evaluation.ExpertPool;
import cn.cebase.evaluation.Panel;
import cn.cebase.evaluation.Panels;
import cn.cebase.evaluation.Rubric;
import cn.cebase.evaluation.ScoreInput;
import cn.cebase.evaluation.ScoreSheetView;
import cn.cebase.evaluation.Scoring;
import cn.cebase.identity.CurrentUser;
import cn.cebase.shared.BusinessException;

import org.junit.jupiter.api.Test;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.http.MediaType;
import org.springframework.security.core.userdetails.UserDetailsService;
import org.springframework.test.web.servlet.MockMvc;

/**
 * The chair's summary is what the committee decides on (FJ 第八条(四), JL 三(四)): the chair may
 * rewrite it until the committee has decided on the application, then it stands as the record.
 */
@CeBaseTest
class ChairSummaryLockTests {

	@Autowired
	Committee committee;

	@Autowired
	DecisionManagement decisions;

	@Autowired
	Scoring scoring;

	@Autowired
	Panels panels;

	@Autowired
	ExpertPool experts;

	@Autowired
	MockMvc mvc;

	@Autowired
	UserDetailsService users;

	@Test
	void theChairsSummaryStandsOnceTheCommitteeHasDecided() throws Exception {
		var call = committee.inExpertReview("福建组长意见存档", 2);
		var scored = committee.scoredAndSummarised(call, 88, 75);
		long decidedOn = call.applications().get(0).id();
		long open = call.applications().get(1).id();
		CurrentUser chair = scored.chair();
		long panel = scored.panelId();
		String page = "/expert/panels/" + panel + "/declarations/{d}/summary";

		// rewritten freely before the decision
		assertThat(scoring.writeSummary(chair, panel, decidedOn, ChairSummary.Recommendation.RECOGNIZE, "修改后的意见"))
			.satisfies(s -> assertThat(s.text()).isEqualTo("修改后的意见"));
		assertThat(body(get(page, decidedOn).with(user(chair)))).doesNotContain("summary-decided");

		decisions.decide(Fixtures.user(users, "fj.authority"), call.callId(), decidedOn,
				CommitteeDecision.Outcome.RECOGNIZE, "条件突出。", "智能制造");
		assertThatThrownBy(() -> scoring.writeSummary(chair, panel, decidedOn, ChairSummary.Recommendation.NOT_RECOGNIZE,
				"决定之后再改"))
			.isInstanceOfSatisfying(BusinessException.class, ex -> {
				assertThat(ex.kind()).isEqualTo(BusinessException.Kind.CONFLICT);
				assertThat(ex.messageKey()).isEqualTo("panel.chairSummary.decided");
			});
		// the other application is not decided yet: still the chair's to change
		scoring.writeSummary(chair, panel, open, ChairSummary.Recommendation.INSPECT_FIRST, "建议考察后再定");

		// the page reads it without a form to change it; a post is refused and what stood stays
		String readOnly = body(get(page, decidedOn).with(user(chair)));
		assertThat(readOnly).contains("id=\"summary-decided\"").contains("id=\"summary-record\"").contains("修改后的意见")
			.doesNotContain("id=\"summary-form\"");
		String refused = body(post(page, decidedOn).with(user(chair)).with(csrf())
			.param("recommendation", "NOT_RECOGNIZE").param("text", "决定之后再改"));
		assertThat(refused).contains("专家评审委员会已对该申报作出决定").contains("修改后的意见").doesNotContain("决定之后再改");
		assertThat(body(get(page, open).with(user(chair)))).contains("id=\"summary-form\"");
		// the chair's desk offers to view the decided one and to change the other
		String desk = body(get("/expert/panels").with(user(chair)));
		assertThat(desk).containsPattern("id=\"summary-" + decidedOn + "\"[^>]*>查看<")
			.containsPattern("id=\"summary-" + open + "\"[^>]*>修改<");
		assertThat(scoring.summaries(Fixtures.user(users, "fj.authority"), call.callId()).get(decidedOn).text())
			.isEqualTo("修改后的意见");
		// the same through the API, as a conflict with its message
		mvc.perform(put("/api/v1/panels/{p}/declarations/{d}/summary", panel, decidedOn).with(user(chair)).with(csrf())
			.contentType(MediaType.APPLICATION_JSON)
			.content("{\"recommendation\":\"RECOGNIZE\",\"text\":\"再改一次\"}"))
			.andExpect(status().isConflict())
			.andExpect(jsonPath("$.code").value("panel.chairSummary.decided"));
		// the authority and others are refused as before, not told about the decision
		mvc.perform(put("/api/v1/panels/{p}/declarations/{d}/summary", panel, decidedOn)
			.with(user(Fixtures.user(users, "fj.authority"))).with(csrf())
			.contentType(MediaType.APPLICATION_JSON)
			.content("{\"recommendation\":\"RECOGNIZE\",\"text\":\"越权\"}"))
			.andExpect(status().isNotFound());
	}

	@Test
	void anUnsubmittedScoreSheetCannotChangeOnceTheCommitteeHasDecided() {
		var call = committee.inExpertReview("福建评分决定后", 1);
		CurrentUser fujian = Fixtures.user(users, "fj.authority");
		scoring.saveRubric(fujian, call.callId(), Rubric.Aggregation.MEAN, List.of(new Rubric.Criterion(1, "综合评价",
				new BigDecimal("100"), BigDecimal.ONE, false, "FJ 第二十条")));
		Panel panel = panels.ofCall(fujian, call.callId()).get(0);
		long expertId = panel.members().get(0).expertId();
		CurrentUser expert = Fixtures.user(users, experts.find(expertId).orElseThrow().username());
		long d = call.applications().get(0).id();
		panels.respond(expert, panel.id(), true, null);
		panels.declare(expert, panel.id(), d, false, null);
		scoring.save(expert, panel.id(), d, new ScoreInput(Map.of(1, new BigDecimal("70")), null, null, "初评"));

		decisions.decide(fujian, call.callId(), d, CommitteeDecision.Outcome.NOT_RECOGNIZE, "条件不足。", null);
		for (var attempt : List.<org.assertj.core.api.ThrowableAssert.ThrowingCallable>of(
				() -> scoring.save(expert, panel.id(), d, new ScoreInput(Map.of(1, new BigDecimal("95")), null, null, "改分")),
				() -> scoring.lock(expert, panel.id(), d))) {
			assertThatThrownBy(attempt).isInstanceOfSatisfying(BusinessException.class, ex -> {
				assertThat(ex.kind()).isEqualTo(BusinessException.Kind.CONFLICT);
				assertThat(ex.messageKey()).isEqualTo("score.decided");
			});
		}
		ScoreSheetView sheet = scoring.sheet(expert, panel.id(), d);
		assertThat(sheet.locked()).isFalse();
		assertThat(sheet.lines()).singleElement().satisfies(l -> assertThat(l.points()).isEqualByComparingTo("70"));
	}

	private String body(org.springframework.test.web.servlet.RequestBuilder request) throws Exception {
		return mvc.perform(request).andExpect(status().isOk()).andReturn().getResponse().getContentAsString();
	}
}
