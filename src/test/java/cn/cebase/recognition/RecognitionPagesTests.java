package cn.cebase.recognition;

import java.time.Duration;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.tuple;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.httpBasic;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.user;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.put;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.jsonPath;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.redirectedUrl;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import cn.cebase.shared.MovableClock;
import cn.cebase.CeBaseTest;
import cn.cebase.Fixtures;
import cn.cebase.Scenarios;
import cn.cebase.evaluation.CommitteeBrief;
import cn.cebase.evaluation.Inspection;
import cn.cebase.evaluation.Inspections;
import cn.cebase.evaluation.PanelRequest;
import cn.cebase.evaluation.Panels;
import cn.cebase.evaluation.Ranking;
import cn.cebase.evaluation.Scoring;
import cn.cebase.identity.CurrentUser;
import cn.cebase.shared.BusinessException;

import org.junit.jupiter.api.Test;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.http.MediaType;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.security.core.userdetails.UserDetailsService;
import org.springframework.test.web.servlet.MockMvc;

/** The decision board, the public publicity page with its objection form, and the API, with their refusals. */
@CeBaseTest
class RecognitionPagesTests {

	@Autowired
	MockMvc mvc;

	@Autowired
	Committee committee;

	@Autowired
	Scenarios scenarios;

	@Autowired
	UserDetailsService users;

	@Autowired
	JdbcClient jdbc;

	@Autowired
	MovableClock clock;

	@Autowired
	DecisionManagement decisions;

	@Autowired
	PublicityManagement publicities;

	@Autowired
	Scoring scoring;

	@Autowired
	Panels panels;

	@Autowired
	Inspections inspections;

	@Test
	void theAuthorityDecidesOnThePageAndARefusalKeepsWhatWasTyped() throws Exception {
		var call = committee.inExpertReview("福建决定页面", 1);
		long d = call.applications().get(0).id();
		CurrentUser fujian = Fixtures.user(users, "fj.authority");
		mvc.perform(get("/calls/{c}/decisions", call.callId()).with(user(fujian)))
			.andExpect(status().isOk())
			.andExpect(content().string(org.hamcrest.Matchers.containsString("decide-" + d)));
		String refused = mvc.perform(post("/calls/{c}/decisions/{d}", call.callId(), d).with(user(fujian)).with(csrf())
				.param("outcome", "RECOGNIZE").param("fields", "智能制造").param("reasons", ""))
			.andExpect(status().isOk())
			.andReturn().getResponse().getContentAsString();
		assertThat(refused).contains("请填写决定理由").contains("value=\"智能制造\"");
		mvc.perform(post("/calls/{c}/decisions/{d}", call.callId(), d).with(user(fujian)).with(csrf())
				.param("outcome", "RECOGNIZE").param("fields", "智能制造").param("reasons", "条件突出。"))
			.andExpect(redirectedUrl("/calls/" + call.callId() + "/decisions"));

		// the applicant, another province and a recommender may not see the board
		mvc.perform(get("/calls/{c}/decisions", call.callId()).with(user(call.applicants().get(0))))
			.andExpect(status().is4xxClientError());
		mvc.perform(get("/calls/{c}/decisions/{d}", call.callId(), d).with(user(Fixtures.user(users, "jl.authority"))))
			.andExpect(status().isNotFound());
		mvc.perform(post("/calls/{c}/decisions/{d}", call.callId(), d).with(user(Fixtures.user(users, "fj.fuzhou"))).with(csrf())
				.param("outcome", "NOT_RECOGNIZE").param("reasons", "越权"))
			.andExpect(status().isNotFound());

		// publicity with a typed number of days; the public page is open to anyone
		scenarios.closeNow(call.callId());
		String noDays = mvc.perform(post("/calls/{c}/publicity", call.callId()).with(user(fujian)).with(csrf()).param("days", ""))
			.andExpect(status().isOk())
			.andReturn().getResponse().getContentAsString();
		assertThat(noDays).contains("is-invalid");
		mvc.perform(post("/calls/{c}/publicity", call.callId()).with(user(fujian)).with(csrf()).param("days", "7"))
			.andExpect(redirectedUrl("/calls/" + call.callId() + "/decisions"));
		mvc.perform(get("/public/calls/{c}/publicity", call.callId()))
			.andExpect(status().isOk())
			.andExpect(content().string(org.hamcrest.Matchers.containsString("submit-objection")));

		// an objection with a bad contact is refused beside the field, and the text typed stays
		String badContact = mvc.perform(post("/public/calls/{c}/objections", call.callId()).with(csrf())
				.param("declarationId", String.valueOf(d)).param("name", "王五").param("contact", "没有")
				.param("text", "该单位的培训档案不完整，请核实。"))
			.andExpect(status().isOk())
			.andReturn().getResponse().getContentAsString();
		assertThat(badContact).contains("请填写有效的电话号码或电子邮箱").contains("该单位的培训档案不完整，请核实。");
		mvc.perform(post("/public/calls/{c}/objections", call.callId()).with(csrf())
				.param("declarationId", String.valueOf(d)).param("name", "王五").param("contact", "wang@example.com")
				.param("text", "该单位的培训档案不完整，请核实。"))
			.andExpect(redirectedUrl("/public/calls/" + call.callId() + "/publicity"));

		// handling without reasons: the refusal stands beside that objection
		long objection = jdbc.sql("select id from objection where declaration_id = ?").param(d).query(Long.class).single();
		String noReasons = mvc.perform(post("/calls/{c}/objections/{o}", call.callId(), objection).with(user(fujian))
				.with(csrf()).param("upheld", "false").param("handling", ""))
			.andExpect(status().isOk())
			.andReturn().getResponse().getContentAsString();
		assertThat(noReasons).contains("objection-" + objection).contains("is-invalid");
	}

