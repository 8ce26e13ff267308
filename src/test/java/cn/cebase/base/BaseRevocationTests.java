package cn.cebase.base;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.user;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.multipart;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.header;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.jsonPath;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.temporal.ChronoUnit;
import java.util.List;

import cn.cebase.CeBaseTest;
import cn.cebase.Fixtures;
import cn.cebase.shared.MovableClock;
import cn.cebase.Scenarios;
import cn.cebase.call.Call;
import cn.cebase.call.CallDetails;
import cn.cebase.call.CallManagement;
import cn.cebase.call.SelfCheckInput;
import cn.cebase.identity.CurrentUser;
import cn.cebase.institution.InstitutionManagement;
import cn.cebase.policy.EligibilityReport;
import cn.cebase.policy.Outcome;
import cn.cebase.policy.ProfileLevel;
import cn.cebase.policy.RuleResult;
import cn.cebase.policy.TrackKind;
import cn.cebase.shared.BusinessException;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.http.MediaType;
import org.springframework.mock.web.MockMultipartFile;
import org.springframework.security.core.userdetails.UserDetailsService;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.request.RequestPostProcessor;

/**
 * Revocation and cancellation as the recognising authority's acts (FJ 第二十三条, ZB 第二十三条、第二十四条),
 * and what follows: the public sees the base as revoked with its history, and the holder is not
 * accepted again for three years (闽人社发〔2024〕5号 第二十四条).
 */
@CeBaseTest
class BaseRevocationTests {

	static final String BAN_ARTICLE = "闽人社发〔2024〕5号 第二十四条";

	@Autowired
	BaseManagement bases;

	@Autowired
	TestBases testBases;

	@Autowired
	Scenarios scenarios;

	@Autowired
	CallManagement calls;

	@Autowired
	InstitutionManagement institutions;

	@Autowired
	UserDetailsService users;

	@Autowired
	MockMvc mvc;

	@Autowired
	MovableClock clock;

	@Autowired
	cn.cebase.notification.Notifications notifications;

	CurrentUser fujian;

	Scenarios.OpenCall open;

	BaseView base;

	@BeforeEach
	void aFujianBaseHeldByASchoolThatMayApplyAgain() {
		fujian = Fixtures.user(users, "fj.authority");
		open = scenarios.fujianCallOpenToANewSchool("福建撤销测试" + System.nanoTime() % 100000);
		base = testBases.insert("闽继基〔{year}〕{seq}号", institutions.mine(open.school()).id(), open.registration().name(),
				ProfileLevel.PROVINCIAL, scenarios.organization("hrss-350000"), "350102", null, LocalDate.of(2025, 6, 1), null,
				List.of("智能制造"));
	}

	private RequestPostProcessor as(String username) {
		return user(Fixtures.user(users, username));
	}

	private BaseManagement.ChangeRequest revocation(RevocationGround ground) {
		return new BaseManagement.ChangeRequest(ground, null, "培训内容出现严重错误，引发重大舆情，经调查属实。", null);
	}

	private RuleResult revocationRule(EligibilityReport report) {
		return report.results().stream().filter(r -> r.rule().equals("NO_RECENT_REVOCATION")).findFirst().orElseThrow();
	}

	private EligibilityReport selfCheck(long callId) {
		return calls.selfCheck(open.school(), callId, new SelfCheckInput(TrackKind.REGULAR, null, null, null, null, null, null, null));
	}

