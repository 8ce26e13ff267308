package cn.cebase.evaluation;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;

import cn.cebase.CeBaseTest;
import cn.cebase.Fixtures;
import cn.cebase.Scenarios;
import cn.cebase.declaration.Declaration;
import cn.cebase.identity.CurrentUser;
import cn.cebase.review.ReviewManagement;
import cn.cebase.shared.BusinessException;

import org.junit.jupiter.api.Test;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.security.core.userdetails.UserDetailsService;

/** 专家评分: the rubric from the FJ template, scores within the maxima, locking, change history, trimmed means. */
@CeBaseTest
class ScoringTests {

	@Autowired
	Scoring scoring;

	@Autowired
	Panels panels;

	@Autowired
	ExpertPool experts;

	@Autowired
	Scenarios scenarios;

	@Autowired
	ReviewManagement reviews;

	@Autowired
	UserDetailsService users;

	@Test
	void theCombinedScoreDropsTheHighestAndLowestWithThreeOrMore() {
		List<BigDecimal> totals = List.of(new BigDecimal("60"), new BigDecimal("80"), new BigDecimal("85"), new BigDecimal("99"));
		assertThat(Scoring.combine(totals, Rubric.Aggregation.TRIMMED_MEAN)).isEqualByComparingTo("82.50");
		assertThat(Scoring.combine(totals, Rubric.Aggregation.MEAN)).isEqualByComparingTo("81.00");
		assertThat(Scoring.combine(totals.subList(0, 2), Rubric.Aggregation.TRIMMED_MEAN)).isEqualByComparingTo("70.00");
		assertThat(Scoring.combine(List.of(), Rubric.Aggregation.MEAN)).isNull();
	}