	@Test
	void theApiDecidesAndThePublicApiRefusesALateObjectionWithAMessage() throws Exception {
		var call = committee.inExpertReview("福建认定接口", 1);
		long d = call.applications().get(0).id();
		mvc.perform(put("/api/v1/calls/{c}/decisions/{d}", call.callId(), d).with(httpBasic("fj.authority", "Cebase@2026"))
				.contentType(MediaType.APPLICATION_JSON)
				.content("{\"outcome\":\"RECOGNIZE\",\"reasons\":\"\",\"fields\":\"\"}"))
			.andExpect(status().isBadRequest());
		mvc.perform(put("/api/v1/calls/{c}/decisions/{d}", call.callId(), d).with(httpBasic("fj.authority", "Cebase@2026"))
				.contentType(MediaType.APPLICATION_JSON)
				.content("{\"outcome\":\"RECOGNIZE\",\"reasons\":\"条件突出。\",\"fields\":\"智能制造\"}"))
			.andExpect(status().isOk())
			.andExpect(jsonPath("$.fields[0]").value("智能制造"));
		mvc.perform(put("/api/v1/calls/{c}/decisions/{d}", call.callId(), d).with(httpBasic("jl.authority", "Cebase@2026"))
				.contentType(MediaType.APPLICATION_JSON)
				.content("{\"outcome\":\"NOT_RECOGNIZE\",\"reasons\":\"越权\"}"))
			.andExpect(status().isNotFound());
		scenarios.closeNow(call.callId());
		mvc.perform(post("/api/v1/calls/{c}/publicity", call.callId()).with(httpBasic("fj.authority", "Cebase@2026"))
				.contentType(MediaType.APPLICATION_JSON).content("{\"days\":0}"))
			.andExpect(status().isCreated());
		mvc.perform(get("/api/v1/public/calls/{c}/publicity", call.callId()))
			.andExpect(status().isOk())
			.andExpect(jsonPath("$.proposed[0].declarationId").value(d))
			.andExpect(jsonPath("$.proposed[0].fields[0]").value("智能制造"));
		mvc.perform(post("/api/v1/public/calls/{c}/objections", call.callId()).contentType(MediaType.APPLICATION_JSON)
				.content("{\"declarationId\":" + d + ",\"name\":\"王五\",\"contact\":\"13800138000\",\"text\":\"没有公示期的异议内容。\"}"))
			.andExpect(status().isConflict())
			.andExpect(jsonPath("$.detail").value(org.hamcrest.Matchers.containsString("不能提出异议")));
		mvc.perform(post("/api/v1/calls/{c}/recognition", call.callId()).with(httpBasic("fj.authority", "Cebase@2026"))
				.contentType(MediaType.APPLICATION_JSON).content("{}"))
			.andExpect(status().isCreated())
			.andExpect(jsonPath("$[0].number").value(org.hamcrest.Matchers.startsWith("闽继基〔")))
			.andExpect(jsonPath("$[0].verificationCode").doesNotExist());
		mvc.perform(get("/api/v1/public/calls/{c}/bases", call.callId()))
			.andExpect(status().isOk())
			.andExpect(jsonPath("$[0].declarationId").value(d));
		mvc.perform(get("/public/calls/{c}/bases", call.callId()))
			.andExpect(status().isOk())
			.andExpect(content().string(org.hamcrest.Matchers.containsString("published-bases")));
	}

