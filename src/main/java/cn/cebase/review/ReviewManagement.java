package cn.cebase.review;

import java.time.Clock;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

import cn.cebase.call.Call;
import cn.cebase.call.CallManagement;
import cn.cebase.declaration.Declaration;
import cn.cebase.declaration.DeclarationManagement;
import cn.cebase.declaration.DeclarationProgress;
import cn.cebase.declaration.DeclarationStatus;
import cn.cebase.declaration.DeclarationSubmitted;
import cn.cebase.identity.CurrentUser;
import cn.cebase.identity.Role;
import cn.cebase.policy.TrackKind;
import cn.cebase.shared.AuditableAction;
import cn.cebase.shared.BusinessException;

import org.springframework.context.ApplicationEventPublisher;
import org.springframework.context.event.EventListener;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * 审核推荐: each stage of an application's route acts in turn. Only the staff of the organisation
 * at the current stage may act, and only on the version of the application they saw; every act
 * is kept with its opinion, audited, and announced to whoever acts next.
 */
@Service
@Transactional
public class ReviewManagement {

	static final int OPINION_MAX = 2000;

	private static final List<DeclarationStatus> ON_ROUTE = List.of(DeclarationStatus.SUBMITTED,
			DeclarationStatus.IN_REVIEW, DeclarationStatus.RECOMMENDED);

	private static final List<String> UNDER_EXPERT_REVIEW = List.of(DeclarationStatus.ACCEPTED.name(),
			DeclarationStatus.EXPERT_REVIEW.name(), DeclarationStatus.SITE_INSPECTION.name());

	/** Under expert review, or past it: only those reach publicity and its outcomes (DeclarationStatus#canBecome). */
	private static final List<String> EVER_UNDER_EXPERT_REVIEW = java.util.stream.Stream.concat(UNDER_EXPERT_REVIEW.stream(),
			java.util.stream.Stream.of(DeclarationStatus.PUBLICITY, DeclarationStatus.RECOGNIZED, DeclarationStatus.NOT_RECOGNIZED)
				.map(DeclarationStatus::name))
		.toList();

	private final ReviewStages stages;

	private final DeclarationProgress progress;

	private final DeclarationManagement declarations;

	private final CallManagement calls;

	private final ApplicationEventPublisher events;

	private final Clock clock;

	ReviewManagement(ReviewStages stages, DeclarationProgress progress, DeclarationManagement declarations,
			CallManagement calls, ApplicationEventPublisher events, Clock clock) {
		this.stages = stages;
		this.progress = progress;
		this.declarations = declarations;
		this.calls = calls;
		this.events = events;
		this.clock = clock;
	}

	/** In the submission's own transaction: a route that cannot be stored fails the submission. */
	@EventListener
	void on(DeclarationSubmitted submitted) {
		stages.replaceRoute(submitted.declarationId(), submitted.route());
		stages.withdrawRecommendation(submitted.declarationId());
	}

	/** A withdrawn application leaves the route, and a recommendation gives its place back. */
	@EventListener
	void on(cn.cebase.declaration.DeclarationWithdrawn withdrawn) {
		stages.withdrawRecommendation(withdrawn.declarationId());
		stages.stop(withdrawn.declarationId());
	}

	/** 待我审核. */
	@Transactional(readOnly = true)
	public List<WorkItem> waiting(CurrentUser actor) {
		return isReviewer(actor) ? stages.waitingFor(actor.organizationId(), 500) : List.of();
	}

	@Transactional(readOnly = true)
	public long countWaiting(CurrentUser actor) {
		return isReviewer(actor) ? stages.countWaitingFor(actor.organizationId()) : 0;
	}

	/** 已办: what the organisation acted on and no longer waits for it. */
	@Transactional(readOnly = true)
	public List<WorkItem> handled(CurrentUser actor) {
		return isReviewer(actor) ? stages.handledBy(actor.organizationId(), 200) : List.of();
	}

