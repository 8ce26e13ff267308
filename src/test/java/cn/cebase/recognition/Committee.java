package cn.cebase.recognition;

import java.math.BigDecimal;
import java.util.List;
import java.util.Map;

import cn.cebase.Fixtures;
import cn.cebase.Scenarios;
import cn.cebase.declaration.Declaration;
import cn.cebase.evaluation.ChairSummary;
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

import org.springframework.security.core.userdetails.UserDetailsService;
import org.springframework.stereotype.Component;

/** Test set-up: an FJ call whose applications went through 福州 and the province and are in expert review. */
@Component
public class Committee {

	private final Scenarios scenarios;

	private final ReviewManagement reviews;

	private final ExpertPool experts;

	private final Panels panels;

	private final Scoring scoring;

	private final UserDetailsService users;

	Committee(Scenarios scenarios, ReviewManagement reviews, ExpertPool experts, Panels panels, Scoring scoring,
			UserDetailsService users) {
		this.scenarios = scenarios;
		this.reviews = reviews;
		this.experts = experts;
		this.panels = panels;
		this.scoring = scoring;
		this.users = users;
	}

	/** A call with {@code schools} applications in expert review: a one-expert panel drawn for them. */
	public InReview inExpertReview(String title, int schools) {
		var open = scenarios.fujianCallOpenToANewSchool(title);
		long callId = open.call().id();
		List<CurrentUser> applicants = new java.util.ArrayList<>(List.of(open.school()));
		while (applicants.size() < schools) {
			applicants.add(scenarios.anotherSchoolInFuzhou());
		}
		List<Declaration> applications = applicants.stream().map(school -> accepted(school, callId)).toList();
		CurrentUser fujian = Fixtures.user(users, "fj.authority");
		scenarios.expertChoosesAPassword(experts.add(fujian, new ExpertDetails("委员" + System.nanoTime() % 10000, "福州大学",
				null, "350102", "高等学校教师", TitleLevel.SENIOR, List.of("继续教育"),
				"139" + String.format("%08d", System.nanoTime() % 100_000_000L), null, null)));
		panels.draw(fujian, callId, new PanelRequest(null, 1, 0, false, 3L));
		return new InReview(callId, applications, applicants);
	}

	/**
	 * The panel's one expert accepts, becomes its chair, scores each application ({@code points} out
	 * of 100, in the order of the applications) and locks the sheet, then summarises each application.
	 */
	public Scored scoredAndSummarised(InReview call, int... points) {
		CurrentUser fujian = Fixtures.user(users, "fj.authority");
		scoring.saveRubric(fujian, call.callId(), Rubric.Aggregation.MEAN, List.of(new Rubric.Criterion(1, "综合评价",
				new BigDecimal("100"), BigDecimal.ONE, false, "FJ 第二十条")));
		Panel panel = panels.ofCall(fujian, call.callId()).get(0);
		long expertId = panel.members().stream().filter(m -> m.role() == Panel.Role.MEMBER).findFirst().orElseThrow()
			.expertId();
		CurrentUser chair = Fixtures.user(users, experts.find(expertId).orElseThrow().username());
		panels.respond(chair, panel.id(), true, null);
		panels.designateChair(fujian, panel.id(), expertId);
		for (int i = 0; i < call.applications().size(); i++) {
			long d = call.applications().get(i).id();
			panels.declare(chair, panel.id(), d, false, null);
			scoring.save(chair, panel.id(), d, new ScoreInput(Map.of(1, BigDecimal.valueOf(points[i])), null, null, "评分意见"));
			scoring.lock(chair, panel.id(), d);
		}
		for (Declaration d : call.applications()) {
			scoring.writeSummary(chair, panel.id(), d.id(), ChairSummary.Recommendation.RECOGNIZE, "组长汇总意见" + d.id());
		}
		return new Scored(panel.id(), chair);
	}

	private Declaration accepted(CurrentUser school, long callId) {
		Declaration d = scenarios.submitted(school, callId, scenarios.organization("hrss-350100"));
		reviews.recommend(Fixtures.user(users, "fj.fuzhou"), d.id(),
				new RecommendationLetter(true, null, "属地管理", "理由", "黄蓉", "0591-87654321"), null, null);
		reviews.accept(Fixtures.user(users, "fj.authority"), d.id(), null, null);
		return d;
	}

	public record InReview(long callId, List<Declaration> applications, List<CurrentUser> applicants) {
	}

	/** The panel that scored, and its chair (its only expert). */
	public record Scored(long panelId, CurrentUser chair) {
	}
}
