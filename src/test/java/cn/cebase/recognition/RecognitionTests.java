package cn.cebase.recognition;

import java.time.Duration;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.LocalDate;
import java.util.List;
import java.util.Map;

import cn.cebase.shared.MovableClock;
import cn.cebase.CeBaseTest;
import cn.cebase.Fixtures;
import cn.cebase.Scenarios;
import cn.cebase.base.BaseStatus;
import cn.cebase.base.BaseView;
import cn.cebase.call.CallManagement;
import cn.cebase.call.CallStatus;
import cn.cebase.declaration.Declaration;
import cn.cebase.declaration.DeclarationProgress;
import cn.cebase.declaration.DeclarationStatus;
import cn.cebase.evaluation.ExpertDetails;
import cn.cebase.evaluation.ExpertPool;
import cn.cebase.evaluation.Inspection;
import cn.cebase.evaluation.Inspections;
import cn.cebase.evaluation.PanelRequest;
import cn.cebase.evaluation.Panels;
import cn.cebase.evaluation.TitleLevel;
import cn.cebase.identity.CurrentUser;
import cn.cebase.policy.ProfileLevel;
import cn.cebase.review.RecommendationLetter;
import cn.cebase.review.ReviewManagement;
import cn.cebase.shared.BusinessException;

import org.junit.jupiter.api.Test;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.security.core.userdetails.UserDetailsService;

/**
 * From a committee decision to a base: decisions with reasons, publicity with objections from
 * anyone, the objection handled, recognition after the period with a number in FJ's format, and
 * every refusal on the way.
 */
@CeBaseTest
class RecognitionTests {

	@Autowired
	DecisionManagement decisions;

	@Autowired
	PublicityManagement publicities;

	@Autowired
	Recognitions recognitions;

	@Autowired
	Scenarios scenarios;

	@Autowired
	ReviewManagement reviews;

	@Autowired
	Panels panels;

	@Autowired
	ExpertPool experts;

	@Autowired
	Inspections inspections;

	@Autowired
	DeclarationProgress progress;

	@Autowired
	CallManagement calls;

	@Autowired
	UserDetailsService users;

	@Autowired
	JdbcClient jdbc;

	@Autowired
	MovableClock clock;