	/** The application with its route, for anyone who may read it; the applicant sees its own route too. */
	@Transactional(readOnly = true)
	public ReviewCase open(CurrentUser actor, long declarationId) {
		Declaration declaration = declarations.get(actor, declarationId);
		List<ReviewStage> route = stages.route(declarationId);
		Optional<ReviewStage> mine = isReviewer(actor) && ON_ROUTE.contains(declaration.status())
				? route.stream().filter(s -> s.current() && s.actorId() == actor.organizationId()).findFirst()
				: Optional.empty();
		Optional<QuotaUse> quota = mine.filter(ReviewStage::recommends).map(s -> quotaUse(declaration.callId(), s.actorId()));
		ReviewStages.Titles titles = stages.titles(declarationId);
		return new ReviewCase(declaration, titles.institutionName(), titles.callTitle(), route, stages.history(declarationId),
				stages.recommendation(declarationId), mine, quota);
	}

	/** 审核通过: on to the next stage. The recommending stage recommends instead, the authority accepts. */
	public Declaration pass(CurrentUser actor, long declarationId, String opinion, Integer version) {
		Acting acting = acting(actor, declarationId, version);
		if (acting.stage().recommends()) {
			throw BusinessException.conflict("review.pass.mustRecommend");
		}
		if (acting.stage().intake()) {
			throw BusinessException.conflict("review.pass.mustAccept");
		}
		String clean = optionalOpinion(opinion);
		int next = acting.stage().seq() + 1;
		stages.moveTo(declarationId, next);
		Declaration moved = progress.enterReview(declarationId);
		done(actor, acting, ReviewActionKind.PASSED, null, null, clean, next);
		return moved;
	}

	/**
	 * 推荐: the recommending stage sends the application to the authority with its 推荐函, within its
	 * quota. The quota is counted under a lock per recommender and call, so concurrent
	 * recommendations cannot together exceed it.
	 */
	public Declaration recommend(CurrentUser actor, long declarationId, RecommendationLetter letter, String opinion,
			Integer version) {
		Acting acting = acting(actor, declarationId, version);
		if (!acting.stage().recommends()) {
			throw BusinessException.conflict("review.recommend.notRecommendingStage");
		}
		RecommendationLetter clean = checked(letter);
		String cleanOpinion = optionalOpinion(opinion);
		Declaration declaration = acting.declaration();
		long recommenderId = acting.stage().actorId();
		stages.lockSlots(declaration.callId(), recommenderId);
		QuotaUse use = quotaUse(declaration.callId(), recommenderId);
		Optional<BusinessException> refusal = RecommendationQuotaPolicy.check(use.quota(), declaration.track(),
				use.usedTotal(), use.usedPerTrack());
		if (refusal.isPresent()) {
			throw refusal.get();
		}
		stages.insertRecommendation(declarationId, declaration.callId(), recommenderId, declaration.track(),
				RecommendationQuotaPolicy.counts(declaration.track()), clean, actor.id(), clock.instant());
		int next = acting.stage().seq() + 1;
		stages.moveTo(declarationId, next);
		Declaration moved = progress.recommend(declarationId);
		done(actor, acting, ReviewActionKind.RECOMMENDED, null, null, cleanOpinion, next);
		return moved;
	}

	/**
	 * 退回: to the applicant for revision ({@code toSeq} null or 0), or to an earlier stage, with the
	 * comments. A recommendation sent back below the recommending stage gives its place back.
	 */
	public Declaration returnTo(CurrentUser actor, long declarationId, Integer toSeq, String opinion, Integer version) {
		Acting acting = acting(actor, declarationId, version);
		String clean = requiredOpinion(opinion);
		Declaration moved;
		if (toSeq == null || toSeq == 0) {
			stages.withdrawRecommendation(declarationId);
			stages.stop(declarationId);
			moved = progress.returnForRevision(declarationId, clean);
			done(actor, acting, ReviewActionKind.RETURNED_TO_APPLICANT, null, null, clean, null);
			return moved;
		}
		if (toSeq < 1 || toSeq >= acting.stage().seq()) {
			throw BusinessException.invalidField("toSeq", "review.return.notEarlier");
		}
		stages.withdrawRecommendation(declarationId);
		stages.moveTo(declarationId, toSeq);
		moved = progress.enterReview(declarationId);
		done(actor, acting, ReviewActionKind.RETURNED_TO_STAGE, toSeq, null, clean, toSeq);
		return moved;
	}