	@Test
	void aRevokedHolderIsRefusedForThreeYearsCitingArticle24() {
		assertThat(revocationRule(selfCheck(open.call().id())).outcome()).isEqualTo(Outcome.PASS);

		BaseView revoked = bases.change(fujian, base.id(), BaseAction.REVOKE, revocation(RevocationGround.FJ_MAJOR_PUBLIC_OPINION),
				List.of());
		LocalDate revokedOn = LocalDate.now(clock);
		assertThat(revoked.status()).isEqualTo(BaseStatus.REVOKED);
		assertThat(revoked.statusChangedOn()).isEqualTo(revokedOn);
		assertThat(bases.history(base.id())).singleElement().satisfies(change -> {
			assertThat(change.action()).isEqualTo(BaseAction.REVOKE);
			assertThat(change.from()).isEqualTo(BaseStatus.ACTIVE);
			assertThat(change.ground()).isEqualTo(RevocationGround.FJ_MAJOR_PUBLIC_OPINION);
			assertThat(change.basis()).isEqualTo("闽人社发〔2024〕5号 第二十三条第二款（一）");
			assertThat(change.actorId()).isEqualTo(fujian.id());
		});

		// the holder is told, with the article and the reason
		org.awaitility.Awaitility.await().atMost(Duration.ofSeconds(10)).untilAsserted(() -> assertThat(
				notifications.recent(open.school(), 10))
			.anySatisfy(n -> {
				assertThat(n.messageKey()).isEqualTo("notification.base.changed.REVOKE");
				assertThat(n.link()).isEqualTo("/public/bases/" + base.id());
			}));

		// the self-check and the submission both refuse, with the article
		RuleResult refused = revocationRule(selfCheck(open.call().id()));
		assertThat(refused.outcome()).isEqualTo(Outcome.FAIL);
		assertThat(refused.source()).isEqualTo(BAN_ARTICLE);
		assertThat(refused.args()).containsExactly(3, revokedOn.plusYears(3).toString());
		assertThatThrownBy(() -> scenarios.submitted(open.school(), open.call().id(), scenarios.organization("hrss-350100")))
			.isInstanceOfSatisfying(BusinessException.class, ex -> assertThat(ex.details())
				.extracting(BusinessException::field, BusinessException::messageKey)
				.contains(org.assertj.core.groups.Tuple.tuple("eligibility.NO_RECENT_REVOCATION", "eligibility.revocation.fail")));

		// the day before the three years are over it still refuses; on the day it accepts
		long days = ChronoUnit.DAYS.between(revokedOn, revokedOn.plusYears(3));
		clock.advance(Duration.ofDays(days - 1));
		assertThat(revocationRule(selfCheck(callOpenNow("福建三年之内").id())).outcome()).isEqualTo(Outcome.FAIL);
		clock.advance(Duration.ofDays(1));
		assertThat(revocationRule(selfCheck(callOpenNow("福建三年之后").id())).outcome()).isEqualTo(Outcome.PASS);
	}

	@Test
	void aRevocationByAnotherAuthorityOrACancellationDoesNotBar() {
		bases.change(fujian, base.id(), BaseAction.CANCEL,
				new BaseManagement.ChangeRequest(RevocationGround.FJ_CANCELLATION_REQUESTED, null, "建设单位主动申请取消。", null), List.of());
		assertThat(bases.find(base.id()).orElseThrow().status()).isEqualTo(BaseStatus.CANCELLED);
		assertThat(revocationRule(selfCheck(open.call().id())).outcome()).isEqualTo(Outcome.PASS);
		// 第二十四条 speaks of the province's own bases: a revoked base of Zibo is no bar in Fujian
		BaseView zibo = testBases.insert("淄继基〔{year}〕{seq}号", institutions.mine(open.school()).id(), open.registration().name(),
				ProfileLevel.MUNICIPAL, scenarios.organization("hrss-370300"), "370302", null, LocalDate.of(2025, 6, 1), null,
				List.of());
		bases.change(Fixtures.user(users, "zb.authority"), zibo.id(), BaseAction.REVOKE,
				revocation(RevocationGround.ZB_MISCONDUCT), List.of());
		assertThat(revocationRule(selfCheck(open.call().id())).outcome()).isEqualTo(Outcome.PASS);
	}

