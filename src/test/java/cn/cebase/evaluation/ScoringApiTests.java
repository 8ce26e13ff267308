package cn.cebase.evaluation;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.hasItem;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.httpBasic;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.user;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.multipart;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.put;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.jsonPath;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import java.util.ArrayList;
import java.util.List;

import cn.cebase.CeBaseTest;
import cn.cebase.Fixtures;
import cn.cebase.Scenarios;
import cn.cebase.declaration.Declaration;
import cn.cebase.identity.CurrentUser;
import cn.cebase.review.RecommendationLetter;
import cn.cebase.review.ReviewManagement;
import cn.cebase.shared.BusinessException;

import org.junit.jupiter.api.Test;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.http.MediaType;
import org.springframework.mock.web.MockMultipartFile;
import org.springframework.security.core.userdetails.UserDetailsService;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.request.RequestPostProcessor;

/**
 * Scoring, the chair's summary and the inspection through the API, signed in with HTTP Basic as a
 * program would: the same rules and refusals as the pages, as problem details.
 */
@CeBaseTest
class ScoringApiTests {

	@Autowired
	MockMvc mvc;

	@Autowired
	Scenarios scenarios;

	@Autowired
	ReviewManagement reviews;

	@Autowired
	UserDetailsService users;

	@Autowired
	ExpertPool experts;

	@Autowired
	Panels panels;

	@Autowired
	Scoring scoring;

	static final String RUBRIC = "{\"aggregation\":\"MEAN\",\"criteria\":["
			+ "{\"name\":\"师资队伍\",\"maxPoints\":40,\"weight\":1,\"source\":\"FJ 第二十条\"},"
			+ "{\"name\":\"设施配套\",\"maxPoints\":30,\"weight\":1},"
			+ "{\"name\":\"信用情况\",\"maxPoints\":30,\"weight\":1,\"veto\":true}]}";

	static final RequestPostProcessor FUJIAN = httpBasic("fj.authority", Fixtures.PASSWORD);

	/** An expert of the pool with the temporary password it was given. */
	record Judge(Expert expert, String password) {

		RequestPostProcessor basic() {
			return httpBasic(expert.username(), password);
		}
	}

	record Setting(long callId, Declaration declaration, Panel panel, List<Judge> judges) {
	}

