package cn.cebase.base;

import static cn.cebase.base.BaseFixtures.newNumber;
import static cn.cebase.base.BaseFixtures.row;
import static cn.cebase.base.BaseFixtures.with;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.groups.Tuple.tuple;
import static org.awaitility.Awaitility.await;

import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.List;

import cn.cebase.CeBaseTest;
import cn.cebase.Fixtures;
import cn.cebase.Scenarios;
import cn.cebase.call.Call;
import cn.cebase.recognition.CommitteeDecision;
import cn.cebase.recognition.DecisionManagement;
import cn.cebase.recognition.PublicityManagement;
import cn.cebase.recognition.Recognitions;
import cn.cebase.call.CallDetails;
import cn.cebase.call.CallManagement;
import cn.cebase.call.SelfCheckInput;
import cn.cebase.declaration.Declaration;
import cn.cebase.declaration.DeclarationForm;
import cn.cebase.declaration.DeclarationManagement;
import cn.cebase.declaration.DeclarationProgress;
import cn.cebase.declaration.DeclarationStatus;
import cn.cebase.identity.CurrentUser;
import cn.cebase.institution.Institution;
import cn.cebase.institution.InstitutionManagement;
import cn.cebase.institution.InstitutionRegistration;
import cn.cebase.notification.Notification;
import cn.cebase.notification.Notifications;
import cn.cebase.policy.Outcome;
import cn.cebase.policy.RuleResult;
import cn.cebase.policy.TrackKind;
import cn.cebase.review.RecommendationLetter;
import cn.cebase.review.ReviewManagement;
import cn.cebase.shared.BusinessException;

import org.junit.jupiter.api.Test;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.security.core.userdetails.UserDetailsService;

/**
 * 重新确认 (SD 三(三)): only a holder of the authority's existing base may apply on the track; a
 * re-confirmed base keeps its number; when the call concludes, the bases not re-confirmed lose
 * their title ("未按时申请或未评审通过的，不再保留省级继续教育基地资格").
 */
@CeBaseTest
class ReconfirmationTests {

	static final String ARTICLE = "鲁人社 2019年8月14日通知 三（三）";

	static final RecommendationLetter LETTER = new RecommendationLetter(true, "本市已建成市级基地5个", "属地管理",
			"该单位为原认定的省级继续教育基地，近3年承担本市知识更新工程培训任务。", "周涛", "0531-86061234");

	@Autowired
	BaseImport imports;

	@Autowired
	BaseManagement bases;

	@Autowired
	DecisionManagement decisions;

	@Autowired
	PublicityManagement publicities;

	@Autowired
	Recognitions recognitions;

	@Autowired
	Bases records;

	@Autowired
	BaseFixtures fixtures;

	@Autowired
	CallManagement calls;

	@Autowired
	DeclarationManagement declarations;

	@Autowired
	DeclarationProgress progress;

	@Autowired
	ReviewManagement reviews;

	@Autowired
	InstitutionManagement institutions;

	@Autowired
	Notifications notifications;

	@Autowired
	Scenarios scenarios;

	@Autowired
	UserDetailsService users;

	@Autowired
	JdbcClient jdbc;

	CurrentUser user(String username) {
		return Fixtures.user(users, username);
	}

	@Test
	void theHolderOfAnExistingBasePassesTheSelfCheckAndSubmits() {
		InstitutionRegistration holder = Fixtures.registration("山东电子职业技术学院" + System.nanoTime() % 10000, "370102");
		// imported before the institution registered: it is recognised by its credit code
		imports.importRows(user("sd.authority"),
				BaseFixtures.rows(with(row(newNumber(), holder.name(), holder.creditCode()), "regionCode", "370102")));
		CurrentUser school = approvedInJinan(holder);
		Call call = shandongCall(user("sd.authority"), "山东省原认定基地重新确认");

		RuleResult rule = calls.selfCheck(school, call.id(), new SelfCheckInput(TrackKind.RECONFIRMATION, true, null, null,
				List.of(2100, 2300, 2500), null, java.util.Set.of(), null))
			.results()
			.stream()
			.filter(r -> r.rule().equals("HOLDS_EXISTING_BASE"))
			.findFirst()
			.orElseThrow();
		assertThat(rule.outcome()).isEqualTo(Outcome.PASS);
		assertThat(rule.source()).isEqualTo(ARTICLE);

		Declaration submitted = submit(school, call.id(), TrackKind.RECONFIRMATION, scenarios.organization("hrss-370100"));
		assertThat(submitted.status()).isEqualTo(DeclarationStatus.SUBMITTED);
	}

