package cn.cebase.evaluation.web;

import java.math.BigDecimal;
import java.util.List;

import cn.cebase.evaluation.ChairSummary;
import cn.cebase.evaluation.CommitteeBrief;
import cn.cebase.evaluation.Panel;
import cn.cebase.evaluation.Panels;
import cn.cebase.evaluation.Ranking;
import cn.cebase.evaluation.Rubric;
import cn.cebase.evaluation.ScoreInput;
import cn.cebase.evaluation.ScoreSheetView;
import cn.cebase.evaluation.Scoring;
import cn.cebase.evaluation.SummaryBasis;
import cn.cebase.identity.CurrentUser;
import cn.cebase.shared.BusinessException;
import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.responses.ApiResponse;
import io.swagger.v3.oas.annotations.tags.Tag;

import org.springframework.security.core.annotation.AuthenticationPrincipal;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.PutMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RestController;

/**
 * 专家评分 API: the expert's panels and score sheets, the authority's rubric and ranking, the
 * panel chair and its summary opinions, and the committee's brief. The same service calls as the
 * pages, so the same rules and refusals.
 */
@RestController
@Tag(name = "scoring", description = "专家评分：评分细则、专家评分表（暂存、提交锁定）、排名、评审组组长及评审意见汇总、专家评审委员会参阅摘要")
class ScoringApiController {

	private final Scoring scoring;

	private final Panels panels;

	ScoringApiController(Scoring scoring, Panels panels) {
		this.scoring = scoring;
		this.panels = panels;
	}

	/** A sheet with what it is scored against, and its total while every criterion has points. */
	record SheetView(ScoreSheetView sheet, Rubric rubric, BigDecimal total, BigDecimal maxTotal) {
	}

	/** A rubric, whether the authority saved it (otherwise it is the template), and the highest total. */
	record RubricView(Rubric rubric, boolean saved, BigDecimal maxTotal) {
	}

	record RubricBody(Rubric.Aggregation aggregation, List<CriterionBody> criteria) {

		/** The criteria numbered in the order given. */
		List<Rubric.Criterion> toCriteria() {
			List<Rubric.Criterion> result = new java.util.ArrayList<>();
			for (int i = 0; criteria != null && i < criteria.size(); i++) {
				CriterionBody c = criteria.get(i);
				result.add(c == null ? new Rubric.Criterion(i + 1, null, null, null, false, null)
						: new Rubric.Criterion(i + 1, c.name(), c.maxPoints(), c.weight(), Boolean.TRUE.equals(c.veto()), c.source()));
			}
			return criteria == null ? null : result;
		}
	}

	record CriterionBody(String name, BigDecimal maxPoints, BigDecimal weight, Boolean veto, String source) {
	}

	record Chair(Long expertId) {
	}

	record SummaryBody(ChairSummary.Recommendation recommendation, String text) {
	}

	@GetMapping("/api/v1/expert/panels")
	@Operation(summary = "我参加的专家评审组（专家本人）")
	@ApiResponse(responseCode = "200", description = "评审组列表；非专家为空列表")
	List<Panel> mine(@AuthenticationPrincipal CurrentUser user) {
		return panels.mine(user);
	}

	@GetMapping("/api/v1/panels/{panelId}/declarations/{declarationId}/score")
	@Operation(summary = "我对某份申报的评分表及评分细则", description = "须已接受邀请并申报无利益冲突；尚未评分时各项为空。")
	@ApiResponse(responseCode = "200", description = "评分表")
	@ApiResponse(responseCode = "403", description = "未被分配评审该申报，或已申报回避")
	SheetView sheet(@AuthenticationPrincipal CurrentUser user, @PathVariable long panelId,
			@PathVariable long declarationId) {
		return view(user, panelId, scoring.sheet(user, panelId, declarationId));
	}