	@Test
	void anExpertScoresThroughTheApi() throws Exception {
		Setting s = panelReadyToScore("福建评分API");
		long p = s.panel().id();
		long d = s.declaration().id();
		Judge judge = s.judges().get(0);

		mvc.perform(get("/api/v1/expert/panels").with(judge.basic()))
			.andExpect(status().isOk())
			.andExpect(jsonPath("$[*].id").value(hasItem((int) p)));
		mvc.perform(get("/api/v1/panels/{p}/declarations/{d}/score", p, d).with(judge.basic()))
			.andExpect(status().isOk())
			.andExpect(jsonPath("$.rubric.criteria.length()").value(3))
			.andExpect(jsonPath("$.maxTotal").value(100))
			.andExpect(jsonPath("$.sheet.lines.length()").value(0))
			.andExpect(jsonPath("$.total").doesNotExist());

		// above the maximum: refused, and the criterion named
		mvc.perform(put("/api/v1/panels/{p}/declarations/{d}/score", p, d).with(judge.basic())
			.contentType(MediaType.APPLICATION_JSON)
			.content("{\"points\":{\"1\":41,\"2\":20,\"3\":20}}"))
			.andExpect(status().isBadRequest())
			.andExpect(jsonPath("$.errors[0].field").value("points[1]"))
			.andExpect(jsonPath("$.errors[0].code").value("score.aboveMaximum"))
			.andExpect(jsonPath("$.errors[0].message").value(containsString("师资队伍")));
		mvc.perform(put("/api/v1/panels/{p}/declarations/{d}/score", p, d).with(judge.basic())
			.contentType(MediaType.APPLICATION_JSON)
			.content("{\"points\":{\"1\":35,\"2\":20,\"3\":20},\"comments\":{\"1\":\"师资较强\"},\"comment\":\"总体较好\"}"))
			.andExpect(status().isOk())
			.andExpect(jsonPath("$.total").value(75))
			.andExpect(jsonPath("$.sheet.comment").value("总体较好"))
			.andExpect(jsonPath("$.sheet.lockedAt").doesNotExist());
		mvc.perform(post("/api/v1/panels/{p}/declarations/{d}/score/lock", p, d).with(judge.basic()))
			.andExpect(status().isOk())
			.andExpect(jsonPath("$.sheet.lockedAt").exists());
		mvc.perform(put("/api/v1/panels/{p}/declarations/{d}/score", p, d).with(judge.basic())
			.contentType(MediaType.APPLICATION_JSON)
			.content("{\"points\":{\"1\":40,\"2\":30,\"3\":30}}"))
			.andExpect(status().isConflict())
			.andExpect(jsonPath("$.code").value("score.locked"));
		mvc.perform(post("/api/v1/panels/{p}/declarations/{d}/score/lock", p, d).with(judge.basic()))
			.andExpect(status().isConflict());

		// an application of the call that was never given to this expert, and people who are no expert
		Declaration other = acceptedIn(s.callId());
		mvc.perform(get("/api/v1/panels/{p}/declarations/{d}/score", p, other.id()).with(judge.basic()))
			.andExpect(status().isForbidden())
			.andExpect(jsonPath("$.code").value("score.notAssigned"));
		mvc.perform(put("/api/v1/panels/{p}/declarations/{d}/score", p, other.id()).with(judge.basic())
			.contentType(MediaType.APPLICATION_JSON)
			.content("{\"points\":{\"1\":1}}"))
			.andExpect(status().isForbidden());
		mvc.perform(get("/api/v1/panels/{p}/declarations/{d}/score", p, d).with(FUJIAN))
			.andExpect(status().isForbidden());
		mvc.perform(get("/api/v1/panels/{p}/declarations/{d}/score", p, d)).andExpect(status().isUnauthorized());
		mvc.perform(get("/api/v1/panels/{p}/declarations/{d}/score", p, d)
			.with(httpBasic(judge.expert().username(), "wrong-password"))).andExpect(status().isUnauthorized());

		// the authority's view of the same through the API; another authority sees nothing
		mvc.perform(get("/api/v1/calls/{c}/ranking", s.callId()).with(FUJIAN))
			.andExpect(status().isOk())
			.andExpect(jsonPath("$[?(@.declarationId == " + d + ")].locked").value(hasItem(1)))
			.andExpect(jsonPath("$[?(@.declarationId == " + d + ")].score").value(hasItem(75.0)));
		mvc.perform(get("/api/v1/calls/{c}/ranking", s.callId()).with(httpBasic("sd.authority", Fixtures.PASSWORD)))
			.andExpect(status().isNotFound());
		mvc.perform(get("/api/v1/calls/{c}/rubric", s.callId()).with(FUJIAN))
			.andExpect(status().isOk())
			.andExpect(jsonPath("$.saved").value(true))
			.andExpect(jsonPath("$.rubric.criteria[2].veto").value(true));
		// scoring has started: the rubric stays as it is
		mvc.perform(put("/api/v1/calls/{c}/rubric", s.callId()).with(FUJIAN)
			.contentType(MediaType.APPLICATION_JSON)
			.content(RUBRIC))
			.andExpect(status().isConflict())
			.andExpect(jsonPath("$.code").value("rubric.scoringStarted"));
	}

