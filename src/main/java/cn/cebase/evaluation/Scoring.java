package cn.cebase.evaluation;

import java.math.BigDecimal;
import java.time.Clock;
import java.util.List;
import java.util.Map;
import java.util.Optional;

import cn.cebase.call.Call;
import cn.cebase.call.CallManagement;
import cn.cebase.identity.CurrentUser;
import cn.cebase.identity.Role;
import cn.cebase.review.ReviewManagement;
import cn.cebase.shared.AuditableAction;
import cn.cebase.shared.BusinessException;

import org.springframework.context.ApplicationEventPublisher;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * 专家评分, the module's entry point for scoring: the authority sets a call's rubric (from a template
 * of the documents' topics, {@link Rubrics}); each member scores its applications criterion by
 * criterion with remarks on its {@link ScoreSheet}, which it may change until it locks it, every
 * change kept ({@link ScoreSheets}); the locked sheets are combined and ranked per track
 * ({@link TrackRanking}). Once every sheet a panel owes is locked, its chair (组长) writes the panel's
 * summary opinion (评审意见汇总, {@link ChairSummaryWriting}) on each application; the committee reads
 * it with the ranking and the inspection ({@link #brief}). This class checks who acts and delegates;
 * it holds no SQL and sets no state.
 */
@Service
@Transactional
public class Scoring {

	private final Rubrics rubrics;

	private final ScoreSheets sheets;

	private final ChairSummaries summaries;

	private final PanelMembers members;

	private final ChairSummaryWriting chairs;

	private final CommitteeDecisions decisions;

	private final CallManagement calls;

	private final ReviewManagement reviews;

	private final ExpertPool experts;

	private final Inspections inspections;

	private final ApplicationEventPublisher events;

	private final Clock clock;

	Scoring(Rubrics rubrics, ScoreSheets sheets, ChairSummaries summaries, PanelMembers members,
			ChairSummaryWriting chairs, CommitteeDecisions decisions, CallManagement calls, ReviewManagement reviews,
			ExpertPool experts, Inspections inspections, ApplicationEventPublisher events, Clock clock) {
		this.rubrics = rubrics;
		this.sheets = sheets;
		this.summaries = summaries;
		this.members = members;
		this.chairs = chairs;
		this.decisions = decisions;
		this.calls = calls;
		this.reviews = reviews;
		this.experts = experts;
		this.inspections = inspections;
		this.events = events;
		this.clock = clock;
	}

	/** The call's rubric, or the template of its profile's jurisdiction when none is set yet. */
	@Transactional(readOnly = true)
	public Rubric rubric(CurrentUser actor, long callId) {
		Call call = calls.get(actor, callId);
		return rubrics.find(callId)
			.orElseGet(() -> new Rubric(callId, Rubric.Aggregation.TRIMMED_MEAN, RubricTemplates.template(call.profileCode())));
	}

	/** Refuses anyone but the call's own authority. */
	@Transactional(readOnly = true)
	public void requireOwnCall(CurrentUser actor, long callId) {
		ownCall(actor, callId);
	}

	@Transactional(readOnly = true)
	public boolean rubricSaved(long callId) {
		return rubrics.find(callId).isPresent();
	}

	/** Sets the rubric; refused once any expert has scored in the call. */
	public Rubric saveRubric(CurrentUser actor, long callId, Rubric.Aggregation aggregation, List<Rubric.Criterion> criteria) {
		// like every other act on the call: another organisation's call is not there for it
		ownCall(actor, callId);
		if (sheets.anyInCall(callId)) {
			throw BusinessException.conflict("rubric.scoringStarted");
		}
		Rubric rubric = Rubric.checked(callId, aggregation, criteria);
		rubrics.replace(rubric, actor.id(), clock.instant());
		events.publishEvent(AuditableAction.of("rubric.save", "call", callId)
			.withChanges(Map.of("criteria", String.valueOf(rubric.criteria().size()), "aggregation", aggregation.name())));
		return rubrics.find(callId).orElseThrow();
	}

	/** The expert's sheet for an application it declared no conflict with; empty lines until scored. */
	@Transactional(readOnly = true)
	public ScoreSheetView sheet(CurrentUser actor, long panelId, long declarationId) {
		Expert me = scorer(actor, panelId, declarationId);
		return sheets.find(panelId, me.id(), declarationId)
			.orElse(ScoreSheet.draft(panelId, me.id(), declarationId).view(me.name()));
	}

	/**
	 * Saves scores; each change of a criterion's points or veto is kept. Refused once the sheet is
	 * locked, and once the committee has decided on the application: the scores it decided on stand
	 * (FJ 第八条(四), JL 三(四): the review is what the committee decides on).
	 */
	public ScoreSheetView save(CurrentUser actor, long panelId, long declarationId, ScoreInput input) {
		Expert me = scorer(actor, panelId, declarationId);
		decisions.lockUndecided(declarationId, "score.decided");
		ScoreSheet sheet = sheets.lockOrOpen(panelId, me.id(), declarationId);
		sheet.score(rubricOfPanel(panelId), input, clock.instant());
		save(sheet);
		return sheets.find(panelId, me.id(), declarationId).orElseThrow();
	}

	/** 提交评分: every criterion scored, then the sheet is locked for good. */
	public ScoreSheetView lock(CurrentUser actor, long panelId, long declarationId) {
		Expert me = scorer(actor, panelId, declarationId);
		decisions.lockUndecided(declarationId, "score.decided");
		ScoreSheet sheet = sheets.lock(panelId, me.id(), declarationId)
			.orElseThrow(() -> BusinessException.conflict("score.incomplete"));
		sheet.lock(rubricOfPanel(panelId), clock.instant());
		save(sheet);
		return sheets.find(panelId, me.id(), declarationId).orElseThrow();
	}

	/** How many times a sheet's scores changed, for the record. */
	@Transactional(readOnly = true)
	public int changes(long panelId, long expertId, long declarationId) {
		return sheets.changeCount(panelId, expertId, declarationId);
	}

	/** Every sheet of the call, for the authority's export. */
	@Transactional(readOnly = true)
	public List<ScoreSheetView> sheets(CurrentUser actor, long callId) {
		ownCall(actor, callId);
		return sheets.ofCall(callId);
	}

	/**
	 * 评审结果: per application that went to expert review, the locked sheets' totals combined by the
	 * rubric's aggregation, a veto by any expert, and the rank within the track by the combined
	 * score. It stays readable once the results go to publicity and beyond.
	 */
	@Transactional(readOnly = true)
	public List<Ranking> ranking(CurrentUser actor, long callId) {
		ownCall(actor, callId);
		return TrackRanking.rank(rubric(actor, callId), reviews.reviewedByExperts(actor, callId), sheets.ofCall(callId));
	}

	/**
	 * Where the panel stands, for its chair: the sheets locked of those owed, and the summaries
	 * written. Refused to the panel's other experts (403) and unknown to everyone else (404).
	 */
	@Transactional(readOnly = true)
	public ChairProgress chairProgress(CurrentUser actor, long panelId) {
		return chairs.chairProgress(actor, panelId);
	}

	/** What the chair reads before writing on one of the panel's applications. */
	@Transactional(readOnly = true)
	public SummaryBasis summaryBasis(CurrentUser actor, long panelId, long declarationId) {
		return chairs.summaryBasis(actor, panelId, declarationId);
	}

	/**
	 * 评审意见汇总: the chair writes (or rewrites) the panel's summary of one application, once every
	 * sheet the panel owes is locked; not on an application it declared a conflict with, and not
	 * once the committee has decided on the application: what it decided on stays on record.
	 */
	public ChairSummary writeSummary(CurrentUser actor, long panelId, long declarationId,
			ChairSummary.Recommendation recommendation, String text) {
		return chairs.writeSummary(actor, panelId, declarationId, recommendation, text);
	}

	/** The chairs' summaries of a call's applications, by application (the latest if two panels wrote one). */
	@Transactional(readOnly = true)
	public Map<Long, ChairSummary> summaries(CurrentUser actor, long callId) {
		ownCall(actor, callId);
		return summaries.ofCall(callId);
	}

	/**
	 * What the committee reads on each application of a call that went to expert review, in the order
	 * of the ranking (also after the decision, for the record):
	 * score, rank, veto, the chair's summary and the inspection's conclusion. For the call's
	 * authority only (404 for anyone else).
	 */
	@Transactional(readOnly = true)
	public List<CommitteeBrief> briefs(CurrentUser actor, long callId) {
		List<Ranking> ranking = ranking(actor, callId);
		Map<Long, ChairSummary> written = summaries.ofCall(callId);
		return ranking.stream().map(r -> {
			ChairSummary summary = written.get(r.declarationId());
			Optional<Inspection> inspection = inspections.find(r.declarationId()).filter(i -> i.callId() == callId);
			return new CommitteeBrief(r.declarationId(), r.institutionName(), r.score(), r.rank(), r.track().name(),
					r.vetoed(), summary == null ? null : summary.recommendation().name(),
					summary == null ? null : summary.text(),
					inspection.map(Inspection::conclusion).map(Enum::name).orElse(null),
					inspection.map(Inspection::conclusionText).orElse(null));
		}).toList();
	}

	/**
	 * The committee's brief on one application of the call; empty when it never went to expert
	 * review in the call. For the call's authority only (404 for anyone else).
	 */
	@Transactional(readOnly = true)
	public Optional<CommitteeBrief> brief(CurrentUser actor, long callId, long declarationId) {
		return briefs(actor, callId).stream().filter(b -> b.declarationId() == declarationId).findFirst();
	}

	/** Mean of the totals, or with three or more, the mean without one highest and one lowest. */
	static BigDecimal combine(List<BigDecimal> sortedTotals, Rubric.Aggregation aggregation) {
		return TrackRanking.combine(sortedTotals, aggregation);
	}

	/** Writes the sheet, then publishes what happened to it, with the audit record of a lock. */
	private void save(ScoreSheet sheet) {
		sheets.save(sheet);
		for (ScoreSheetEvent event : sheet.pendingEvents()) {
			if (event instanceof ScoreSheetLocked locked) {
				events.publishEvent(AuditableAction.of("score.lock", "declaration", locked.declarationId())
					.withChanges(Map.of("panel", String.valueOf(locked.panelId()), "total",
							locked.total().stripTrailingZeros().toPlainString())));
			}
			events.publishEvent(event);
		}
	}

	private Rubric rubricOfPanel(long panelId) {
		return rubrics.ofPanel(panelId).orElseThrow(() -> BusinessException.conflict("score.noRubric"));
	}

	/** The signed-in expert, accepted on the panel, assigned to the application and without a conflict. */
	private Expert scorer(CurrentUser actor, long panelId, long declarationId) {
		if (!actor.has(Role.EXPERT)) {
			throw BusinessException.forbidden();
		}
		Expert me = experts.ofUser(actor.id()).orElseThrow(BusinessException::forbidden);
		if (!members.mayScore(panelId, me.id(), declarationId)) {
			throw BusinessException.forbidden("score.notAssigned");
		}
		return me;
	}

	private Call ownCall(CurrentUser actor, long callId) {
		Call call = calls.get(actor, callId);
		if (!actor.has(Role.AUTHORITY) || call.authorityId() != actor.organizationId()) {
			throw BusinessException.notFound();
		}
		return call;
	}
}