	@PutMapping("/api/v1/panels/{panelId}/declarations/{declarationId}/score")
	@Operation(summary = "暂存评分（各项得分、评语、一票否决项、总体意见）",
			description = "points 与 comments 以评分指标序号为键，如 {\"points\":{\"1\":35},\"comments\":{\"1\":\"师资较强\"},"
					+ "\"vetoes\":[3],\"comment\":\"总体较好\"}。每次改动得分都会留有记录。")
	@ApiResponse(responseCode = "200", description = "保存后的评分表")
	@ApiResponse(responseCode = "400", description = "得分超出满分、指标不存在或文字过长；errors 中指明 points[序号] 等字段")
	@ApiResponse(responseCode = "403", description = "未被分配评审该申报，或已申报回避")
	@ApiResponse(responseCode = "409", description = "评分表已提交锁定，尚无评分细则，或专家评审委员会已对该申报作出决定")
	SheetView save(@AuthenticationPrincipal CurrentUser user, @PathVariable long panelId,
			@PathVariable long declarationId, @RequestBody ScoreInput body) {
		return view(user, panelId, scoring.save(user, panelId, declarationId, body));
	}

	@PostMapping("/api/v1/panels/{panelId}/declarations/{declarationId}/score/lock")
	@Operation(summary = "提交并锁定评分表（各项均已打分）")
	@ApiResponse(responseCode = "200", description = "已锁定的评分表")
	@ApiResponse(responseCode = "403", description = "未被分配评审该申报，或已申报回避")
	@ApiResponse(responseCode = "409", description = "尚有指标未打分，已提交锁定，或专家评审委员会已对该申报作出决定")
	SheetView lock(@AuthenticationPrincipal CurrentUser user, @PathVariable long panelId,
			@PathVariable long declarationId) {
		return view(user, panelId, scoring.lock(user, panelId, declarationId));
	}

	@GetMapping("/api/v1/calls/{callId}/ranking")
	@Operation(summary = "评审结果排名（按类别，一票否决的不排名）", description = "仅本批次的主管机关。")
	@ApiResponse(responseCode = "200", description = "每份已受理申报的综合得分、各专家得分与名次")
	@ApiResponse(responseCode = "404", description = "批次不存在或不属于本机关")
	List<Ranking> ranking(@AuthenticationPrincipal CurrentUser user, @PathVariable long callId) {
		return scoring.ranking(user, callId);
	}

	@GetMapping("/api/v1/calls/{callId}/rubric")
	@Operation(summary = "批次的评分细则（尚未确定时为依据文件生成的模板，saved 为 false）")
	@ApiResponse(responseCode = "200", description = "评分细则")
	@ApiResponse(responseCode = "404", description = "批次不存在或不属于本机关")
	RubricView rubric(@AuthenticationPrincipal CurrentUser user, @PathVariable long callId) {
		scoring.requireOwnCall(user, callId);
		Rubric rubric = scoring.rubric(user, callId);
		return new RubricView(rubric, scoring.rubricSaved(callId), rubric.maxTotal());
	}

	@PutMapping("/api/v1/calls/{callId}/rubric")
	@Operation(summary = "确定评分细则（专家开始评分后不能再修改）",
			description = "criteria 按顺序编号；每项 name、maxPoints（不超过1000）、weight（不超过100）、veto（一票否决）、source（依据）。")
	@ApiResponse(responseCode = "200", description = "保存后的评分细则")
	@ApiResponse(responseCode = "400", description = "指标名称重复或为空、满分或权重超出范围；errors 中指明 criteria[序号].字段")
	@ApiResponse(responseCode = "404", description = "批次不存在或不属于本机关")
	@ApiResponse(responseCode = "409", description = "专家已开始评分")
	RubricView saveRubric(@AuthenticationPrincipal CurrentUser user, @PathVariable long callId,
			@RequestBody RubricBody body) {
		Rubric rubric = scoring.saveRubric(user, callId, body.aggregation(), body.toCriteria());
		return new RubricView(rubric, true, rubric.maxTotal());
	}

