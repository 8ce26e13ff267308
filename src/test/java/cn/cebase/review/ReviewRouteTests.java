package cn.cebase.review;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import cn.cebase.CeBaseTest;
import cn.cebase.Fixtures;
import cn.cebase.Scenarios;
import cn.cebase.call.CallManagement;
import cn.cebase.call.RouteStop;
import cn.cebase.declaration.Declaration;
import cn.cebase.declaration.DeclarationManagement;
import cn.cebase.declaration.DeclarationStatus;
import cn.cebase.identity.CurrentUser;
import cn.cebase.shared.BusinessException;

import org.junit.jupiter.api.Test;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.security.core.userdetails.UserDetailsService;

/** The route of DESIGN.md §2.4, stage by stage, with its refusals. */
@CeBaseTest
class ReviewRouteTests {

	static final RecommendationLetter LETTER = new RecommendationLetter(true, "本市已建成市级基地5个", "属地管理",
			"该校近3年承担本市专业技术人员知识更新工程培训任务3项，培训4200人次。", "黄蓉", "0591-87654321");

	@Autowired
	Scenarios scenarios;

	@Autowired
	ReviewManagement reviews;

	@Autowired
	DeclarationManagement declarations;

	@Autowired
	CallManagement calls;

	@Autowired
	UserDetailsService users;

	CurrentUser user(String username) {
		return Fixtures.user(users, username);
	}

	@Test
	void fujianSchoolIsRecommendedByItsCityAndAcceptedByTheProvince() {
		var open = scenarios.fujianCallOpenToANewSchool("福建审核推荐");
		long fuzhou = scenarios.organization("hrss-350100");
		Declaration d = scenarios.submitted(open.school(), open.call().id(), fuzhou);

		CurrentUser city = user("fj.fuzhou");
		assertThat(reviews.waiting(city)).extracting(WorkItem::declarationId).contains(d.id());
		ReviewCase seen = reviews.open(city, d.id());
		assertThat(seen.route()).extracting(ReviewStage::name).containsExactly("审核推荐", "审核认定");
		assertThat(seen.myStage()).hasValueSatisfying(s -> assertThat(s.recommends()).isTrue());

		Declaration recommended = reviews.recommend(city, d.id(), LETTER, "同意推荐", seen.declaration().version());
		assertThat(recommended.status()).isEqualTo(DeclarationStatus.RECOMMENDED);
		assertThat(reviews.waiting(city)).extracting(WorkItem::declarationId).doesNotContain(d.id());
		assertThat(reviews.recommendations(city, open.call().id())).singleElement()
			.satisfies(r -> assertThat(r.rank()).isEqualTo(1));

		CurrentUser province = user("fj.authority");
		assertThat(reviews.countWaiting(province)).isPositive();
		Declaration accepted = reviews.accept(province, d.id(), null, null);
		assertThat(accepted.status()).isEqualTo(DeclarationStatus.ACCEPTED);
		assertThat(reviews.open(open.school(), d.id()).history()).extracting(ReviewAction::action)
			.containsExactly(ReviewActionKind.RECOMMENDED, ReviewActionKind.ACCEPTED);
	}

	@Test
	void aJilinSchoolWithAnIndustryAuthorityGoesThroughItThenTheCityThenTheProvince() {
		var open = scenarios.jilinCallOpenToANewSchoolIn("吉林审核推荐", "220202");
		long health = scenarios.organization("jl-jilin-health");
		Declaration d = scenarios.submitted(open.school(), open.call().id(), health);
		assertThat(reviews.open(open.school(), d.id()).route()).extracting(ReviewStage::name, ReviewStage::actorName)
			.containsExactly(org.assertj.core.groups.Tuple.tuple("初审", "吉林市卫生健康委员会"),
					org.assertj.core.groups.Tuple.tuple("复核推荐", "吉林市人力资源和社会保障局"),
					org.assertj.core.groups.Tuple.tuple("评审认定", "吉林省人力资源和社会保障厅"));

		// the city cannot act before the industry authority has
		assertThatThrownBy(() -> reviews.recommend(user("jl.jilin"), d.id(), LETTER, null, null))
			.isInstanceOfSatisfying(BusinessException.class, ex -> assertThat(ex.messageKey()).isEqualTo("review.notYourStage"));
		// an industry authority reads the application although the school is not below it in the tree
		assertThat(reviews.open(user("jl.jilin.health"), d.id()).myStage()).isPresent();
		assertThat(reviews.pass(user("jl.jilin.health"), d.id(), "材料属实", null).status())
			.isEqualTo(DeclarationStatus.IN_REVIEW);
		assertThat(reviews.recommend(user("jl.jilin"), d.id(), LETTER, "复核通过", null).status())
			.isEqualTo(DeclarationStatus.RECOMMENDED);
		assertThat(reviews.accept(user("jl.authority"), d.id(), null, null).status()).isEqualTo(DeclarationStatus.ACCEPTED);
	}