	@Test
	void aCallEndsWithPublicityObjectionsAndRecognisedBases() {
		CurrentUser fujian = Fixtures.user(users, "fj.authority");
		var open = scenarios.fujianCallOpenToANewSchool("福建认定公示");
		long callId = open.call().id();
		Declaration a = acceptedThroughFuzhou(open.school(), callId);
		Declaration b = acceptedThroughFuzhou(scenarios.anotherSchoolInFuzhou(), callId);

		// no decision before expert review
		assertThatThrownBy(() -> decisions.decide(fujian, callId, a.id(), CommitteeDecision.Outcome.RECOGNIZE, "好", "智能制造"))
			.isInstanceOfSatisfying(BusinessException.class, ex -> assertThat(ex.messageKey()).isEqualTo("decision.notReviewed"));
		experts.add(fujian, new ExpertDetails("认定专家", "福州大学", null, "350102", "高等学校教师", TitleLevel.SENIOR,
				List.of("继续教育"), "136" + String.format("%08d", System.nanoTime() % 100_000_000L), null, null));
		int eligible = panels.draw(fujian, callId, new PanelRequest(null, 1, 0, false, 7L)).candidates();
		assertThat(eligible).isPositive();
		assertThat(progress.read(a.id()).status()).isEqualTo(DeclarationStatus.EXPERT_REVIEW);

		// reasons always, fields when recognising; the refusal names both
		assertThatThrownBy(() -> decisions.decide(fujian, callId, a.id(), CommitteeDecision.Outcome.RECOGNIZE, " ", " "))
			.isInstanceOfSatisfying(BusinessException.class, ex -> assertThat(ex.details())
				.extracting(BusinessException::field)
				.containsExactlyInAnyOrder("reasons", "fields"));
		// a scheduled visit must be concluded first
		inspections.schedule(fujian, callId, a.id(), LocalDate.now(), "专家组：张三、李四");
		assertThat(progress.read(a.id()).status()).isEqualTo(DeclarationStatus.SITE_INSPECTION);
		assertThatThrownBy(() -> decisions.decide(fujian, callId, a.id(), CommitteeDecision.Outcome.RECOGNIZE, "好", "智能制造"))
			.isInstanceOfSatisfying(BusinessException.class,
					ex -> assertThat(ex.messageKey()).isEqualTo("decision.inspectionPending"));
		inspections.record(fujian, callId, a.id(), List.of(
				new Inspection.Item(Inspection.Topic.FACILITIES, Inspection.Result.MEETS, null),
				new Inspection.Item(Inspection.Topic.TEACHERS, Inspection.Result.MEETS, null),
				new Inspection.Item(Inspection.Topic.MANAGEMENT_RECORDS, Inspection.Result.MEETS, null),
				new Inspection.Item(Inspection.Topic.DISTANCE_LEARNING_PLATFORM, Inspection.Result.MEETS, null)),
				Inspection.Conclusion.PASS, "条件符合");
		CommitteeDecision yes = decisions.decide(fujian, callId, a.id(), CommitteeDecision.Outcome.RECOGNIZE,
				"师资和平台条件突出，评审排名第一。", "智能制造，卫生健康；智能制造");
		assertThat(yes.fields()).containsExactly("智能制造", "卫生健康");
		decisions.decide(fujian, callId, b.id(), CommitteeDecision.Outcome.NOT_RECOGNIZE, "近三年培训规模不足。", null);

		// only the call's own authority
		CurrentUser jilin = Fixtures.user(users, "jl.authority");
		assertThatThrownBy(() -> decisions.candidates(jilin, callId)).isInstanceOfSatisfying(BusinessException.class,
				ex -> assertThat(ex.kind()).isEqualTo(BusinessException.Kind.NOT_FOUND));
		assertThatThrownBy(() -> decisions.candidates(open.school(), callId)).isInstanceOf(BusinessException.class);

		// publicity: not while the call takes submissions; the days are required where the profile sets none
		assertThatThrownBy(() -> publicities.start(fujian, callId, 5)).isInstanceOfSatisfying(BusinessException.class,
				ex -> assertThat(ex.messageKey()).isEqualTo("publicity.callNotClosed"));
		scenarios.closeNow(callId);
		assertThatThrownBy(() -> publicities.start(fujian, callId, null)).isInstanceOfSatisfying(BusinessException.class,
				ex -> assertThat(ex.field()).isEqualTo("days"));
		assertThatThrownBy(() -> publicities.start(fujian, callId, 61)).isInstanceOfSatisfying(BusinessException.class,
				ex -> assertThat(ex.messageKey()).isEqualTo("publicity.daysRange"));
		Publicity publicity = publicities.start(fujian, callId, 5);
		assertThat(publicity.endsOn()).isEqualTo(publicity.startsOn().plusDays(4));
		assertThat(calls.get(fujian, callId).status()).isEqualTo(CallStatus.REVIEWING);
		assertThat(progress.read(a.id()).status()).isEqualTo(DeclarationStatus.PUBLICITY);
		Declaration refused = progress.read(b.id());
		assertThat(refused.status()).isEqualTo(DeclarationStatus.NOT_RECOGNIZED);
		assertThat(refused.note()).isEqualTo("近三年培训规模不足。");
		assertThat(publicities.publicList(callId)).extracting(Candidate::declarationId).containsExactly(a.id());
		assertThatThrownBy(() -> publicities.start(fujian, callId, 5)).isInstanceOfSatisfying(BusinessException.class,
				ex -> assertThat(ex.messageKey()).isEqualTo("publicity.alreadyStarted"));
		assertThatThrownBy(() -> decisions.decide(fujian, callId, a.id(), CommitteeDecision.Outcome.NOT_RECOGNIZE, "改", null))
			.isInstanceOfSatisfying(BusinessException.class,
					ex -> assertThat(ex.messageKey()).isEqualTo("decision.publicityStarted"));

		// objections: each input checked, only against the list
		assertThatThrownBy(() -> publicities.object(callId, b.id(), "", "abc", "太短"))
			.isInstanceOfSatisfying(BusinessException.class, ex -> assertThat(ex.details())
				.extracting(BusinessException::field)
				.containsExactlyInAnyOrder("name", "contact", "text", "declarationId"));
		Objection objection = publicities.object(callId, a.id(), "王五", "13800138000", "该单位实际培训人数与申报不符，请核实。");
		assertThat(objection.status()).isEqualTo(Objection.Status.OPEN);
		assertThatThrownBy(() -> recognitions.recognize(fujian, callId, Map.of()))
			.isInstanceOfSatisfying(BusinessException.class,
					ex -> assertThat(ex.messageKey()).isEqualTo("recognition.publicityRunning"));
		assertThatThrownBy(() -> publicities.handle(jilin, callId, objection.id(), false, "不成立"))
			.isInstanceOfSatisfying(BusinessException.class,
					ex -> assertThat(ex.kind()).isEqualTo(BusinessException.Kind.NOT_FOUND));
		assertThatThrownBy(() -> publicities.handle(fujian, callId, objection.id(), false, " "))
			.isInstanceOfSatisfying(BusinessException.class, ex -> assertThat(ex.field()).isEqualTo("handling"));

		// the period is over: no more objections, and recognition waits only for the open one
		clock.advance(Duration.ofDays(10));
		assertThatThrownBy(() -> publicities.object(callId, a.id(), "赵六", "zhao@example.com", "逾期提出的异议内容。"))
			.isInstanceOfSatisfying(BusinessException.class, ex -> assertThat(ex.messageKey()).isEqualTo("objection.closed"));
		assertThatThrownBy(() -> recognitions.recognize(fujian, callId, Map.of()))
			.isInstanceOfSatisfying(BusinessException.class,
					ex -> assertThat(ex.messageKey()).isEqualTo("recognition.openObjections"));
		publicities.handle(fujian, callId, objection.id(), false, "经核实，培训人数与档案一致。");
		assertThatThrownBy(() -> publicities.handle(fujian, callId, objection.id(), true, "再次处理"))
			.isInstanceOfSatisfying(BusinessException.class,
					ex -> assertThat(ex.messageKey()).isEqualTo("objection.alreadyHandled"));
		assertThatThrownBy(() -> recognitions.recognize(fujian, callId, Map.of(a.id(), 100L)))
			.isInstanceOfSatisfying(BusinessException.class,
					ex -> assertThat(ex.details().get(0).messageKey()).isEqualTo("recognition.noSubsidy"));

		List<BaseView> bases = recognitions.recognize(fujian, callId, Map.of());
		assertThat(bases).singleElement().satisfies(base -> {
			assertThat(base.number()).matches("闽继基〔\\d{4}〕\\d{3}号");
			assertThat(base.verificationCode()).hasSize(16);
			assertThat(base.level()).isEqualTo(ProfileLevel.PROVINCIAL);
			assertThat(base.authorityId()).isEqualTo(fujian.organizationId());
			assertThat(base.fields()).containsExactly("智能制造", "卫生健康");
			assertThat(base.status()).isEqualTo(BaseStatus.ACTIVE);
			assertThat(base.source()).isEqualTo(BaseView.Source.RECOGNIZED);
			assertThat(base.declarationId()).isEqualTo(a.id());
			assertThat(base.recognizedOn()).isEqualTo(LocalDate.now(clock));
		});
		assertThat(progress.read(a.id()).status()).isEqualTo(DeclarationStatus.RECOGNIZED);
		assertThat(calls.get(fujian, callId).status()).isEqualTo(CallStatus.CONCLUDED);
		assertThat(recognitions.baseOf(a.id())).isPresent();
		assertThatThrownBy(() -> recognitions.recognize(fujian, callId, Map.of()))
			.isInstanceOfSatisfying(BusinessException.class, ex -> assertThat(ex.messageKey()).isEqualTo("recognition.done"));
	}