	@Test
	void anInstitutionWithoutAnExistingBaseOfTheProvinceIsRefusedOnReconfirmation() {
		Call call = shandongCall(user("sd.authority"), "山东省重新确认（无基地）");
		CurrentUser none = approvedInJinan(Fixtures.registration("济南新建培训学校" + System.nanoTime() % 10000, "370102"));
		// a municipal base of another authority is not the province's to re-confirm
		InstitutionRegistration municipal = Fixtures.registration("淄博市级基地学校" + System.nanoTime() % 10000, "370102");
		imports.importRows(user("zb.authority"), BaseFixtures.rows(row(newNumber(), municipal.name(), municipal.creditCode())));
		CurrentUser other = approvedInJinan(municipal);

		for (CurrentUser school : List.of(none, other)) {
			Declaration draft = declarations.startDraft(school, call.id(), TrackKind.RECONFIRMATION);
			declarations.saveDraft(school, draft.id(), strongForm(), scenarios.organization("hrss-370100"), null);
			assertThatThrownBy(() -> declarations.submit(school, draft.id(), null))
				.isInstanceOfSatisfying(BusinessException.class, ex -> assertThat(ex.details())
					.extracting(BusinessException::field, BusinessException::messageKey)
					.containsExactly(tuple("eligibility.HOLDS_EXISTING_BASE", "eligibility.existingBase.fail")));
			assertThat(declarations.eligibility(school, declarations.get(school, draft.id())).failures())
				.extracting(RuleResult::rule, RuleResult::source)
				.containsExactly(tuple("HOLDS_EXISTING_BASE", ARTICLE));
			assertThat(declarations.get(school, draft.id()).status()).isEqualTo(DeclarationStatus.DRAFT);
		}
		// the regular track does not ask for a base
		Declaration regular = submit(approvedInJinan(Fixtures.registration("济南另一培训学校" + System.nanoTime() % 10000,
				"370102")), call.id(), TrackKind.REGULAR, scenarios.organization("hrss-370100"));
		assertThat(regular.status()).isEqualTo(DeclarationStatus.SUBMITTED);
	}

	@Test
	void aReconfirmedBaseKeepsItsNumberAndCodeAndIsLinkedToTheInstitution() {
		CurrentUser shandong = user("sd.authority");
		long province = scenarios.organization("hrss-370000");
		InstitutionRegistration holder = Fixtures.registration("山东工艺美术学院" + System.nanoTime() % 10000, "370102");
		BaseView before = imports.importRows(shandong,
				BaseFixtures.rows(with(row(newNumber(), holder.name(), holder.creditCode()), "regionCode", "370102")))
			.imported()
			.get(0);
		CurrentUser school = approvedInJinan(holder);
		Institution institution = institutions.mine(school);
		assertThat(before.institutionId()).isNull();
		Call call = shandongCall(shandong, "山东省重新确认（保留编号）");
		Declaration application = submit(school, call.id(), TrackKind.RECONFIRMATION, scenarios.organization("hrss-370100"));

		BaseView after = bases.reconfirm(institution.id(), province, application.id());
		assertThat(after.id()).isEqualTo(before.id());
		assertThat(after.number()).isEqualTo(before.number());
		assertThat(after.verificationCode()).isEqualTo(before.verificationCode());
		assertThat(after.status()).isEqualTo(BaseStatus.ACTIVE);
		assertThat(after.institutionId()).isEqualTo(institution.id());
		assertThat(bases.reconfirmedIn(before.id())).containsExactly(call.id());
		assertThat(jdbc.sql("select count(*) from base where credit_code = ?").param(holder.creditCode())
			.query(Long.class).single()).isEqualTo(1);

		// the recognition may call it again: nothing changes, nothing is audited twice
		bases.reconfirm(institution.id(), province, application.id());
		assertThat(bases.reconfirmedIn(before.id())).containsExactly(call.id());
		assertThat(jdbc.sql("select count(*) from audit_event where action = 'base.reconfirm' and target_id = ?")
			.param(String.valueOf(before.id())).query(Long.class).single()).isEqualTo(1);
	}