	@Test
	void aJilinSchoolWithoutAnIndustryAuthorityGoesToItsCityOnce() {
		var open = scenarios.jilinCallOpenToANewSchoolIn("吉林无主管部门", "220202");
		Declaration d = scenarios.submitted(open.school(), open.call().id(), null);
		assertThat(reviews.open(open.school(), d.id()).route()).extracting(ReviewStage::actorName)
			.containsExactly("吉林市人力资源和社会保障局", "吉林省人力资源和社会保障厅");
	}

	@Test
	void theRouteIsResolvedForEachSeed() {
		var fj = scenarios.fujianCallOpenToANewSchool("福建路线");
		assertThat(calls.route(fj.call().id(), "350102", scenarios.organization("fj-edu"))).extracting(RouteStop::name,
				s -> s.actor().name(), RouteStop::recommends, RouteStop::intake)
			.containsExactly(org.assertj.core.groups.Tuple.tuple("审核推荐", "福建省教育厅", true, false),
					org.assertj.core.groups.Tuple.tuple("审核认定", "福建省人力资源和社会保障厅", false, true));
		assertThatThrownBy(() -> calls.route(fj.call().id(), "350102", null)).isInstanceOfSatisfying(BusinessException.class,
				ex -> assertThat(ex.messageKey()).isEqualTo("call.route.channelRequired"));
		// 厦门's bureau cannot recommend a Fuzhou school, nor can a Jilin department
		assertThatThrownBy(() -> calls.route(fj.call().id(), "350102", scenarios.organization("hrss-350200")))
			.isInstanceOfSatisfying(BusinessException.class,
					ex -> assertThat(ex.messageKey()).isEqualTo("call.route.channelNotAllowed"));
		assertThatThrownBy(() -> calls.route(fj.call().id(), "350102", scenarios.organization("jl-edu")))
			.isInstanceOf(BusinessException.class);
		assertThat(calls.channels(fj.call().id(), "350102")).extracting(o -> o.name())
			.contains("福州市人力资源和社会保障局", "福建省教育厅")
			.doesNotContain("厦门市人力资源和社会保障局");
	}

	@Test
	void ziboGoesThroughTheDistrictBureauOrACityDepartmentAndNat6ThroughAMinistry() {
		CurrentUser zibo = user("zb.authority");
		var zb = calls.publish(zibo, calls.create(zibo, "ZB", new cn.cebase.call.CallDetails("淄博路线", 2026, null, "通知",
				java.time.Instant.now().minusSeconds(60), java.time.Instant.now().plus(java.time.Duration.ofDays(5)),
				java.util.List.of(cn.cebase.policy.TrackKind.REGULAR), java.util.List.of())).id(), null);
		assertThat(calls.route(zb.id(), "370303", null)).extracting(s -> s.actor().name())
			.containsExactly("张店区人力资源和社会保障局", "淄博市人力资源和社会保障局");
		assertThat(calls.route(zb.id(), "370303", scenarios.organization("zb-edu"))).extracting(s -> s.actor().name())
			.containsExactly("淄博市教育局", "淄博市人力资源和社会保障局");

		CurrentUser mohrss = user("mohrss");
		var nat = calls.publish(mohrss, calls.create(mohrss, "NAT6", new cn.cebase.call.CallDetails("第六批路线", 2026, "第六批",
				"通知", java.time.Instant.now().minusSeconds(60), java.time.Instant.now().plus(java.time.Duration.ofDays(5)),
				java.util.List.of(cn.cebase.policy.TrackKind.REGULAR), java.util.List.of())).id(), null);
		assertThat(calls.route(nat.id(), "350102", scenarios.organization("miit"))).extracting(RouteStop::name,
				s -> s.actor().name())
			.containsExactly(org.assertj.core.groups.Tuple.tuple("预审推荐", "工业和信息化部人事教育司"),
					org.assertj.core.groups.Tuple.tuple("复核认定", "人力资源社会保障部"));
		// a province recommends only its own institutions
		assertThat(calls.channels(nat.id(), "350102")).extracting(o -> o.name())
			.contains("福建省人力资源和社会保障厅", "工业和信息化部人事教育司", "中国航天科技集团有限公司人力资源部")
			.doesNotContain("吉林省人力资源和社会保障厅");
	}