	@Test
	void refusedChangesSayWhyAndChangeNothing() {
		// a ground of another document, a missing ground and reason, a date in the future: every field at once
		assertThatThrownBy(() -> bases.change(fujian, base.id(), BaseAction.REVOKE,
				new BaseManagement.ChangeRequest(RevocationGround.ZB_MISCONDUCT, null, " ", LocalDate.now(clock).plusDays(1)),
				List.of()))
			.isInstanceOfSatisfying(BusinessException.class, ex -> assertThat(ex.details())
				.extracting(BusinessException::field, BusinessException::messageKey)
				.containsExactlyInAnyOrder(org.assertj.core.groups.Tuple.tuple("ground", "base.change.groundNotOffered"),
						org.assertj.core.groups.Tuple.tuple("reason", "base.change.reasonRequired"),
						org.assertj.core.groups.Tuple.tuple("effectiveOn", "base.change.effectiveInFuture")));
		// 其他情形 needs the provision named
		assertThatThrownBy(() -> bases.change(fujian, base.id(), BaseAction.REVOKE,
				new BaseManagement.ChangeRequest(RevocationGround.OTHER_REVOCATION, " ", "理由", null), List.of()))
			.isInstanceOfSatisfying(BusinessException.class, ex -> assertThat(ex.details())
				.extracting(BusinessException::field).containsExactly("basis"));
		// a revocation after failed rectification needs the rectification first
		assertThatThrownBy(() -> bases.change(fujian, base.id(), BaseAction.REVOKE, revocation(RevocationGround.FJ_RECTIFICATION_FAILED),
				List.of()))
			.isInstanceOfSatisfying(BusinessException.class, ex -> {
				assertThat(ex.kind()).isEqualTo(BusinessException.Kind.CONFLICT);
				assertThat(ex.messageKey()).isEqualTo("base.change.groundNotFrom.RECTIFYING");
			});
		assertThat(bases.find(base.id()).orElseThrow().status()).isEqualTo(BaseStatus.ACTIVE);
		assertThat(bases.history(base.id())).isEmpty();

		// rectification, then revocation on its failure; a second revocation is a conflict
		bases.change(fujian, base.id(), BaseAction.RECTIFY,
				new BaseManagement.ChangeRequest(null, "闽人社发〔2024〕5号 第二十三条第一款", "定期考核不合格，限期三个月整改。", null), List.of());
		bases.change(fujian, base.id(), BaseAction.REVOKE, revocation(RevocationGround.FJ_RECTIFICATION_FAILED), List.of());
		assertThatThrownBy(() -> bases.change(fujian, base.id(), BaseAction.REVOKE,
				revocation(RevocationGround.FJ_MAJOR_PUBLIC_OPINION), List.of()))
			.isInstanceOfSatisfying(BusinessException.class, ex -> {
				assertThat(ex.kind()).isEqualTo(BusinessException.Kind.CONFLICT);
				assertThat(ex.messageKey()).isEqualTo("base.status.illegal.REVOKED");
			});
		assertThat(bases.history(base.id())).extracting(BaseStatusChange::action)
			.containsExactly(BaseAction.RECTIFY, BaseAction.REVOKE);
	}

	@Test
	void onlyTheRecognisingAuthorityChangesABase() {
		for (String other : List.of("zb.authority", "fj.fuzhou", "sd.authority")) {
			assertThatThrownBy(() -> bases.change(Fixtures.user(users, other), base.id(), BaseAction.REVOKE,
					revocation(RevocationGround.FJ_MAJOR_PUBLIC_OPINION), List.of()))
				.as(other)
				.isInstanceOfSatisfying(BusinessException.class,
						ex -> assertThat(ex.kind()).isIn(BusinessException.Kind.NOT_FOUND, BusinessException.Kind.FORBIDDEN));
		}
		assertThatThrownBy(() -> bases.change(open.school(), base.id(), BaseAction.CANCEL,
				new BaseManagement.ChangeRequest(RevocationGround.FJ_CANCELLATION_REQUESTED, null, "自行取消", null), List.of()))
			.isInstanceOfSatisfying(BusinessException.class,
					ex -> assertThat(ex.kind()).isEqualTo(BusinessException.Kind.NOT_FOUND));
		assertThat(bases.find(base.id()).orElseThrow().status()).isEqualTo(BaseStatus.ACTIVE);
	}