	/** 审核不通过 at a stage of the route, with the reasons; the authority refuses instead (不予受理). */
	public Declaration reject(CurrentUser actor, long declarationId, String opinion, Integer version) {
		Acting acting = acting(actor, declarationId, version);
		if (acting.stage().intake()) {
			throw BusinessException.conflict("review.reject.atIntake");
		}
		String clean = requiredOpinion(opinion);
		stages.stop(declarationId);
		Declaration moved = progress.reject(declarationId, clean);
		done(actor, acting, ReviewActionKind.REJECTED, null, null, clean, null);
		return moved;
	}

	/** 受理: the authority takes the file into expert review. */
	public Declaration accept(CurrentUser actor, long declarationId, String opinion, Integer version) {
		Acting acting = acting(actor, declarationId, version);
		if (!acting.stage().intake()) {
			throw BusinessException.conflict("review.intake.notIntake");
		}
		String clean = optionalOpinion(opinion);
		stages.stop(declarationId);
		Declaration moved = progress.accept(declarationId);
		done(actor, acting, ReviewActionKind.ACCEPTED, null, null, clean, null);
		return moved;
	}

	/** 不予受理: late, banned, duplicate, incomplete or otherwise, with the reasons shown to the applicant. */
	public Declaration refuse(CurrentUser actor, long declarationId, InadmissibleReason reason, String opinion,
			Integer version) {
		Acting acting = acting(actor, declarationId, version);
		if (!acting.stage().intake()) {
			throw BusinessException.conflict("review.intake.notIntake");
		}
		List<BusinessException> problems = new ArrayList<>();
		if (reason == null) {
			problems.add(BusinessException.invalidField("refusalReason", "validation.required"));
		}
		String clean = null;
		try {
			clean = requiredOpinion(opinion);
		}
		catch (BusinessException ex) {
			problems.addAll(ex.details());
		}
		if (!problems.isEmpty()) {
			throw BusinessException.invalid(problems);
		}
		stages.withdrawRecommendation(declarationId);
		stages.stop(declarationId);
		Declaration moved = progress.refuse(declarationId, clean);
		done(actor, acting, ReviewActionKind.REFUSED, null, reason, clean, null);
		return moved;
	}

	/** 推荐排序: the recommender's ranked list in a call; the call's authority sees every recommender's. */
	@Transactional(readOnly = true)
	public List<Recommendation> recommendations(CurrentUser actor, long callId) {
		if (!isReviewer(actor)) {
			throw BusinessException.forbidden();
		}
		Call call = calls.get(actor, callId);
		if (call.authorityId() == actor.organizationId()) {
			return stages.recommendationsIn(callId);
		}
		return stages.recommendationsOf(callId, actor.organizationId());
	}

	/** The title of a call the signed-in staff may see. */
	@Transactional(readOnly = true)
	public String callTitle(CurrentUser actor, long callId) {
		return calls.get(actor, callId).details().title();
	}

	/**
	 * 申报汇总表: a recommender's own recommendations in a call, or, for the call's authority, every
	 * recommender's.
	 */
	@Transactional(readOnly = true)
	public List<SummaryRow> summary(CurrentUser actor, long callId) {
		if (!isReviewer(actor)) {
			throw BusinessException.forbidden();
		}
		Call call = calls.get(actor, callId);
		return stages.summary(callId, call.authorityId() == actor.organizationId() ? null : actor.organizationId());
	}