	@Test
	void onlyTheApplicantsOwnReconfirmationApplicationReconfirmsItsOwnBase() {
		CurrentUser shandong = user("sd.authority");
		long province = scenarios.organization("hrss-370000");
		InstitutionRegistration holder = Fixtures.registration("山东外事职业大学" + System.nanoTime() % 10000, "370102");
		imports.importRows(shandong,
				BaseFixtures.rows(with(row(newNumber(), holder.name(), holder.creditCode()), "regionCode", "370102")));
		CurrentUser school = approvedInJinan(holder);
		long holderId = institutions.mine(school).id();
		Call call = shandongCall(shandong, "山东省重新确认（拒绝）");
		Declaration regular = declarations.startDraft(school, call.id(), TrackKind.REGULAR);

		assertThatThrownBy(() -> bases.reconfirm(holderId, province, regular.id()))
			.isInstanceOfSatisfying(BusinessException.class,
					ex -> assertThat(ex.messageKey()).isEqualTo("base.reconfirm.notReconfirmation"));
		declarations.withdraw(school, regular.id(), null);
		Declaration own = declarations.startDraft(school, call.id(), TrackKind.RECONFIRMATION);
		CurrentUser stranger = approvedInJinan(Fixtures.registration("济南无基地学校" + System.nanoTime() % 10000, "370102"));
		long strangerId = institutions.mine(stranger).id();
		assertThatThrownBy(() -> bases.reconfirm(strangerId, province, own.id()))
			.isInstanceOfSatisfying(BusinessException.class,
					ex -> assertThat(ex.messageKey()).isEqualTo("base.reconfirm.notTheApplicant"));
		assertThatThrownBy(() -> bases.reconfirm(holderId, scenarios.organization("hrss-370300"), own.id()))
			.isInstanceOfSatisfying(BusinessException.class,
					ex -> assertThat(ex.messageKey()).isEqualTo("base.reconfirm.notTheApplicant"));
		Declaration strangers = declarations.startDraft(stranger, call.id(), TrackKind.RECONFIRMATION);
		assertThatThrownBy(() -> bases.reconfirm(strangerId, province, strangers.id()))
			.isInstanceOfSatisfying(BusinessException.class,
					ex -> assertThat(ex.messageKey()).isEqualTo("base.reconfirm.noBase"));
	}