	@Test
	void theApiRevokesWithEvidenceAndAnswers409And400AsItShould() throws Exception {
		String path = "/api/v1/bases/" + base.id() + "/status-changes";
		mvc.perform(post(path).with(as("fj.authority")).with(csrf()).contentType(MediaType.APPLICATION_JSON)
			.content("{\"action\":\"REVOKE\",\"reason\":\"\"}"))
			.andExpect(status().isBadRequest())
			.andExpect(jsonPath("$.errors[*].field").value(org.hamcrest.Matchers.containsInAnyOrder("ground", "reason")));
		mvc.perform(post(path).with(as("zb.authority")).with(csrf()).contentType(MediaType.APPLICATION_JSON)
			.content("{\"action\":\"REVOKE\",\"ground\":\"ZB_MISCONDUCT\",\"reason\":\"x\"}"))
			.andExpect(status().isNotFound());
		mvc.perform(get("/api/v1/bases/" + base.id() + "/grounds").param("action", "REVOKE").with(as("fj.authority")))
			.andExpect(status().isOk())
			.andExpect(jsonPath("$[0].ground").value("FJ_RECTIFICATION_FAILED"))
			.andExpect(jsonPath("$[0].requiredStatus").value("RECTIFYING"))
			.andExpect(jsonPath("$[1].basis").value("闽人社发〔2024〕5号 第二十三条第二款（一）"));
		mvc.perform(get("/api/v1/bases/" + base.id() + "/grounds").param("action", "REVOKE").with(as("inst.fj")))
			.andExpect(status().isNotFound());

		// evidence that is not a PDF or an image: refused, and the base is as it was
		MockMultipartFile text = new MockMultipartFile("evidence", "说明.txt", "text/plain", "纯文本".getBytes(StandardCharsets.UTF_8));
		MockMultipartFile revoke = new MockMultipartFile("change", "", MediaType.APPLICATION_JSON_VALUE,
				"{\"action\":\"REVOKE\",\"ground\":\"FJ_MAJOR_PUBLIC_OPINION\",\"reason\":\"理由\"}".getBytes(StandardCharsets.UTF_8));
		mvc.perform(multipart(path).file(revoke).file(text).with(as("fj.authority")).with(csrf()))
			.andExpect(status().is4xxClientError());
		assertThat(bases.find(base.id()).orElseThrow().status()).isEqualTo(BaseStatus.ACTIVE);
		assertThat(bases.history(base.id())).isEmpty();

		MockMultipartFile change = new MockMultipartFile("change", "", MediaType.APPLICATION_JSON_VALUE,
				"{\"action\":\"REVOKE\",\"ground\":\"FJ_MAJOR_PUBLIC_OPINION\",\"reason\":\"引发重大舆情，经调查属实。\"}"
					.getBytes(StandardCharsets.UTF_8));
		MockMultipartFile evidence = new MockMultipartFile("evidence", "调查报告.pdf", "application/pdf",
				"%PDF-1.4\n1 0 obj<<>>endobj\ntrailer<<>>\n%%EOF".getBytes(StandardCharsets.US_ASCII));
		mvc.perform(multipart(path).file(change).file(evidence).with(as("fj.authority")).with(csrf()))
			.andExpect(status().isCreated())
			.andExpect(jsonPath("$.base.status").value("REVOKED"))
			.andExpect(jsonPath("$.history[0].basis").value("闽人社发〔2024〕5号 第二十三条第二款（一）"))
			.andExpect(jsonPath("$.history[0].evidence[0].name").value("调查报告.pdf"));
		mvc.perform(post(path).with(as("fj.authority")).with(csrf()).contentType(MediaType.APPLICATION_JSON)
			.content("{\"action\":\"CANCEL\",\"ground\":\"FJ_CANCELLATION_REQUESTED\",\"reason\":\"申请取消\"}"))
			.andExpect(status().isConflict())
			.andExpect(jsonPath("$.code").value("base.status.illegal.REVOKED"));

		// reinstating a revoked base is refused as a conflict, whatever the verb
		for (String action : List.of("END_RECTIFICATION", "RESUME_WORK", "RECTIFY")) {
			mvc.perform(post(path).with(as("fj.authority")).with(csrf()).contentType(MediaType.APPLICATION_JSON)
				.content("{\"action\":\"" + action + "\",\"basis\":\"某文件\",\"reason\":\"恢复\"}"))
				.andExpect(status().isConflict())
				.andExpect(jsonPath("$.code").value("base.status.illegal.REVOKED"));
		}

		// the public reads the history without who made it or the evidence; the plaque check says revoked
		mvc.perform(get("/api/v1/public/bases/" + base.id() + "/history"))
			.andExpect(status().isOk())
			.andExpect(jsonPath("$[0].action").value("REVOKE"))
			.andExpect(jsonPath("$[0].to").value("REVOKED"))
			.andExpect(jsonPath("$[0].actorId").doesNotExist())
			.andExpect(jsonPath("$[0].evidence").doesNotExist());
		long fileId = bases.history(base.id()).get(0).evidence().get(0).fileId();
		mvc.perform(get("/bases/" + base.id() + "/standing/evidence/" + fileId).with(as("fj.authority")))
			.andExpect(status().isOk())
			.andExpect(header().string("Content-Disposition", org.hamcrest.Matchers.startsWith("attachment")));
		mvc.perform(get("/bases/" + base.id() + "/standing/evidence/" + fileId).with(as("fj.fuzhou")))
			.andExpect(status().isNotFound());
	}