	@Test
	void theBoardKeepsScoresRankAndTheChairsSummaryOncePublicityStarts() throws Exception {
		var call = committee.inExpertReview("福建公示后的评分", 2);
		committee.scoredAndSummarised(call, 92, 81);
		long callId = call.callId();
		long first = call.applications().get(0).id();
		long second = call.applications().get(1).id();
		CurrentUser fujian = Fixtures.user(users, "fj.authority");

		// before any visit the decision page offers to schedule one, not to open a record that is not there
		String undecided = page(get("/calls/{c}/decisions/{d}", callId, first).with(user(fujian)));
		assertThat(undecided).contains("安排实地考察").doesNotContain("查看考察记录");

		inspections.schedule(fujian, callId, second, java.time.LocalDate.now(), "专家组：张三、李四");
		inspections.record(fujian, callId, second, java.util.Arrays.stream(Inspection.Topic.values())
			.map(t -> new Inspection.Item(t, Inspection.Result.MEETS, null))
			.toList(), Inspection.Conclusion.PASS, "条件符合");
		decisions.decide(fujian, callId, first, CommitteeDecision.Outcome.RECOGNIZE, "条件突出。", "智能制造");
		decisions.decide(fujian, callId, second, CommitteeDecision.Outcome.NOT_RECOGNIZE, "培训规模不足。", null);
		scenarios.closeNow(callId);
		publicities.start(fujian, callId, 5);

		// the ranking and the brief still read both: the one in publicity and the one not recognised
		assertThat(scoring.ranking(fujian, callId)).extracting(Ranking::declarationId, Ranking::rank)
			.containsExactly(tuple(first, 1), tuple(second, 2));
		assertThat(scoring.brief(fujian, callId, first)).get().satisfies(b -> {
			assertThat(b.score()).isEqualByComparingTo("92");
			assertThat(b.chairSummary()).isEqualTo("组长汇总意见" + first);
		});
		assertThat(scoring.briefs(fujian, callId)).extracting(CommitteeBrief::declarationId).containsExactly(first, second);
		// for the call's own authority only, as before
		assertThatThrownBy(() -> scoring.ranking(Fixtures.user(users, "jl.authority"), callId))
			.isInstanceOfSatisfying(BusinessException.class, ex -> assertThat(ex.kind()).isEqualTo(BusinessException.Kind.NOT_FOUND));
		assertThatThrownBy(() -> scoring.brief(Fixtures.user(users, "fj.fuzhou"), callId, first))
			.isInstanceOf(BusinessException.class);
		// but they are no longer there to draw a panel for
		assertThatThrownBy(() -> panels.draw(fujian, callId, new PanelRequest(null, 1, 0, false, 5L)))
			.isInstanceOfSatisfying(BusinessException.class, ex -> assertThat(ex.messageKey()).isEqualTo("panel.noApplications"));

		String board = page(get("/calls/{c}/decisions", callId).with(user(fujian)));
		assertThat(row(board, "candidate-" + first)).contains(">92.00<").contains("<td>1</td>");
		assertThat(row(board, "candidate-" + second)).contains(">81.00<").contains("<td>2</td>");

		String decided = page(get("/calls/{c}/decisions/{d}", callId, first).with(user(fujian)));
		assertThat(decided).contains("id=\"brief-chair\"").contains("组长汇总意见" + first).contains("92.00")
			.contains("排名第 1").contains("已提交评分表：1 / 1");
		// no visit and no more scheduling: neither link, the text says there was none
		assertThat(decided).contains("未安排实地考察").doesNotContain("查看考察记录").doesNotContain("安排实地考察</a>")
			.doesNotContain("/calls/" + callId + "/inspections/" + first);
		String visited = page(get("/calls/{c}/decisions/{d}", callId, second).with(user(fujian)));
		assertThat(visited).contains("查看考察记录").contains("/calls/" + callId + "/inspections/" + second);
	}