	@Test
	void whenTheCallConcludesTheBasesNotReconfirmedLoseTheirTitle() {
		// a Shandong authority of its own, so that only its bases are at stake
		BaseFixtures.SecondProvince sd = fixtures.secondShandong();
		LocalDate today = LocalDate.now(ZoneId.of("Asia/Shanghai"));
		InstitutionRegistration recognised = Fixtures.registration("重新确认通过的学院" + System.nanoTime() % 10000, "370102");
		InstitutionRegistration reconfirmed = Fixtures.registration("已确认保留的学院" + System.nanoTime() % 10000, "370102");
		InstitutionRegistration silent = Fixtures.registration("未申请重新确认的学院" + System.nanoTime() % 10000, "370102");
		String unregistered = Fixtures.newCreditCode();
		String newcomer = Fixtures.newCreditCode();
		List<BaseView> imported = imports.importRows(sd.authority(), BaseFixtures.rows(
				with(row(newNumber(), recognised.name(), recognised.creditCode()), "regionCode", "370102"),
				with(row(newNumber(), reconfirmed.name(), reconfirmed.creditCode()), "regionCode", "370102"),
				with(row(newNumber(), silent.name(), silent.creditCode()), "regionCode", "370102"),
				with(row(newNumber(), "尚未注册的原认定基地", unregistered), "regionCode", "370202"),
				with(with(row(newNumber(), "今天才认定的基地", newcomer), "regionCode", "370202"), "recognizedOn",
						today.toString())))
			.imported();
		CurrentUser recognisedSchool = approvedInJinan(recognised);
		CurrentUser reconfirmedSchool = approvedInJinan(reconfirmed);
		CurrentUser silentSchool = approvedInJinan(silent);

		Call call = shandongCall(sd.authority(), "第二山东省厅重新确认");
		// one re-confirmation goes the whole way to RECOGNIZED
		Declaration passed = submit(recognisedSchool, call.id(), TrackKind.RECONFIRMATION, sd.city().id());
		reviews.recommend(sd.recommender(), passed.id(), LETTER, null, null);
		reviews.accept(sd.authority(), passed.id(), null, null);
		progress.advanceTo(passed.id(), DeclarationStatus.EXPERT_REVIEW);
		progress.advanceTo(passed.id(), DeclarationStatus.PUBLICITY);
		progress.recognize(passed.id());
		// another is re-confirmed by the recognition, as the committee's decision does
		Declaration kept = submit(reconfirmedSchool, call.id(), TrackKind.RECONFIRMATION, sd.city().id());
		reviews.recommend(sd.recommender(), kept.id(), LETTER, null, null);
		reviews.accept(sd.authority(), kept.id(), null, null);
		progress.advanceTo(kept.id(), DeclarationStatus.EXPERT_REVIEW);
		decisions.decide(sd.authority(), call.id(), kept.id(), CommitteeDecision.Outcome.RECOGNIZE, "重新确认通过。", "乡村振兴");

		// no publicity: recognition re-confirms the base (same number) and concludes the call
		calls.closeDue(call.details().closesAt().plusSeconds(1));
		publicities.start(sd.authority(), call.id(), 0);
		List<BaseView> published = recognitions.recognize(sd.authority(), call.id(), java.util.Map.of());
		assertThat(published).extracting(BaseView::number).containsExactly(imported.get(1).number());
		assertThat(bases.reconfirmedIn(imported.get(1).id())).containsExactly(call.id());

		assertThat(imported).extracting(b -> records.find(b.id()).orElseThrow().status())
			.containsExactly(BaseStatus.ACTIVE, BaseStatus.ACTIVE, BaseStatus.LAPSED, BaseStatus.LAPSED, BaseStatus.ACTIVE);
		BaseView lapsed = records.find(imported.get(2).id()).orElseThrow();
		assertThat(lapsed.statusChangedOn()).isEqualTo(today);
		assertThat(lapsed.statusReason()).startsWith(ARTICLE + "：")
			.contains("未按时申请或未评审通过的，不再保留省级继续教育基地资格");
		assertThat(lapsed.number()).isEqualTo(imported.get(2).number());
		assertThat(jdbc.sql("select reason from audit_event where action = 'base.lapse' and target_id = ?")
			.param(String.valueOf(lapsed.id())).query(String.class).single()).isEqualTo(lapsed.statusReason());
		// the province's own bases are not this authority's to end
		assertThat(imports.ofMyAuthority(user("sd.authority"))).filteredOn(b -> b.number().equals("鲁继基〔2016〕001号"))
			.singleElement()
			.satisfies(b -> assertThat(b.status()).isEqualTo(BaseStatus.ACTIVE));

		// the holder with an account hears of it; a lapsed base holds nothing any more
		await().atMost(Duration.ofSeconds(10)).untilAsserted(() -> assertThat(notifications.recent(silentSchool, 10))
			.anySatisfy(n -> {
				assertThat(n.messageKey()).isEqualTo("notification.base.lapsed");
				assertThat(n.args()).containsExactly(silent.name(), lapsed.number(), "第二山东省厅重新确认", lapsed.statusReason());
				assertThat(n.link()).isEqualTo("/public/bases/" + lapsed.id());
			}));
		assertThat(notifications.recent(recognisedSchool, 10)).extracting(Notification::messageKey)
			.doesNotContain("notification.base.lapsed");
		Call next = shandongCall(sd.authority(), "第二山东省厅下一批重新确认");
		Declaration late = declarations.startDraft(silentSchool, next.id(), TrackKind.RECONFIRMATION);
		assertThat(declarations.eligibility(silentSchool, late).failures()).extracting(RuleResult::rule)
			.containsExactly("HOLDS_EXISTING_BASE");
	}