	@Test
	void thePageAsksForConfirmationAndKeepsWhatWasTyped() throws Exception {
		String page = mvc.perform(get("/bases/" + base.id() + "/standing").with(as("fj.authority")))
			.andExpect(status().isOk())
			.andReturn()
			.getResponse()
			.getContentAsString(StandardCharsets.UTF_8);
		assertThat(page).contains("id=\"action-RECTIFY\"", "id=\"action-REVOKE\"", "id=\"action-CANCEL\"",
				"id=\"action-SUSPEND_WORK\"", "自撤销之日起3年内不得再申请认定", BAN_ARTICLE).doesNotContain("id=\"action-RESUME_WORK\"");
		mvc.perform(get("/bases/" + base.id() + "/standing").with(as("zb.authority"))).andExpect(status().isNotFound());
		mvc.perform(get("/bases/" + base.id() + "/standing").with(as("inst.fj"))).andExpect(status().isNotFound());

		String refused = mvc.perform(multipart("/bases/" + base.id() + "/standing").param("action", "REVOKE")
			.param("ground", "FJ_MAJOR_PUBLIC_OPINION")
			.param("reason", "讲课内容出现严重错误")
			.with(as("fj.authority"))
			.with(csrf()))
			.andExpect(status().isOk())
			.andReturn()
			.getResponse()
			.getContentAsString(StandardCharsets.UTF_8);
		assertThat(refused).contains("请勾选确认后再提交", "讲课内容出现严重错误");
		assertThat(bases.find(base.id()).orElseThrow().status()).isEqualTo(BaseStatus.ACTIVE);

		mvc.perform(multipart("/bases/" + base.id() + "/standing").param("action", "REVOKE")
			.param("ground", "FJ_MAJOR_PUBLIC_OPINION")
			.param("reason", "讲课内容出现严重错误，引发重大舆情。")
			.param("confirmed", "true")
			.with(as("fj.authority"))
			.with(csrf()))
			.andExpect(status().is3xxRedirection())
			.andExpect(header().string("Location", "/bases/" + base.id() + "/standing"));
		String after = mvc.perform(get("/bases/" + base.id() + "/standing").with(as("fj.authority")))
			.andReturn().getResponse().getContentAsString(StandardCharsets.UTF_8);
		assertThat(after).contains("id=\"no-actions\"", "讲课内容出现严重错误，引发重大舆情。");

		String publicPage = mvc.perform(get("/public/bases/" + base.id())).andExpect(status().isOk())
			.andReturn().getResponse().getContentAsString(StandardCharsets.UTF_8);
		assertThat(publicPage).contains("id=\"history\"", "闽人社发〔2024〕5号 第二十三条第二款（一）", "已撤销")
			.doesNotContain("standing-link");
	}

	private Call callOpenNow(String title) {
		Instant now = clock.instant();
		Call draft = calls.create(fujian, "FJ", new CallDetails(title, LocalDate.now(clock).getYear(), null, "通知",
				now.minusSeconds(60), now.plus(Duration.ofDays(10)), List.of(TrackKind.REGULAR), List.of()));
		return calls.publish(fujian, draft.id(), null);
	}
}