	@Test
	void theChairSummarisesOnceEverySheetIsLockedAndTheAuthorityReadsTheBrief() throws Exception {
		Setting s = panelReadyToScore("福建组长汇总API");
		long p = s.panel().id();
		long d = s.declaration().id();
		Judge chair = s.judges().get(1);
		Judge member = s.judges().get(0);

		// the chair is one of the accepted members, designated by the call's authority alone
		mvc.perform(post("/api/v1/panels/{p}/chair", p).with(FUJIAN)
			.contentType(MediaType.APPLICATION_JSON)
			.content("{}"))
			.andExpect(status().isBadRequest())
			.andExpect(jsonPath("$.errors[0].field").value("expertId"));
		long declined = s.panel().members().stream().filter(m -> m.status() == Panel.Status.DECLINED).findFirst()
			.map(Panel.Member::expertId).orElse(999_999_999L);
		mvc.perform(post("/api/v1/panels/{p}/chair", p).with(FUJIAN)
			.contentType(MediaType.APPLICATION_JSON)
			.content("{\"expertId\":" + declined + "}"))
			.andExpect(status().isBadRequest())
			.andExpect(jsonPath("$.errors[0].code").value("panel.chair.notAccepted"));
		mvc.perform(post("/api/v1/panels/{p}/chair", p).with(httpBasic("sd.authority", Fixtures.PASSWORD))
			.contentType(MediaType.APPLICATION_JSON)
			.content("{\"expertId\":" + chair.expert().id() + "}"))
			.andExpect(status().isNotFound());
		mvc.perform(post("/api/v1/panels/{p}/chair", p).with(chair.basic())
			.contentType(MediaType.APPLICATION_JSON)
			.content("{\"expertId\":" + chair.expert().id() + "}"))
			.andExpect(status().isNotFound());
		mvc.perform(post("/api/v1/panels/{p}/chair", p).with(FUJIAN)
			.contentType(MediaType.APPLICATION_JSON)
			.content("{\"expertId\":" + chair.expert().id() + "}"))
			.andExpect(status().isOk())
			.andExpect(jsonPath("$.chairId").value(chair.expert().id()));

		String summary = "{\"recommendation\":\"RECOGNIZE\",\"text\":\"师资力量较强，平台功能完备，建议认定。\"}";
		// one sheet locked of three: too early, and the message says how many remain
		score(s, 0, 35, 20, 20);
		mvc.perform(put("/api/v1/panels/{p}/declarations/{d}/summary", p, d).with(chair.basic())
			.contentType(MediaType.APPLICATION_JSON)
			.content(summary))
			.andExpect(status().isConflict())
			.andExpect(jsonPath("$.code").value("panel.chairSummary.sheetsOpen"))
			.andExpect(jsonPath("$.detail").value(containsString("尚有 2 份评分表未提交")));
		mvc.perform(get("/api/v1/panels/{p}/declarations/{d}/summary", p, d).with(chair.basic()))
			.andExpect(status().isOk())
			.andExpect(jsonPath("$.progress.sheetsLocked").value(1))
			.andExpect(jsonPath("$.progress.sheetsExpected").value(3))
			.andExpect(jsonPath("$.summary").doesNotExist());
		score(s, 1, 40, 30, 30);
		score(s, 2, 20, 10, 10);

		// only the chair writes: another member is refused, an expert of no concern finds nothing
		mvc.perform(put("/api/v1/panels/{p}/declarations/{d}/summary", p, d).with(member.basic())
			.contentType(MediaType.APPLICATION_JSON)
			.content(summary))
			.andExpect(status().isForbidden())
			.andExpect(jsonPath("$.code").value("panel.chairSummary.chairOnly"));
		mvc.perform(get("/api/v1/panels/{p}/declarations/{d}/summary", p, d).with(member.basic()))
			.andExpect(status().isForbidden());
		Judge outsider = judge("福建局外专家");
		mvc.perform(put("/api/v1/panels/{p}/declarations/{d}/summary", p, d).with(outsider.basic())
			.contentType(MediaType.APPLICATION_JSON)
			.content(summary))
			.andExpect(status().isNotFound());
		mvc.perform(put("/api/v1/panels/{p}/declarations/{d}/summary", p, d).with(FUJIAN)
			.contentType(MediaType.APPLICATION_JSON)
			.content(summary))
			.andExpect(status().isNotFound());
		// an application the panel does not review
		Declaration other = acceptedIn(s.callId());
		mvc.perform(put("/api/v1/panels/{p}/declarations/{d}/summary", p, other.id()).with(chair.basic())
			.contentType(MediaType.APPLICATION_JSON)
			.content(summary))
			.andExpect(status().isNotFound());

		mvc.perform(put("/api/v1/panels/{p}/declarations/{d}/summary", p, d).with(chair.basic())
			.contentType(MediaType.APPLICATION_JSON)
			.content("{\"text\":\"   \"}"))
			.andExpect(status().isBadRequest())
			.andExpect(jsonPath("$.errors[*].field").value(org.hamcrest.Matchers.containsInAnyOrder("recommendation", "text")));
		mvc.perform(put("/api/v1/panels/{p}/declarations/{d}/summary", p, d).with(chair.basic())
			.contentType(MediaType.APPLICATION_JSON)
			.content("{\"recommendation\":\"RECOGNIZE\",\"text\":\"" + "长".repeat(2001) + "\"}"))
			.andExpect(status().isBadRequest())
			.andExpect(jsonPath("$.errors[0].code").value("validation.tooLong"));
		mvc.perform(put("/api/v1/panels/{p}/declarations/{d}/summary", p, d).with(chair.basic())
			.contentType(MediaType.APPLICATION_JSON)
			.content("{\"recommendation\":\"INSPECT_FIRST\",\"text\":\"初稿\"}"))
			.andExpect(status().isOk());
		mvc.perform(put("/api/v1/panels/{p}/declarations/{d}/summary", p, d).with(chair.basic())
			.contentType(MediaType.APPLICATION_JSON)
			.content(summary))
			.andExpect(status().isOk())
			.andExpect(jsonPath("$.recommendation").value("RECOGNIZE"))
			.andExpect(jsonPath("$.chairName").value(chair.expert().name()));
		mvc.perform(get("/api/v1/panels/{p}/declarations/{d}/summary", p, d).with(chair.basic()))
			.andExpect(status().isOk())
			.andExpect(jsonPath("$.sheets.length()").value(3))
			.andExpect(jsonPath("$.combined").value(71.67))
			.andExpect(jsonPath("$.summary.text").value("师资力量较强，平台功能完备，建议认定。"));

		// the inspection through the API
		String base = "/api/v1/calls/" + s.callId() + "/inspections/" + d;
		mvc.perform(get(base).with(FUJIAN)).andExpect(status().isNotFound());
		mvc.perform(post(base + "/record").with(FUJIAN).contentType(MediaType.APPLICATION_JSON).content("{}"))
			.andExpect(status().isConflict())
			.andExpect(jsonPath("$.code").value("inspection.notScheduled"));
		mvc.perform(post(base + "/schedule").with(FUJIAN).contentType(MediaType.APPLICATION_JSON).content("{\"team\":\" \"}"))
			.andExpect(status().isBadRequest())
			.andExpect(jsonPath("$.errors[*].field").value(org.hamcrest.Matchers.containsInAnyOrder("scheduledOn", "team")));
		mvc.perform(post(base + "/schedule").with(httpBasic("sd.authority", Fixtures.PASSWORD))
			.contentType(MediaType.APPLICATION_JSON)
			.content("{\"scheduledOn\":\"2026-12-03\",\"team\":\"王明\"}"))
			.andExpect(status().isNotFound());
		mvc.perform(post(base + "/schedule").with(FUJIAN).contentType(MediaType.APPLICATION_JSON)
			.content("{\"scheduledOn\":\"2026-12-03\",\"team\":\"王明、李华\"}"))
			.andExpect(status().isOk())
			.andExpect(jsonPath("$.scheduledOn").value("2026-12-03"));
		mvc.perform(multipart(base + "/photos").file(new MockMultipartFile("file", "a.pdf", "application/pdf",
				"%PDF-1.4 not a photo".getBytes())).param("caption", "教室").with(FUJIAN))
			.andExpect(status().isBadRequest());
		mvc.perform(multipart(base + "/photos").file(new MockMultipartFile("file", "room.png", "image/png",
				InspectionTestsSupport.png())).param("caption", "多媒体教室").with(FUJIAN))
			.andExpect(status().isOk())
			.andExpect(jsonPath("$.photos[0].caption").value("多媒体教室"));
		mvc.perform(post(base + "/record").with(FUJIAN).contentType(MediaType.APPLICATION_JSON)
			.content("{\"items\":[{\"topic\":\"FACILITIES\",\"result\":\"MEETS\"}],\"conclusion\":\"PASS\"}"))
			.andExpect(status().isBadRequest())
			.andExpect(jsonPath("$.errors[*].field").value(hasItem("results[TEACHERS]")))
			.andExpect(jsonPath("$.errors[*].field").value(hasItem("conclusionText")));
		mvc.perform(post(base + "/record").with(FUJIAN).contentType(MediaType.APPLICATION_JSON)
			.content("{\"items\":[{\"topic\":\"FACILITIES\",\"result\":\"MEETS\",\"finding\":\"教室12间\"},"
					+ "{\"topic\":\"TEACHERS\",\"result\":\"MEETS\"},{\"topic\":\"MANAGEMENT_RECORDS\",\"result\":\"PARTLY\"},"
					+ "{\"topic\":\"DISTANCE_LEARNING_PLATFORM\",\"result\":\"MEETS\"}],"
					+ "\"conclusion\":\"PASS\",\"conclusionText\":\"基本符合条件。\"}"))
			.andExpect(status().isOk())
			.andExpect(jsonPath("$.conclusion").value("PASS"));
		mvc.perform(get(base).with(FUJIAN)).andExpect(status().isOk()).andExpect(jsonPath("$.items.length()").value(4));
		// a member of the panel may read it; another authority may not
		mvc.perform(get(base).with(member.basic())).andExpect(status().isOk());
		mvc.perform(get(base).with(httpBasic("sd.authority", Fixtures.PASSWORD))).andExpect(status().isNotFound());

		// what the committee reads: for the call's authority only
		mvc.perform(get("/api/v1/calls/{c}/declarations/{d}/brief", s.callId(), d).with(FUJIAN))
			.andExpect(status().isOk())
			.andExpect(jsonPath("$.institutionName").value(s.declaration() == null ? "" : institutionOf(s)))
			.andExpect(jsonPath("$.score").value(71.67))
			.andExpect(jsonPath("$.rank").value(1))
			.andExpect(jsonPath("$.track").value("REGULAR"))
			.andExpect(jsonPath("$.vetoed").value(false))
			.andExpect(jsonPath("$.chairRecommendation").value("RECOGNIZE"))
			.andExpect(jsonPath("$.chairSummary").value("师资力量较强，平台功能完备，建议认定。"))
			.andExpect(jsonPath("$.inspectionConclusion").value("PASS"))
			.andExpect(jsonPath("$.inspectionText").value("基本符合条件。"));
		mvc.perform(get("/api/v1/calls/{c}/declarations/{d}/brief", s.callId(), d)
			.with(httpBasic("sd.authority", Fixtures.PASSWORD))).andExpect(status().isNotFound());
		mvc.perform(get("/api/v1/calls/{c}/declarations/{d}/brief", s.callId(), d).with(chair.basic()))
			.andExpect(status().isNotFound());
		mvc.perform(get("/api/v1/calls/{c}/briefs", s.callId()).with(FUJIAN))
			.andExpect(status().isOk())
			.andExpect(jsonPath("$.length()").value(2));

		// the same through the service the committee's page calls
		CurrentUser fujian = Fixtures.user(users, "fj.authority");
		CommitteeBrief brief = scoring.brief(fujian, s.callId(), d).orElseThrow();
		assertThat(brief.chairRecommendation()).isEqualTo("RECOGNIZE");
		assertThat(brief.score()).isEqualByComparingTo("71.67");
		assertThat(scoring.brief(fujian, s.callId(), other.id())).get()
			.satisfies(b -> {
				assertThat(b.rank()).isNull();
				assertThat(b.chairSummary()).isNull();
				assertThat(b.inspectionConclusion()).isNull();
			});
		assertThat(scoring.brief(fujian, s.callId(), 999_999_999L)).isEmpty();
		assertThatThrownBy(() -> scoring.brief(Fixtures.user(users, "sd.authority"), s.callId(), d))
			.isInstanceOfSatisfying(BusinessException.class, ex -> assertThat(ex.kind()).isEqualTo(BusinessException.Kind.NOT_FOUND));

		// the pages: the ranking shows the summary to the authority; the chair's page is the chair's alone
		mvc.perform(get("/calls/{c}/ranking", s.callId()).with(user(fujian)))
			.andExpect(status().isOk())
			.andExpect(content().string(containsString("师资力量较强，平台功能完备，建议认定。")))
			.andExpect(content().string(containsString("建议认定")));
		CurrentUser chairUser = Fixtures.user(users, chair.expert().username());
		mvc.perform(get("/expert/panels/{p}/declarations/{d}/summary", p, d).with(user(chairUser)))
			.andExpect(status().isOk())
			.andExpect(content().string(containsString("师资力量较强")));
		mvc.perform(get("/expert/panels").with(user(chairUser)))
			.andExpect(status().isOk())
			.andExpect(content().string(containsString("chair-desk-" + p)));
		mvc.perform(get("/expert/panels/{p}/declarations/{d}/summary", p, d)
			.with(user(Fixtures.user(users, member.expert().username()))))
			.andExpect(status().isForbidden());
		mvc.perform(post("/expert/panels/{p}/declarations/{d}/summary", p, d).with(user(chairUser)).with(csrf())
			.param("text", "改过的意见"))
			.andExpect(status().isOk())
			.andExpect(content().string(containsString("改过的意见")))
			.andExpect(content().string(containsString("is-invalid")));
	}