	@Test
	void aSubmissionWithoutARecommenderNamesTheField() {
		var open = scenarios.fujianCallOpenToANewSchool("福建未选推荐单位");
		assertThatThrownBy(() -> scenarios.submitted(open.school(), open.call().id(), null))
			.isInstanceOfSatisfying(BusinessException.class,
					ex -> assertThat(ex.details()).extracting(BusinessException::field).containsExactly("channelId"));
	}

	@Test
	void returnedForRevisionTheApplicantSeesTheCommentsAndResubmitsToTheFirstStage() {
		var open = scenarios.fujianCallOpenToANewSchool("福建退回修改");
		Declaration d = scenarios.submitted(open.school(), open.call().id(), scenarios.organization("hrss-350100"));
		CurrentUser city = user("fj.fuzhou");
		assertThatThrownBy(() -> reviews.returnTo(city, d.id(), 0, " ", null)).isInstanceOfSatisfying(
				BusinessException.class, ex -> assertThat(ex.field()).isEqualTo("opinion"));
		Declaration returned = reviews.returnTo(city, d.id(), 0, "请补充近三年培训人次的佐证材料。", null);
		assertThat(returned.status()).isEqualTo(DeclarationStatus.RETURNED);
		assertThat(declarations.get(open.school(), d.id()).note()).isEqualTo("请补充近三年培训人次的佐证材料。");
		assertThat(reviews.waiting(city)).extracting(WorkItem::declarationId).doesNotContain(d.id());

		declarations.saveDraft(open.school(), d.id(), Scenarios.completeForm(), null);
		assertThat(declarations.submit(open.school(), d.id(), null).status()).isEqualTo(DeclarationStatus.SUBMITTED);
		assertThat(declarations.versions(open.school(), d.id())).hasSize(2);
		assertThat(reviews.waiting(city)).extracting(WorkItem::declarationId).contains(d.id());
	}

	@Test
	void theAuthorityReturnsToTheRecommenderWhichGetsItsPlaceBack() {
		var open = scenarios.fujianCallOpenToANewSchool("福建退回推荐单位");
		Declaration d = scenarios.submitted(open.school(), open.call().id(), scenarios.organization("hrss-350100"));
		reviews.recommend(user("fj.fuzhou"), d.id(), LETTER, null, null);
		assertThatThrownBy(() -> reviews.returnTo(user("fj.authority"), d.id(), 2, "请复核", null))
			.isInstanceOfSatisfying(BusinessException.class, ex -> assertThat(ex.field()).isEqualTo("toSeq"));
		Declaration back = reviews.returnTo(user("fj.authority"), d.id(), 1, "请推荐单位复核师资情况。", null);
		assertThat(back.status()).isEqualTo(DeclarationStatus.IN_REVIEW);
		assertThat(reviews.recommendations(user("fj.fuzhou"), open.call().id())).isEmpty();
		assertThat(reviews.open(user("fj.fuzhou"), d.id()).myStage()).isPresent();
	}

	@Test
	void anOrganisationOffTheRouteCanNeitherReadNorAct() {
		var open = scenarios.fujianCallOpenToANewSchool("福建越权");
		Declaration d = scenarios.submitted(open.school(), open.call().id(), scenarios.organization("hrss-350100"));
		assertThatThrownBy(() -> reviews.open(user("jl.jilin"), d.id())).isInstanceOfSatisfying(BusinessException.class,
				ex -> assertThat(ex.kind()).isEqualTo(BusinessException.Kind.NOT_FOUND));
		assertThatThrownBy(() -> reviews.recommend(user("jl.jilin"), d.id(), LETTER, null, null))
			.isInstanceOf(BusinessException.class);
		// the province reads it (in scope) but it is not its turn yet
		assertThatThrownBy(() -> reviews.accept(user("fj.authority"), d.id(), null, null)).isInstanceOfSatisfying(
				BusinessException.class, ex -> assertThat(ex.kind()).isEqualTo(BusinessException.Kind.FORBIDDEN));
		// nor can the applicant act on its own file
		assertThatThrownBy(() -> reviews.pass(open.school(), d.id(), null, null)).isInstanceOfSatisfying(
				BusinessException.class, ex -> assertThat(ex.kind()).isEqualTo(BusinessException.Kind.FORBIDDEN));
		assertThat(reviews.waiting(open.school())).isEmpty();
	}