	@Test
	void anUpheldObjectionMeansNoRecognitionAndZeroDaysMeansNoPublicity() {
		CurrentUser fujian = Fixtures.user(users, "fj.authority");
		var open = scenarios.fujianCallOpenToANewSchool("福建异议成立");
		long callId = open.call().id();
		Declaration a = acceptedThroughFuzhou(open.school(), callId);
		Declaration b = acceptedThroughFuzhou(scenarios.anotherSchoolInFuzhou(), callId);
		experts.add(fujian, new ExpertDetails("异议专家", "福建师范大学", null, "350102", "高等学校教师", TitleLevel.SENIOR,
				List.of("继续教育"), "137" + String.format("%08d", System.nanoTime() % 100_000_000L), null, null));
		panels.draw(fujian, callId, new PanelRequest(null, 1, 0, false, 9L));
		decisions.decide(fujian, callId, a.id(), CommitteeDecision.Outcome.RECOGNIZE, "符合条件。", "数字经济");
		// an undecided application holds publicity back
		scenarios.closeNow(callId);
		assertThatThrownBy(() -> publicities.start(fujian, callId, 3)).isInstanceOfSatisfying(BusinessException.class,
				ex -> assertThat(ex.messageKey()).isEqualTo("publicity.undecided"));
		decisions.decide(fujian, callId, b.id(), CommitteeDecision.Outcome.RECOGNIZE, "符合条件。", "现代农业");
		publicities.start(fujian, callId, 3);
		Objection objection = publicities.object(callId, b.id(), "钱七", "0591-87654321", "该单位存在乱收费问题，有收据为证。");
		publicities.handle(fujian, callId, objection.id(), true, "经核查，该单位存在违规收费，异议成立。");
		Declaration stopped = progress.read(b.id());
		assertThat(stopped.status()).isEqualTo(DeclarationStatus.NOT_RECOGNIZED);
		assertThat(stopped.note()).contains("违规收费");
		assertThat(decisions.decisionOf(b.id())).get()
			.extracting(CommitteeDecision::outcome)
			.isEqualTo(CommitteeDecision.Outcome.NOT_RECOGNIZE);

		clock.advance(Duration.ofDays(5));
		assertThat(recognitions.recognize(fujian, callId, Map.of())).extracting(BaseView::declarationId).containsExactly(a.id());
	}