	@Test
	void theChairWaitsForMembersYetToAnswerAndStandsAsideWhereItDeclaredAConflict() {
		CurrentUser fujian = Fixtures.user(users, "fj.authority");
		var open = scenarios.fujianCallOpenToANewSchool("福建组长回避");
		long callId = open.call().id();
		Declaration d = scenarios.submitted(open.school(), callId, scenarios.organization("hrss-350100"));
		recommendAndAccept(d);
		scoring.saveRubric(fujian, callId, Rubric.Aggregation.MEAN,
				List.of(new Rubric.Criterion(1, "师资队伍", new java.math.BigDecimal("10"), java.math.BigDecimal.ONE, false, null)));
		List<Judge> judges = List.of(judge("福建组长甲"), judge("福建组长乙"));
		Panel panel = drawWithOnly(fujian, callId, judges);
		CurrentUser first = Fixtures.user(users, judges.get(0).expert().username());
		CurrentUser second = Fixtures.user(users, judges.get(1).expert().username());
		panels.respond(first, panel.id(), true, null);
		// not accepted yet: no chair
		assertThatThrownBy(() -> panels.designateChair(fujian, panel.id(), judges.get(1).expert().id()))
			.isInstanceOfSatisfying(BusinessException.class, ex -> assertThat(ex.messageKey()).isEqualTo("panel.chair.notAccepted"));
		panels.designateChair(fujian, panel.id(), judges.get(0).expert().id());
		panels.declare(first, panel.id(), d.id(), true, "曾为该单位授课");
		// the second has not even answered: its sheet is still owed
		assertThat(scoring.chairProgress(first, panel.id())).satisfies(pr -> {
			assertThat(pr.sheetsExpected()).isEqualTo(1);
			assertThat(pr.ready()).isFalse();
		});
		panels.respond(second, panel.id(), true, null);
		panels.declare(second, panel.id(), d.id(), false, null);
		scoring.save(second, panel.id(), d.id(), new ScoreInput(java.util.Map.of(1, java.math.BigDecimal.TEN), null, null, null));
		scoring.lock(second, panel.id(), d.id());
		assertThat(scoring.chairProgress(first, panel.id()).ready()).isTrue();
		assertThatThrownBy(() -> scoring.writeSummary(first, panel.id(), d.id(), ChairSummary.Recommendation.RECOGNIZE, "意见"))
			.isInstanceOfSatisfying(BusinessException.class,
					ex -> assertThat(ex.messageKey()).isEqualTo("panel.chairSummary.chairAvoids"));
		// the authority hands the chair to the other member, who may write
		panels.designateChair(fujian, panel.id(), judges.get(1).expert().id());
		assertThatThrownBy(() -> scoring.chairProgress(first, panel.id()))
			.isInstanceOfSatisfying(BusinessException.class, ex -> assertThat(ex.kind()).isEqualTo(BusinessException.Kind.FORBIDDEN));
		assertThat(scoring.writeSummary(second, panel.id(), d.id(), ChairSummary.Recommendation.NOT_RECOGNIZE, " 不符合 "))
			.satisfies(w -> assertThat(w.text()).isEqualTo("不符合"));
		assertThat(scoring.summaries(fujian, callId)).containsKey(d.id());
	}