	@Test
	void aCallWithoutTheReconfirmationTrackEndsNoTitle() {
		BaseFixtures.SecondProvince sd = fixtures.secondShandong();
		BaseView base = imports.importRows(sd.authority(), BaseFixtures.rows(row(newNumber(), "普通批次下的原认定基地",
				Fixtures.newCreditCode()))).imported().get(0);
		Call call = calls.publish(sd.authority(), calls.create(sd.authority(), "SD", new CallDetails("第二山东省厅普通批次", 2026,
				null, "通知", Instant.now().minusSeconds(60), Instant.now().plus(Duration.ofHours(1)),
				List.of(TrackKind.REGULAR), List.of())).id(), null);
		calls.closeDue(call.details().closesAt().plusSeconds(1));
		calls.startReview(sd.authority(), call.id(), null);
		calls.conclude(sd.authority(), call.id(), null);
		assertThat(records.find(base.id()).orElseThrow().status()).isEqualTo(BaseStatus.ACTIVE);
	}

	/** A published SD call with the regular and the re-confirmation tracks, open for an hour. */
	private Call shandongCall(CurrentUser authority, String title) {
		Call draft = calls.create(authority, "SD", new CallDetails(title, 2026, null, "各市人力资源社会保障局：现开展申报和原认定基地重新确认工作。",
				Instant.now().minusSeconds(60), Instant.now().plus(Duration.ofHours(1)),
				List.of(TrackKind.REGULAR, TrackKind.RECONFIRMATION), List.of()));
		return calls.publish(authority, draft.id(), null);
	}

	/** Registers the institution and has 济南's bureau, the authority of its region, approve it. */
	private CurrentUser approvedInJinan(InstitutionRegistration registration) {
		Institution institution = institutions.register(registration);
		institutions.approve(user("sd.jinan"), institution.id(), null);
		return user(registration.username());
	}

	private Declaration submit(CurrentUser school, long callId, TrackKind track, Long channelId) {
		Declaration draft = declarations.startDraft(school, callId, track);
		declarations.saveDraft(school, draft.id(), strongForm(), channelId, null);
		return declarations.submit(school, draft.id(), null);
	}

	/** SD asks for 2,000 trainees a year (一(五)); the common complete form has fewer. */
	static DeclarationForm strongForm() {
		DeclarationForm f = Scenarios.completeForm();
		return new DeclarationForm(f.unitNature(), f.existingRegionalBase(), f.existingBaseName(), f.overview(), f.teachers(),
				f.keyFieldTraining(), f.managementSystem(), f.organisationalSupport(), f.performanceTargetsAndFunding(),
				f.mainFieldsAndFeatures(), f.keyField(), f.independentLegalPerson(), f.venueSeats(),
				f.fullTimeManagersWithBachelor(), List.of(2100, 2300, 2500), f.platformConnectsToProvince(),
				f.platformFunctions());
	}
}