	@PostMapping("/api/v1/panels/{panelId}/chair")
	@Operation(summary = "指定评审组组长（本组已接受邀请的评审专家）", description = "请求体 {\"expertId\": 专家编号}；可改由他人担任。")
	@ApiResponse(responseCode = "200", description = "评审组，chairId 为组长")
	@ApiResponse(responseCode = "400", description = "未指定专家，或该专家不是本组已接受邀请的评审专家（errors 中为 expertId）")
	@ApiResponse(responseCode = "404", description = "评审组不存在或不属于本机关的批次")
	Panel chair(@AuthenticationPrincipal CurrentUser user, @PathVariable long panelId, @RequestBody Chair body) {
		return panels.designateChair(user, panelId, body.expertId());
	}

	@GetMapping("/api/v1/panels/{panelId}/declarations/{declarationId}/summary")
	@Operation(summary = "组长撰写评审意见汇总所依据的材料（本组已提交的评分表、综合得分、已写的意见）")
	@ApiResponse(responseCode = "200", description = "progress 给出本组评分表的提交情况，summary 为已写的意见（未写为 null）；decided 为 true 时委员会已作出决定，意见不能再修改")
	@ApiResponse(responseCode = "403", description = "本组其他专家（只有组长可以）")
	@ApiResponse(responseCode = "404", description = "评审组或申报不存在，或与本人无关")
	SummaryBasis summaryBasis(@AuthenticationPrincipal CurrentUser user, @PathVariable long panelId,
			@PathVariable long declarationId) {
		return scoring.summaryBasis(user, panelId, declarationId);
	}

	@PutMapping("/api/v1/panels/{panelId}/declarations/{declarationId}/summary")
	@Operation(summary = "组长撰写或修改评审意见汇总",
			description = "recommendation 为 RECOGNIZE（建议认定）、NOT_RECOGNIZE（建议不予认定）或 INSPECT_FIRST（建议实地考察后再定）；"
					+ "text 必填，不超过2000字。本组评分表须全部提交。")
	@ApiResponse(responseCode = "200", description = "保存后的评审意见汇总")
	@ApiResponse(responseCode = "400", description = "未选择评审建议、意见为空或过长（errors 中为 recommendation、text）")
	@ApiResponse(responseCode = "403", description = "本组其他专家（只有组长可以）")
	@ApiResponse(responseCode = "404", description = "评审组或申报不存在，或与本人无关")
	@ApiResponse(responseCode = "409", description = "本组尚有评分表未提交，组长已申报回避该申报，或专家评审委员会已对该申报作出决定")
	ChairSummary writeSummary(@AuthenticationPrincipal CurrentUser user, @PathVariable long panelId,
			@PathVariable long declarationId, @RequestBody SummaryBody body) {
		return scoring.writeSummary(user, panelId, declarationId, body.recommendation(), body.text());
	}

	@GetMapping("/api/v1/calls/{callId}/briefs")
	@Operation(summary = "专家评审委员会参阅摘要：每份已受理申报的综合得分、名次、一票否决、组长意见和实地考察结论",
			description = "仅本批次的主管机关；按排名的顺序。")
	@ApiResponse(responseCode = "200", description = "摘要列表")
	@ApiResponse(responseCode = "404", description = "批次不存在或不属于本机关")
	List<CommitteeBrief> briefs(@AuthenticationPrincipal CurrentUser user, @PathVariable long callId) {
		return scoring.briefs(user, callId);
	}

	@GetMapping("/api/v1/calls/{callId}/declarations/{declarationId}/brief")
	@Operation(summary = "一份申报的专家评审委员会参阅摘要", description = "仅本批次的主管机关。")
	@ApiResponse(responseCode = "200", description = "摘要")
	@ApiResponse(responseCode = "404", description = "批次不属于本机关，或该申报不是本批次已受理的申报")
	CommitteeBrief brief(@AuthenticationPrincipal CurrentUser user, @PathVariable long callId,
			@PathVariable long declarationId) {
		return scoring.brief(user, callId, declarationId).orElseThrow(BusinessException::notFound);
	}

	private SheetView view(CurrentUser user, long panelId, ScoreSheetView sheet) {
		Rubric rubric = scoring.rubric(user, panels.get(user, panelId).callId());
		return new SheetView(sheet, rubric, sheet.total(rubric), rubric.maxTotal());
	}
}