	/** An accepted FJ application, its rubric set through the API, and three experts who accepted and declared no conflict. */
	Setting panelReadyToScore(String title) throws Exception {
		CurrentUser fujian = Fixtures.user(users, "fj.authority");
		var open = scenarios.fujianCallOpenToANewSchool(title);
		long callId = open.call().id();
		Declaration d = scenarios.submitted(open.school(), callId, scenarios.organization("hrss-350100"));
		recommendAndAccept(d);
		mvc.perform(put("/api/v1/calls/{c}/rubric", callId).with(FUJIAN)
			.contentType(MediaType.APPLICATION_JSON)
			.content("{\"aggregation\":\"MEAN\",\"criteria\":[{\"name\":\"师资\",\"maxPoints\":0,\"weight\":1},{\"name\":\"师资\",\"maxPoints\":10,\"weight\":1}]}"))
			.andExpect(status().isBadRequest())
			.andExpect(jsonPath("$.errors[*].field").value(org.hamcrest.Matchers.containsInAnyOrder("criteria[0].maxPoints",
					"criteria[1].name")));
		mvc.perform(put("/api/v1/calls/{c}/rubric", callId).with(httpBasic("sd.authority", Fixtures.PASSWORD))
			.contentType(MediaType.APPLICATION_JSON)
			.content(RUBRIC))
			.andExpect(status().isNotFound());
		mvc.perform(put("/api/v1/calls/{c}/rubric", callId).with(FUJIAN)
			.contentType(MediaType.APPLICATION_JSON)
			.content(RUBRIC))
			.andExpect(status().isOk())
			.andExpect(jsonPath("$.saved").value(true))
			.andExpect(jsonPath("$.maxTotal").value(100));
		List<Judge> judges = new ArrayList<>();
		for (int i = 0; i < 3; i++) {
			judges.add(judge("福建评分专家" + i));
		}
		Panel panel = drawWithOnly(fujian, callId, judges);
		for (Judge judge : judges) {
			mvc.perform(post("/api/v1/panels/{p}/response", panel.id()).with(judge.basic())
				.contentType(MediaType.APPLICATION_JSON)
				.content("{\"accept\":true}")).andExpect(status().isOk());
			mvc.perform(post("/api/v1/panels/{p}/declarations/{d}/conflict", panel.id(), d.id()).with(judge.basic())
				.contentType(MediaType.APPLICATION_JSON)
				.content("{\"conflict\":false}")).andExpect(status().isOk());
		}
		return new Setting(callId, d, panels.get(fujian, panel.id()), judges);
	}