	@Test
	void anyoneFindsTheCallsInPublicityAndACallsPageLeadsToItsPublicity() throws Exception {
		String title = "福建公示列表" + System.nanoTime() % 10000;
		var call = committee.inExpertReview(title, 1);
		long callId = call.callId();
		CurrentUser fujian = Fixtures.user(users, "fj.authority");
		String publicityPage = "/public/calls/" + callId + "/publicity";
		decisions.decide(fujian, callId, call.applications().get(0).id(), CommitteeDecision.Outcome.RECOGNIZE, "条件突出。",
				"智能制造");
		scenarios.closeNow(callId);
		assertThat(page(get("/public/publicity"))).doesNotContain(title);
		assertThat(page(get("/public/calls/{c}", callId))).doesNotContain(publicityPage);

		publicities.start(fujian, callId, 5);
		// no sign-in: the list names the call, its authority and the last day, and leads to the publicity
		String list = page(get("/public/publicity"));
		assertThat(list).contains(title).contains("福建省人力资源和社会保障厅")
			.contains(publicities.of(callId).orElseThrow().endsOn().toString()).contains("href=\"" + publicityPage + "\"");
		mvc.perform(get("/api/v1/public/publicity"))
			.andExpect(status().isOk())
			.andExpect(jsonPath("$[?(@.callId == " + callId + ")].title").value(title))
			.andExpect(jsonPath("$[?(@.callId == " + callId + ")].endsOn")
				.value(publicities.of(callId).orElseThrow().endsOn().toString()));
		assertThat(page(get("/public/calls/{c}", callId))).contains("href=\"" + publicityPage + "\"");
		// the public pages lead to the list
		assertThat(page(get("/public/calls"))).contains("href=\"/public/publicity\"");

		// once the period is over the call leaves the list, and its page still leads to the results
		clock.advance(Duration.ofDays(10));
		assertThat(page(get("/public/publicity"))).doesNotContain(title);
		mvc.perform(get("/api/v1/public/publicity"))
			.andExpect(jsonPath("$[?(@.callId == " + callId + ")]").isEmpty());
		assertThat(page(get("/public/calls/{c}", callId))).contains("href=\"" + publicityPage + "\"");
	}

	private String page(org.springframework.test.web.servlet.RequestBuilder request) throws Exception {
		return mvc.perform(request).andExpect(status().isOk()).andReturn().getResponse().getContentAsString();
	}

	/** The table row with the id, from its opening tag to its end. */
	private static String row(String html, String id) {
		int at = html.indexOf("id=\"" + id + "\"");
		assertThat(at).as("row " + id).isPositive();
		return html.substring(at, html.indexOf("</tr>", at));
	}
}