	@Test
	void aStaleVersionIsRefusedAndNothingMoves() {
		var open = scenarios.fujianCallOpenToANewSchool("福建过期表单");
		Declaration d = scenarios.submitted(open.school(), open.call().id(), scenarios.organization("hrss-350100"));
		assertThatThrownBy(() -> reviews.recommend(user("fj.fuzhou"), d.id(), LETTER, null, d.version() - 1))
			.isInstanceOfSatisfying(BusinessException.class, ex -> assertThat(ex.messageKey()).isEqualTo("review.stale"));
		assertThat(declarations.get(open.school(), d.id()).status()).isEqualTo(DeclarationStatus.SUBMITTED);
	}

	@Test
	void theLetterNeedsItsFieldsAndTheRefusalItsReason() {
		var open = scenarios.fujianCallOpenToANewSchool("福建推荐函");
		Declaration d = scenarios.submitted(open.school(), open.call().id(), scenarios.organization("hrss-350100"));
		assertThatThrownBy(() -> reviews.recommend(user("fj.fuzhou"), d.id(),
				new RecommendationLetter(null, null, " ", null, "黄蓉", "abc"), null, null))
			.isInstanceOfSatisfying(BusinessException.class, ex -> assertThat(ex.details()).extracting(BusinessException::field)
				.containsExactlyInAnyOrder("buildsBases", "relation", "reason", "contactPhone"));
		reviews.recommend(user("fj.fuzhou"), d.id(), LETTER, null, null);
		assertThatThrownBy(() -> reviews.refuse(user("fj.authority"), d.id(), null, null, null))
			.isInstanceOfSatisfying(BusinessException.class, ex -> assertThat(ex.details()).extracting(BusinessException::field)
				.containsExactlyInAnyOrder("refusalReason", "opinion"));
		Declaration refused = reviews.refuse(user("fj.authority"), d.id(), InadmissibleReason.INCOMPLETE,
				"未按要求提供纸质材料。", null);
		assertThat(refused.status()).isEqualTo(DeclarationStatus.INADMISSIBLE);
		assertThat(declarations.get(open.school(), d.id()).note()).isEqualTo("未按要求提供纸质材料。");
		assertThat(reviews.recommendations(user("fj.fuzhou"), open.call().id())).isEmpty();
	}

	@Test
	void anInstitutionRefusedForFalsifiedMaterialsIsNeverAcceptedAgain() {
		var open = scenarios.fujianCallOpenToANewSchool("福建弄虚作假");
		Declaration d = scenarios.submitted(open.school(), open.call().id(), scenarios.organization("hrss-350100"));
		reviews.recommend(user("fj.fuzhou"), d.id(), LETTER, null, null);
		reviews.refuse(user("fj.authority"), d.id(), InadmissibleReason.FALSIFIED, "近三年培训人次证明系伪造。", null);

		CurrentUser fujian = user("fj.authority");
		var next = calls.publish(fujian, calls.create(fujian, "FJ", new cn.cebase.call.CallDetails("福建下一批次", 2027, null,
				"通知", java.time.Instant.now().minusSeconds(60), java.time.Instant.now().plus(java.time.Duration.ofDays(5)),
				java.util.List.of(cn.cebase.policy.TrackKind.REGULAR), java.util.List.of())).id(), null);
		assertThatThrownBy(() -> scenarios.submitted(open.school(), next.id(), scenarios.organization("hrss-350100")))
			.isInstanceOfSatisfying(BusinessException.class, ex -> assertThat(ex.details())
				.extracting(BusinessException::field, BusinessException::messageKey)
				.contains(org.assertj.core.groups.Tuple.tuple("eligibility.NEVER_FALSIFIED", "eligibility.falsified.fail")));
	}

	@Test
	void withdrawingGivesTheRecommendersPlaceBack() {
		var open = scenarios.fujianCallOpenToANewSchool("福建撤回");
		Declaration d = scenarios.submitted(open.school(), open.call().id(), scenarios.organization("hrss-350100"));
		reviews.recommend(user("fj.fuzhou"), d.id(), LETTER, null, null);
		declarations.withdraw(open.school(), d.id(), "不再申报");
		assertThat(reviews.recommendations(user("fj.fuzhou"), open.call().id())).isEmpty();
		assertThat(reviews.waiting(user("fj.authority"))).extracting(WorkItem::declarationId).doesNotContain(d.id());
	}
}