	/** Draws every eligible expert of FJ's pool and has all but {@code judges} decline, so that the panel is theirs. */
	Panel drawWithOnly(CurrentUser authority, long callId, List<Judge> judges) {
		int eligible;
		try {
			panels.draw(authority, callId, new PanelRequest(null, Panels.MAX_SIZE, 0, false, 7L));
			throw new AssertionError("FJ's pool was expected to hold fewer than " + Panels.MAX_SIZE + " eligible experts");
		}
		catch (BusinessException ex) {
			assertThat(ex.messageKey()).isEqualTo("panel.notEnoughExperts");
			eligible = ((Number) ex.args()[1]).intValue();
		}
		Panel panel = panels.draw(authority, callId, new PanelRequest(null, eligible, 0, false, 7L));
		List<Long> mine = judges.stream().map(j -> j.expert().id()).toList();
		assertThat(panel.members()).extracting(Panel.Member::expertId).containsAll(mine);
		for (Panel.Member m : panel.members()) {
			if (!mine.contains(m.expertId())) {
				panels.respond(Fixtures.user(users, experts.find(m.expertId()).orElseThrow().username()), panel.id(), false,
						"时间冲突");
			}
		}
		return panels.get(authority, panel.id());
	}

	Judge judge(String name) {
		String phone = "137" + String.format("%08d", System.nanoTime() % 100_000_000L);
		ExpertPool.Added added = experts.add(Fixtures.user(users, "fj.authority"), new ExpertDetails(name, "福州大学", null,
				"350102", "高等学校教师", TitleLevel.SENIOR, List.of("继续教育"), phone, null, null));
		return new Judge(added.expert(), scenarios.expertChoosesAPassword(added));
	}