	@Test
	void expertsScoreWithinTheMaximaLockAndAreRanked() {
		CurrentUser fujian = Fixtures.user(users, "fj.authority");
		var open = scenarios.fujianCallOpenToANewSchool("福建专家评分");
		long callId = open.call().id();
		Declaration d = scenarios.submitted(open.school(), callId, scenarios.organization("hrss-350100"));
		reviews.recommend(Fixtures.user(users, "fj.fuzhou"), d.id(),
				new cn.cebase.review.RecommendationLetter(true, null, "属地管理", "理由", "黄蓉", "0591-87654321"), null, null);
		reviews.accept(fujian, d.id(), null, null);

		// the FJ template: nine topics of 第二十条, two of them veto items
		Rubric template = scoring.rubric(fujian, callId);
		assertThat(template.criteria()).hasSize(9).filteredOn(Rubric.Criterion::veto).hasSize(2);
		assertThat(template.criteria()).allSatisfy(c -> assertThat(c.source()).contains("第二十条"));
		assertThatThrownBy(() -> scoring.saveRubric(fujian, callId, Rubric.Aggregation.MEAN,
				List.of(new Rubric.Criterion(1, "师资", BigDecimal.ZERO, BigDecimal.ONE, false, null),
						new Rubric.Criterion(2, "师资", BigDecimal.TEN, new BigDecimal("-1"), false, null))))
			.isInstanceOfSatisfying(BusinessException.class, ex -> assertThat(ex.details()).extracting(BusinessException::field)
				.containsExactlyInAnyOrder("criteria[0].maxPoints", "criteria[1].name", "criteria[1].weight"));
		Rubric rubric = scoring.saveRubric(fujian, callId, Rubric.Aggregation.TRIMMED_MEAN, List.of(
				new Rubric.Criterion(1, "师资队伍", new BigDecimal("40"), BigDecimal.ONE, false, "FJ 第二十条"),
				new Rubric.Criterion(2, "设施配套", new BigDecimal("30"), BigDecimal.ONE, false, "FJ 第二十条"),
				new Rubric.Criterion(3, "信用情况", new BigDecimal("30"), BigDecimal.ONE, true, "FJ 第二十条")));
		assertThat(rubric.maxTotal()).isEqualByComparingTo("100");

		List<CurrentUser> judges = new ArrayList<>();
		for (int i = 0; i < 3; i++) {
			String phone = "135" + String.format("%08d", System.nanoTime() % 100_000_000L);
			Expert e = experts.add(fujian, new ExpertDetails("福建专家" + i, "福州大学", null, "350102", "高等学校教师",
					TitleLevel.SENIOR, List.of("继续教育"), phone, null, null)).expert();
			judges.add(Fixtures.user(users, e.username()));
		}
		// draw everyone eligible in FJ's pool: the three above are among them
		int eligible = panels.draw(fujian, callId, new PanelRequest(null, 1, 0, false, 1L)).candidates();
		Panel panel = panels.draw(fujian, callId, new PanelRequest(null, eligible, 0, false, 2L));
		for (CurrentUser judge : judges) {
			panels.respond(judge, panel.id(), true, null);
		}
		CurrentUser first = judges.get(0);
		// not before declaring no conflict
		assertThatThrownBy(() -> scoring.sheet(first, panel.id(), d.id())).isInstanceOfSatisfying(BusinessException.class,
				ex -> assertThat(ex.messageKey()).isEqualTo("score.notAssigned"));
		for (CurrentUser judge : judges) {
			panels.declare(judge, panel.id(), d.id(), false, null);
		}
		assertThatThrownBy(() -> scoring.save(first, panel.id(), d.id(), input(41, 30, 30, false)))
			.isInstanceOfSatisfying(BusinessException.class, ex -> assertThat(ex.messageKey()).isEqualTo("score.aboveMaximum"));
		assertThatThrownBy(() -> scoring.lock(first, panel.id(), d.id())).isInstanceOf(BusinessException.class);
		scoring.save(first, panel.id(), d.id(), input(30, 20, 20, false));
		ScoreSheetView changed = scoring.save(first, panel.id(), d.id(), input(35, 20, 20, false));
		assertThat(changed.total(rubric)).isEqualByComparingTo("75");
		assertThat(scoring.changes(panel.id(), changed.expertId(), d.id())).isEqualTo(4);
		scoring.lock(first, panel.id(), d.id());
		assertThatThrownBy(() -> scoring.save(first, panel.id(), d.id(), input(40, 30, 30, false)))
			.isInstanceOfSatisfying(BusinessException.class, ex -> assertThat(ex.messageKey()).isEqualTo("score.locked"));
		scoring.save(judges.get(1), panel.id(), d.id(), input(40, 30, 30, false));
		scoring.lock(judges.get(1), panel.id(), d.id());
		scoring.save(judges.get(2), panel.id(), d.id(), input(20, 10, 10, false));
		scoring.lock(judges.get(2), panel.id(), d.id());

		assertThatThrownBy(() -> scoring.saveRubric(fujian, callId, Rubric.Aggregation.MEAN, rubric.criteria()))
			.isInstanceOfSatisfying(BusinessException.class, ex -> assertThat(ex.messageKey()).isEqualTo("rubric.scoringStarted"));
		Ranking ranking = scoring.ranking(fujian, callId).stream().filter(r -> r.declarationId() == d.id()).findFirst().orElseThrow();
		assertThat(ranking.locked()).isEqualTo(3);
		// 40, 75, 100: without the highest and the lowest, 75
		assertThat(ranking.score()).isEqualByComparingTo("75");
		assertThat(ranking.rank()).isEqualTo(1);
		assertThat(ranking.vetoed()).isFalse();
		// another authority sees nothing
		assertThatThrownBy(() -> scoring.ranking(Fixtures.user(users, "jl.authority"), callId)).isInstanceOf(BusinessException.class);
	}

	static ScoreInput input(int a, int b, int c, boolean veto) {
		Map<Integer, BigDecimal> points = new HashMap<>();
		points.put(1, BigDecimal.valueOf(a));
		points.put(2, BigDecimal.valueOf(b));
		points.put(3, BigDecimal.valueOf(c));
		return new ScoreInput(points, Map.of(1, "师资较强"), veto ? Set.of(3) : Set.of(), "总体较好");
	}
}
