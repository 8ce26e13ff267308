package cn.cebase.evaluation;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.ArrayList;
import java.util.List;

import cn.cebase.CeBaseTest;
import cn.cebase.Fixtures;
import cn.cebase.Scenarios;
import cn.cebase.declaration.Declaration;
import cn.cebase.declaration.DeclarationManagement;
import cn.cebase.identity.CurrentUser;
import cn.cebase.review.ReviewManagement;
import cn.cebase.review.RecommendationLetter;
import cn.cebase.shared.BusinessException;

import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.security.core.userdetails.UserDetailsService;

/** A panel for a JL call: drawn with 回避, reproducible, a decline and a conflict each bring a reserve in. */
@CeBaseTest
class PanelTests {

	static final RecommendationLetter LETTER = new RecommendationLetter(false, null, "属地管理", "办学条件符合要求。", "陈静",
			"0432-62345678");

	@Autowired
	Panels panels;

	@Autowired
	ExpertPool experts;

	@Autowired
	Scenarios scenarios;

	@Autowired
	ReviewManagement reviews;

	@Autowired
	DeclarationManagement declarations;

	@Autowired
	UserDetailsService users;

	CurrentUser jilin;

	long callId;

	Declaration accepted;

	String applicant;

	List<Expert> pool = new ArrayList<>();

	@BeforeEach
	void anAcceptedApplicationAndAPool() {
		jilin = Fixtures.user(users, "jl.authority");
		var open = scenarios.jilinCallOpenToANewSchoolIn("吉林专家抽取" + System.nanoTime() % 100000, "220202");
		callId = open.call().id();
		applicant = open.registration().name();
		Declaration d = scenarios.submitted(open.school(), callId, scenarios.organization("jl-jilin-health"));
		reviews.pass(Fixtures.user(users, "jl.jilin.health"), d.id(), null, null);
		reviews.recommend(Fixtures.user(users, "jl.jilin"), d.id(), LETTER, null, null);
		accepted = reviews.accept(jilin, d.id(), null, null);
		for (int i = 0; i < 6; i++) {
			pool.add(add("长春专家" + i, "长春大学", "220102"));
		}
		pool.add(add("申报单位专家", applicant, "220202"));
		pool.add(add("卫健委专家", "吉林市卫生健康委员会", "220202"));
	}

	Expert add(String name, String employer, String region) {
		String phone = "137" + String.format("%08d", System.nanoTime() % 100_000_000L);
		return experts.add(jilin, new ExpertDetails(name, employer, null, region, "工程系列", TitleLevel.ASSOCIATE_SENIOR,
				List.of("继续教育"), phone, null, null)).expert();
	}

	CurrentUser as(Expert e) {
		return Fixtures.user(users, e.username());
	}

	@Test
	void theDrawAvoidsTheApplicantAndItsRouteAndCanBeChecked() {
		Panel panel = panels.draw(jilin, callId, new PanelRequest(null, 3, 2, false, 20261121L));
		assertThat(panel.seed()).isEqualTo(20261121L);
		List<String> drawn = panel.members().stream().map(Panel.Member::name).toList();
		assertThat(drawn).hasSize(5).doesNotContain("申报单位专家", "卫健委专家");
		assertThat(panel.assignments()).hasSize(3).allSatisfy(a -> assertThat(a.declarationId()).isEqualTo(accepted.id()));
		List<Long> again = panels.redraw(jilin, panel.id());
		assertThat(again).isEqualTo(panel.members().stream().map(Panel.Member::expertId).toList());
		assertThatThrownBy(() -> panels.draw(jilin, callId, new PanelRequest(null, 40, 0, false, null)))
			.isInstanceOfSatisfying(BusinessException.class,
					ex -> assertThat(ex.messageKey()).isEqualTo("panel.notEnoughExperts"));
		// another authority cannot see or draw it
		assertThatThrownBy(() -> panels.get(Fixtures.user(users, "fj.authority"), panel.id()))
			.isInstanceOf(BusinessException.class);
		assertThatThrownBy(() -> panels.draw(Fixtures.user(users, "jl.jilin.health"), callId,
				new PanelRequest(null, 3, 0, false, null))).isInstanceOf(BusinessException.class);
	}

	@Test
	void aDeclineAndAConflictEachBringTheNextReserveIn() {
		Panel panel = panels.draw(jilin, callId, new PanelRequest(null, 2, 2, false, 7L));
		Panel.Member first = panel.members().get(0);
		Panel.Member second = panel.members().get(1);
		Panel.Member reserve1 = panel.members().get(2);
		Panel.Member reserve2 = panel.members().get(3);
		Expert e1 = experts.find(first.expertId()).orElseThrow();
		Expert e2 = experts.find(second.expertId()).orElseThrow();

		assertThatThrownBy(() -> panels.respond(as(e1), panel.id(), false, " ")).isInstanceOfSatisfying(
				BusinessException.class, ex -> assertThat(ex.field()).isEqualTo("reason"));
		Panel afterDecline = panels.respond(as(e1), panel.id(), false, "出差在外");
		assertThat(status(afterDecline, reserve1.expertId())).isEqualTo(Panel.Status.INVITED);
		assertThat(afterDecline.assignments()).extracting(Panel.Assignment::expertId).contains(reserve1.expertId())
			.doesNotContain(e1.id());

		// before accepting, no declaration; before declaring, no file
		assertThatThrownBy(() -> panels.declare(as(e2), panel.id(), accepted.id(), false, null))
			.isInstanceOfSatisfying(BusinessException.class, ex -> assertThat(ex.messageKey()).isEqualTo("panel.acceptFirst"));
		panels.respond(as(e2), panel.id(), true, null);
		assertThatThrownBy(() -> declarations.get(as(e2), accepted.id())).isInstanceOf(BusinessException.class);
		// the pool is shared with other tests' panels (and the demo's), so count this panel's invitation only
		long reserve2Invitations = panels.invitationCount(experts.find(reserve2.expertId()).map(this::as).orElseThrow());
		Panel afterConflict = panels.declare(as(e2), panel.id(), accepted.id(), true, "曾为该单位授课");
		assertThat(status(afterConflict, reserve2.expertId())).isEqualTo(Panel.Status.INVITED);
		assertThatThrownBy(() -> declarations.get(as(e2), accepted.id())).isInstanceOf(BusinessException.class);
		assertThatThrownBy(() -> panels.declare(as(e2), panel.id(), accepted.id(), false, null))
			.isInstanceOfSatisfying(BusinessException.class, ex -> assertThat(ex.messageKey()).isEqualTo("panel.alreadyDeclared"));

		Expert r1 = experts.find(reserve1.expertId()).orElseThrow();
		panels.respond(as(r1), panel.id(), true, null);
		panels.declare(as(r1), panel.id(), accepted.id(), false, null);
		assertThat(declarations.get(as(r1), accepted.id()).id()).isEqualTo(accepted.id());
		assertThat(panels.mine(as(r1))).extracting(Panel::id).contains(panel.id());
		assertThat(panels.invitationCount(experts.find(reserve2.expertId()).map(this::as).orElseThrow()))
			.isEqualTo(reserve2Invitations + 1);
	}

	static Panel.Status status(Panel panel, long expertId) {
		return panel.members().stream().filter(m -> m.expertId() == expertId).findFirst().orElseThrow().status();
	}
}