	/**
	 * The applications of a call that the authority accepted and that go to expert review, for the
	 * call's own authority. Panels are drawn, and visits scheduled, for these alone.
	 */
	@Transactional(readOnly = true)
	public List<AcceptedApplication> accepted(CurrentUser actor, long callId) {
		ownCall(actor, callId);
		return stages.applicationsIn(callId, UNDER_EXPERT_REVIEW);
	}

	/**
	 * Every application of a call that went to expert review, wherever it stands now: still under
	 * review, in publicity, recognised or not. For reading what the experts made of them (the
	 * ranking, the committee's brief) after the results moved on; nothing is drawn or scored from
	 * it. The same refusal as {@link #accepted}.
	 */
	@Transactional(readOnly = true)
	public List<AcceptedApplication> reviewedByExperts(CurrentUser actor, long callId) {
		ownCall(actor, callId);
		return stages.applicationsIn(callId, EVER_UNDER_EXPERT_REVIEW);
	}

	private void ownCall(CurrentUser actor, long callId) {
		Call call = calls.get(actor, callId);
		if (!actor.has(Role.AUTHORITY) || call.authorityId() != actor.organizationId()) {
			throw BusinessException.forbidden();
		}
	}

	/** The signed-in recommender's quota in a call and what it has used. */
	@Transactional(readOnly = true)
	public QuotaUse myQuota(CurrentUser actor, long callId) {
		if (!isReviewer(actor)) {
			throw BusinessException.forbidden();
		}
		calls.get(actor, callId);
		return quotaUse(callId, actor.organizationId());
	}

	/** Moves a recommendation one place up ({@code -1}) or down ({@code +1}) in the recommender's ranking. */
	public void rerank(CurrentUser actor, long callId, long declarationId, int direction) {
		if (!isReviewer(actor) || (direction != -1 && direction != 1)) {
			throw BusinessException.forbidden();
		}
		Recommendation r = stages.recommendation(declarationId)
			.filter(x -> x.callId() == callId && x.recommenderId() == actor.organizationId())
			.orElseThrow(BusinessException::notFound);
		if (!DeclarationStatus.RECOMMENDED.name().equals(r.status())) {
			throw BusinessException.conflict("review.rank.decided");
		}
		stages.lockSlots(callId, actor.organizationId());
		if (stages.move(callId, actor.organizationId(), declarationId, direction)) {
			events.publishEvent(AuditableAction.of("review.rerank", "declaration", declarationId)
				.withChanges(Map.of("from", String.valueOf(r.rank()), "to", String.valueOf(r.rank() + direction))));
		}
	}

	private QuotaUse quotaUse(long callId, long recommenderId) {
		Map<TrackKind, Integer> used = stages.usedPerTrack(callId, recommenderId);
		return new QuotaUse(calls.quotaFor(callId, recommenderId), used.values().stream().mapToInt(Integer::intValue).sum(),
				used);
	}

	/**
	 * Who acts: staff of the organisation at the current stage, on the version they saw. Taken
	 * under the application's row lock, so that two people of the same office cannot both move it.
	 */
	private Acting acting(CurrentUser actor, long declarationId, Integer version) {
		if (!isReviewer(actor)) {
			throw BusinessException.forbidden();
		}
		Declaration declaration = progress.lock(declarationId);
		declarations.get(actor, declarationId);
		if (version != null && version != declaration.version()) {
			throw BusinessException.conflict("review.stale");
		}
		if (!ON_ROUTE.contains(declaration.status())) {
			throw BusinessException.conflict("review.notOnRoute", declaration.status().name());
		}
		ReviewStage stage = stages.route(declarationId)
			.stream()
			.filter(ReviewStage::current)
			.findFirst()
			.orElseThrow(() -> BusinessException.conflict("review.notOnRoute", declaration.status().name()));
		if (stage.actorId() != actor.organizationId()) {
			throw BusinessException.forbidden("review.notYourStage", stage.name(), stage.actorName());
		}
		return new Acting(declaration, stage);
	}