	@Test
	void withZeroDaysTheResultsGoStraightToRecognition() {
		CurrentUser fujian = Fixtures.user(users, "fj.authority");
		var open = scenarios.fujianCallOpenToANewSchool("福建不公示");
		long callId = open.call().id();
		Declaration a = acceptedThroughFuzhou(open.school(), callId);
		experts.add(fujian, new ExpertDetails("零天专家", "福州大学", null, "350102", "高等学校教师", TitleLevel.SENIOR,
				List.of("继续教育"), "138" + String.format("%08d", System.nanoTime() % 100_000_000L), null, null));
		panels.draw(fujian, callId, new PanelRequest(null, 1, 0, false, 11L));
		decisions.decide(fujian, callId, a.id(), CommitteeDecision.Outcome.RECOGNIZE, "符合条件。", "智能制造");
		scenarios.closeNow(callId);
		Publicity none = publicities.start(fujian, callId, 0);
		assertThat(none.openOn(LocalDate.now(java.time.ZoneId.of("Asia/Shanghai")))).isFalse();
		assertThatThrownBy(() -> publicities.object(callId, a.id(), "孙八", "13900000000", "没有公示期也想提异议。"))
			.isInstanceOfSatisfying(BusinessException.class, ex -> assertThat(ex.messageKey()).isEqualTo("objection.closed"));
		List<BaseView> bases = recognitions.recognize(fujian, callId, Map.of());
		assertThat(bases).hasSize(1);
		// numbers of one authority and year never repeat
		assertThat(jdbc.sql("select count(*) = count(distinct number) from base").query(Boolean.class).single()).isTrue();
	}

	private Declaration acceptedThroughFuzhou(CurrentUser school, long callId) {
		Declaration d = scenarios.submitted(school, callId, scenarios.organization("hrss-350100"));
		reviews.recommend(Fixtures.user(users, "fj.fuzhou"), d.id(),
				new RecommendationLetter(true, null, "属地管理", "理由", "黄蓉", "0591-87654321"), null, null);
		reviews.accept(Fixtures.user(users, "fj.authority"), d.id(), null, null);
		return d;
	}
}
