package cn.cebase.journeys;

import static com.microsoft.playwright.assertions.PlaywrightAssertions.assertThat;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.regex.Pattern;

import cn.cebase.CeBaseTest;
import cn.cebase.Fixtures;
import cn.cebase.Scenarios;
import cn.cebase.declaration.Declaration;
import cn.cebase.evaluation.Expert;
import cn.cebase.evaluation.ExpertDetails;
import cn.cebase.evaluation.ExpertPool;
import cn.cebase.evaluation.Panel;
import cn.cebase.evaluation.PanelRequest;
import cn.cebase.evaluation.Panels;
import cn.cebase.evaluation.Rubric;
import cn.cebase.evaluation.ScoreInput;
import cn.cebase.evaluation.Scoring;
import cn.cebase.evaluation.TitleLevel;
import cn.cebase.identity.CurrentUser;
import cn.cebase.review.RecommendationLetter;
import cn.cebase.review.ReviewManagement;
import cn.cebase.shared.BusinessException;
import com.microsoft.playwright.options.SelectOption;

import org.junit.jupiter.api.Test;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.security.core.userdetails.UserDetailsService;

/**
 * 组长 and 评审意见汇总 as people meet them: the authority designates the chair; the chair waits for
 * the last sheet, then writes the panel's opinion on each application; the authority reads it beside
 * the ranking.
 */
@CeBaseTest
class ChairSummaryJourneyTests extends BrowserJourney {

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

	@Autowired
	cn.cebase.recognition.DecisionManagement decisions;

	@Test
	void theChairWritesThePanelsOpinionAndTheAuthorityReadsItWithTheRanking() {
		CurrentUser fujian = Fixtures.user(users, "fj.authority");
		var open = scenarios.fujianCallOpenToANewSchool("福建省2026年继续教育基地申报" + System.nanoTime() % 10000);
		long callId = open.call().id();
		Declaration first = accepted(open.school(), callId);
		Declaration second = accepted(scenarios.anotherSchoolInFuzhou(), callId);
		Rubric rubric = scoring.rubric(fujian, callId);
		scoring.saveRubric(fujian, callId, Rubric.Aggregation.TRIMMED_MEAN, rubric.criteria());

		List<String> names = List.of("陈建国", "林晓红", "王志强");
		List<Expert> judges = new ArrayList<>();
		List<String> passwords = new ArrayList<>();
		for (String name : names) {
			String phone = "138" + String.format("%08d", System.nanoTime() % 100_000_000L);
			ExpertPool.Added added = experts.add(fujian, new ExpertDetails(name, "福建师范大学", null, "350102",
					"高等学校教师", TitleLevel.SENIOR, List.of("继续教育"), phone, null, null));
			judges.add(added.expert());
			passwords.add(added.temporaryPassword());
		}
		Panel panel = drawWithOnly(fujian, callId, judges);
		for (Expert judge : judges) {
			CurrentUser user = Fixtures.user(users, judge.username());
			panels.respond(user, panel.id(), true, null);
			panels.declare(user, panel.id(), first.id(), false, null);
			panels.declare(user, panel.id(), second.id(), false, null);
		}
		// every sheet but the last expert's on the second application
		score(judges.get(0), panel, first, 9, "师资队伍结构合理，远程教育平台功能完备。");
		score(judges.get(1), panel, first, 8, "设施配套较好，培训档案管理规范。");
		score(judges.get(2), panel, first, 7, "年度培训规模达到要求，建议加强课件更新。");
		score(judges.get(0), panel, second, 6, "专职管理人员不足，平台尚未与省平台对接。");
		score(judges.get(1), panel, second, 7, "场地满足要求，师资以兼职为主。");
		scoring.save(Fixtures.user(users, judges.get(2).username()), panel.id(), second.id(), points(rubric, 6, "尚在核实"));

		journey.signIn("fj.authority", Fixtures.PASSWORD);
		journey.go("/panels/" + panel.id());
		page.locator("#chair-expert").selectOption(new SelectOption().setValue(String.valueOf(judges.get(0).id())));
		journey.clickAndWaitForNextPage("#designate-chair");
		assertThat(page.locator(".alert-success")).containsText("已指定评审组组长");
		assertThat(page.locator("#chair-" + judges.get(0).id())).isVisible();
		journey.screenshot("22-01-chair-designated");
		journey.signOut();

		Expert chair = judges.get(0);
		journey.submitLogin(chair.username(), passwords.get(0));
		page.locator("#currentPassword").fill(passwords.get(0));
		page.locator("#newPassword").fill("Chen2026pass");
		page.locator("#confirmPassword").fill("Chen2026pass");
		journey.clickAndWaitForNextPage("#password-form button[type=submit]");
		journey.signIn(chair.username(), "Chen2026pass");
		journey.go("/expert/panels");
		assertThat(page.locator("#chair-of-" + panel.id())).isVisible();
		assertThat(page.locator("#chair-desk-" + panel.id())).containsText("5 / 6");
		journey.clickAndWaitForNextPage("#summary-" + first.id());
		assertThat(page.locator("#summary-waiting")).containsText("尚有 1 份评分表未提交");
		assertThat(page.locator("#save-summary")).isDisabled();
		journey.screenshot("22-02-chair-summary-waiting");

		// the last expert locks its sheet
		scoring.lock(Fixtures.user(users, judges.get(2).username()), panel.id(), second.id());
		journey.go("/expert/panels/" + panel.id() + "/declarations/" + first.id() + "/summary");
		assertThat(page.locator("#summary-waiting")).hasCount(0);
		assertThat(page.locator("#summary-sheets tbody tr")).hasCount(3);
		page.locator("#text").fill("该机构师资队伍结构合理，设施配套完善，远程教育平台具备网上报名、学习、考试等功能，"
				+ "年度培训规模达到要求。建议加强课件更新和意识形态审核。");
		journey.clickAndWaitForNextPage("#save-summary");
		// the recommendation was left out: named, and the opinion typed is kept
		assertThat(page.locator("#text")).hasValue(Pattern.compile("^该机构师资队伍结构合理.*"));
		assertThat(page.locator("#recommendation1")).hasClass(Pattern.compile(".*is-invalid.*"));
		page.locator("#recommendation1").check();
		journey.clickAndWaitForNextPage("#save-summary");
		assertThat(page.locator(".alert-success")).containsText("评审意见汇总已保存");
		assertThat(page.locator("#summary-written")).containsText("陈建国");
		journey.screenshot("22-03-chair-summary");

		journey.go("/expert/panels/" + panel.id() + "/declarations/" + second.id() + "/summary");
		page.locator("#recommendation3").check();
		page.locator("#text").fill("专职管理人员不足，远程教育平台尚未与省继续教育公共服务平台对接，"
				+ "建议实地考察核实平台功能和管理人员情况后再定。");
		journey.clickAndWaitForNextPage("#save-summary");
		assertThat(page.locator(".alert-success")).isVisible();
		journey.go("/expert/panels");
		assertThat(page.locator("#chair-desk-" + panel.id())).containsText("建议实地考察后再定");
		journey.screenshot("22-04-chair-panels");
		journey.signOut();

		journey.signIn("fj.authority", Fixtures.PASSWORD);
		journey.go("/calls/" + callId + "/ranking");
		assertThat(page.locator("#summary-" + first.id())).containsText("建议认定");
		assertThat(page.locator("#summary-" + second.id())).containsText("建议实地考察后再定");
		journey.screenshot("22-05-ranking-with-summaries");
		journey.signOut();

		// the committee decides on the first: the chair's summary stands as written
		decisions.decide(fujian, callId, first.id(), cn.cebase.recognition.CommitteeDecision.Outcome.RECOGNIZE,
				"专家评审意见一致，条件突出。", "智能制造");
		journey.signIn(chair.username(), "Chen2026pass");
		journey.go("/expert/panels/" + panel.id() + "/declarations/" + first.id() + "/summary");
		assertThat(page.locator("#summary-decided")).containsText("已对该申报作出决定");
		assertThat(page.locator("#summary-text")).containsText("该机构师资队伍结构合理");
		assertThat(page.locator("#summary-form")).hasCount(0);
		journey.screenshot("22-06-chair-summary-on-record");
	}