	void score(Setting s, int judge, int a, int b, int c) throws Exception {
		Judge j = s.judges().get(judge);
		mvc.perform(put("/api/v1/panels/{p}/declarations/{d}/score", s.panel().id(), s.declaration().id()).with(j.basic())
			.contentType(MediaType.APPLICATION_JSON)
			.content("{\"points\":{\"1\":" + a + ",\"2\":" + b + ",\"3\":" + c + "}}"))
			.andExpect(status().isOk());
		mvc.perform(post("/api/v1/panels/{p}/declarations/{d}/score/lock", s.panel().id(), s.declaration().id())
			.with(j.basic())).andExpect(status().isOk());
	}

	Declaration acceptedIn(long callId) {
		Declaration other = scenarios.submitted(scenarios.anotherSchoolInFuzhou(), callId, scenarios.organization("hrss-350100"));
		recommendAndAccept(other);
		return other;
	}

	void recommendAndAccept(Declaration d) {
		reviews.recommend(Fixtures.user(users, "fj.fuzhou"), d.id(),
				new RecommendationLetter(true, null, "属地管理", "理由", "黄蓉", "0591-87654321"), null, null);
		reviews.accept(Fixtures.user(users, "fj.authority"), d.id(), null, null);
	}

	String institutionOf(Setting s) {
		return scoring.ranking(Fixtures.user(users, "fj.authority"), s.callId()).stream()
			.filter(r -> r.declarationId() == s.declaration().id())
			.findFirst()
			.orElseThrow()
			.institutionName();
	}
}