	private void done(CurrentUser actor, Acting acting, ReviewActionKind action, Integer targetSeq,
			InadmissibleReason reason, String opinion, Integer nextSeq) {
		long id = acting.declaration().id();
		stages.log(id, acting.stage(), action, targetSeq, reason, opinion, actor.id(), clock.instant());
		Long nextActor = nextSeq == null ? null
				: stages.route(id).stream().filter(s -> s.seq() == nextSeq).findFirst().map(ReviewStage::actorId).orElse(null);
		Map<String, String> changes = new LinkedHashMap<>();
		changes.put("stage", acting.stage().name());
		changes.put("action", action.name());
		if (targetSeq != null) {
			changes.put("toStage", String.valueOf(targetSeq));
		}
		if (reason != null) {
			changes.put("reason", reason.name());
		}
		events.publishEvent(AuditableAction.of("review." + action.name().toLowerCase(), "declaration", id)
			.withChanges(changes)
			.withReason(opinion));
		ReviewStages.Titles titles = stages.titles(id);
		events.publishEvent(new DeclarationReviewed(id, acting.declaration().callId(), acting.declaration().institutionId(),
				titles.applicantOrganizationId(), titles.institutionName(), action, acting.stage().name(), nextActor, opinion));
	}

	private static boolean isReviewer(CurrentUser actor) {
		return actor != null && (actor.has(Role.AUTHORITY) || actor.has(Role.RECOMMENDER));
	}

	private static String optionalOpinion(String opinion) {
		if (opinion == null || opinion.isBlank()) {
			return null;
		}
		if (opinion.strip().length() > OPINION_MAX) {
			throw BusinessException.invalidField("opinion", "validation.tooLong", OPINION_MAX);
		}
		return opinion.strip();
	}

	private static String requiredOpinion(String opinion) {
		String clean = optionalOpinion(opinion);
		if (clean == null) {
			throw BusinessException.invalidField("opinion", "review.opinionRequired");
		}
		return clean;
	}

	/** The 推荐函's fields: each required but the note on the recommender's own bases, each within its length. */
	static RecommendationLetter checked(RecommendationLetter letter) {
		RecommendationLetter l = letter == null ? new RecommendationLetter(null, null, null, null, null, null) : letter;
		List<BusinessException> problems = new ArrayList<>();
		if (l.buildsBases() == null) {
			problems.add(BusinessException.invalidField("buildsBases", "validation.required"));
		}
		String note = text(problems, "buildsBasesNote", l.buildsBasesNote(), 1000, false);
		String relation = text(problems, "relation", l.relation(), 1000, true);
		String reason = text(problems, "reason", l.reason(), 5000, true);
		String name = text(problems, "contactName", l.contactName(), 50, true);
		String phone = text(problems, "contactPhone", l.contactPhone(), 30, true);
		if (phone != null && !phone.matches("[0-9+()\\- ]{7,30}")) {
			problems.add(BusinessException.invalidField("contactPhone", "review.letter.phone"));
		}
		if (!problems.isEmpty()) {
			throw BusinessException.invalid(problems);
		}
		return new RecommendationLetter(l.buildsBases(), note, relation, reason, name, phone);
	}

	private static String text(List<BusinessException> problems, String field, String value, int max, boolean required) {
		if (value == null || value.isBlank()) {
			if (required) {
				problems.add(BusinessException.invalidField(field, "validation.required"));
			}
			return null;
		}
		if (value.strip().length() > max) {
			problems.add(BusinessException.invalidField(field, "validation.tooLong", max));
		}
		return value.strip();
	}

	private record Acting(Declaration declaration, ReviewStage stage) {
	}
}