	private Declaration accepted(CurrentUser school, long callId) {
		Declaration d = scenarios.submitted(school, callId, scenarios.organization("hrss-350100"));
		reviews.recommend(Fixtures.user(users, "fj.fuzhou"), d.id(),
				new RecommendationLetter(true, null, "属地管理", "办学条件符合要求。", "黄蓉", "0591-87654321"), null, null);
		reviews.accept(Fixtures.user(users, "fj.authority"), d.id(), null, null);
		return d;
	}

	private void score(Expert judge, Panel panel, Declaration d, int each, String comment) {
		CurrentUser user = Fixtures.user(users, judge.username());
		Rubric rubric = scoring.rubric(Fixtures.user(users, "fj.authority"), panel.callId());
		scoring.save(user, panel.id(), d.id(), points(rubric, each, comment));
		scoring.lock(user, panel.id(), d.id());
	}

	private static ScoreInput points(Rubric rubric, int each, String comment) {
		Map<Integer, BigDecimal> points = new HashMap<>();
		rubric.criteria().forEach(c -> points.put(c.seq(), BigDecimal.valueOf(Math.min(each + c.seq() % 2, 10))));
		return new ScoreInput(points, Map.of(), Set.of(), comment);
	}

	/** Draws every eligible expert of FJ's pool and has all but {@code judges} decline, so that the panel is theirs. */
	private Panel drawWithOnly(CurrentUser authority, long callId, List<Expert> judges) {
		int eligible;
		try {
			panels.draw(authority, callId, new PanelRequest(null, 50, 0, false, 11L));
			throw new AssertionError("FJ's pool was expected to hold fewer than 50 eligible experts");
		}
		catch (BusinessException ex) {
			eligible = ((Number) ex.args()[1]).intValue();
		}
		Panel panel = panels.draw(authority, callId, new PanelRequest(null, eligible, 0, false, 11L));
		List<Long> mine = judges.stream().map(Expert::id).toList();
		for (Panel.Member m : panel.members()) {
			if (!mine.contains(m.expertId())) {
				String username = experts.list(authority).stream().filter(e -> e.id() == m.expertId()).findFirst()
					.orElseThrow().username();
				panels.respond(Fixtures.user(users, username), panel.id(), false, "时间冲突");
			}
		}
		return panels.get(authority, panel.id());
	}
}
