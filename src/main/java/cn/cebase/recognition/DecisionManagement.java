package cn.cebase.recognition;

import java.time.Clock;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

import cn.cebase.base.BaseView;
import cn.cebase.call.Call;
import cn.cebase.call.CallManagement;
import cn.cebase.declaration.DeclarationProgress;
import cn.cebase.declaration.DeclarationStatus;
import cn.cebase.evaluation.Inspection;
import cn.cebase.evaluation.Inspections;
import cn.cebase.evaluation.Ranking;
import cn.cebase.evaluation.Scoring;
import cn.cebase.identity.CurrentUser;
import cn.cebase.identity.Role;
import cn.cebase.organization.Regions;
import cn.cebase.shared.AuditableAction;
import cn.cebase.shared.BusinessException;

import org.springframework.context.ApplicationEventPublisher;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * The committee's decision on each application of a call, taken after expert scoring and, where
 * there was one, the site visit; the authority records it for the committee. DecisionManagement can change
 * until the results go to publicity.
 */
@Service
@Transactional
public class DecisionManagement {

	static final int MAX_FIELDS = 10;

	private final Decisions decisions;

	private final CallManagement calls;

	private final Scoring scoring;

	private final Inspections inspections;

	private final DeclarationProgress progress;

	private final ApplicationEventPublisher events;

	private final Clock clock;

	private final Regions regions;

	DecisionManagement(Decisions decisions, CallManagement calls, Scoring scoring, Inspections inspections,
			DeclarationProgress progress, ApplicationEventPublisher events, Clock clock, Regions regions) {
		this.regions = regions;
		this.decisions = decisions;
		this.calls = calls;
		this.scoring = scoring;
		this.inspections = inspections;
		this.progress = progress;
		this.events = events;
		this.clock = clock;
	}

	/** The applications the authority accepted in its call, with their decisions so far. */
	@Transactional(readOnly = true)
	public List<Candidate> candidates(CurrentUser actor, long callId) {
		ownCall(actor, callId);
		return candidatesOf(callId);
	}

	/** The expert ranking of the call's applications, by application; kept after publicity starts. */
	@Transactional(readOnly = true)
	public Map<Long, Ranking> ranking(CurrentUser actor, long callId) {
		Map<Long, Ranking> byApplication = new LinkedHashMap<>();
		if (scoring.rubricSaved(callId)) {
			scoring.ranking(actor, callId).forEach(r -> byApplication.put(r.declarationId(), r));
		}
		return byApplication;
	}

	/** The panel chair's summary with the score and the visit, also once the application has moved on. */
	@Transactional(readOnly = true)
	public Optional<cn.cebase.evaluation.CommitteeBrief> brief(CurrentUser actor, long callId, long declarationId) {
		return scoring.brief(actor, callId, declarationId);
	}

	/** The call's site visits, by application. */
	@Transactional(readOnly = true)
	public Map<Long, Inspection> inspections(CurrentUser actor, long callId) {
		Map<Long, Inspection> byApplication = new LinkedHashMap<>();
		inspections.ofCall(actor, callId).forEach(i -> byApplication.put(i.declarationId(), i));
		return byApplication;
	}

	@Transactional(readOnly = true)
	public Optional<Inspection> inspection(CurrentUser actor, long callId, long declarationId) {
		return inspections.of(actor, callId, declarationId);
	}

	@Transactional(readOnly = true)
	public Candidate candidate(CurrentUser actor, long callId, long declarationId) {
		return candidates(actor, callId).stream()
			.filter(c -> c.declarationId() == declarationId)
			.findFirst()
			.orElseThrow(BusinessException::notFound);
	}

	/**
	 * Records (or changes) the decision. The application must have been through expert review, a
	 * scheduled visit must have its conclusion, and a vetoed application cannot be recognised.
	 */
	public CommitteeDecision decide(CurrentUser actor, long callId, long declarationId, CommitteeDecision.Outcome outcome,
			String reasons, String fields) {
		ownCall(actor, callId);
		progress.lock(declarationId);
		Candidate candidate = candidatesOf(callId).stream()
			.filter(c -> c.declarationId() == declarationId)
			.findFirst()
			.orElseThrow(BusinessException::notFound);
		List<BusinessException> problems = new ArrayList<>();
		if (outcome == null) {
			problems.add(BusinessException.invalidField("outcome", "validation.required"));
		}
		String cleanReasons = reasons == null ? "" : reasons.strip();
		if (cleanReasons.isEmpty()) {
			problems.add(BusinessException.invalidField("reasons", "decision.reasonsRequired"));
		}
		else if (cleanReasons.length() > 2000) {
			problems.add(BusinessException.invalidField("reasons", "validation.tooLong", 2000));
		}
		List<String> cleanFields = splitFields(fields);
		if (outcome == CommitteeDecision.Outcome.RECOGNIZE) {
			if (cleanFields.isEmpty()) {
				problems.add(BusinessException.invalidField("fields", "decision.fieldsRequired"));
			}
			else if (cleanFields.size() > MAX_FIELDS || cleanFields.stream().anyMatch(f -> f.length() > 50)
					|| String.join(BaseView.FIELD_SEPARATOR, cleanFields).length() > 500) {
				problems.add(BusinessException.invalidField("fields", "decision.fieldsTooMany", MAX_FIELDS, 50));
			}
		}
		if (!problems.isEmpty()) {
			throw BusinessException.invalid(problems);
		}
		switch (candidate.status()) {
			case EXPERT_REVIEW, SITE_INSPECTION -> {
			}
			case ACCEPTED -> throw BusinessException.conflict("decision.notReviewed");
			default -> throw BusinessException.conflict("decision.publicityStarted");
		}
		Optional<Inspection> visit = inspections.of(actor, callId, declarationId);
		if (visit.isPresent() && !visit.get().recorded()) {
			throw BusinessException.conflict("decision.inspectionPending");
		}
		Ranking ranked = ranking(actor, callId).get(declarationId);
		if (outcome == CommitteeDecision.Outcome.RECOGNIZE && ranked != null && ranked.vetoed()) {
			// 一票否决: an expert found a veto item (e.g. 信用, 意识形态) not met
			throw BusinessException.conflict("decision.vetoed");
		}
		CommitteeDecision decision = CommitteeDecision.take(declarationId, callId, outcome, cleanReasons, cleanFields,
				clock.instant());
		decisions.save(decision, actor.id());
		String storedFields = decision.fields().isEmpty() ? null : String.join(BaseView.FIELD_SEPARATOR, decision.fields());
		Map<String, String> changes = new LinkedHashMap<>();
		changes.put("outcome", outcome.name());
		if (storedFields != null) {
			changes.put("fields", storedFields);
		}
		events.publishEvent(AuditableAction.of("decision.record", "declaration", declarationId)
			.withChanges(changes)
			.withReason(cleanReasons));
		events.publishEvent(new CommitteeDecided(declarationId, callId, outcome));
		return decisions.find(declarationId).orElseThrow();
	}

	Optional<CommitteeDecision> decisionOf(long declarationId) {
		return decisions.find(declarationId);
	}

	/** An upheld objection overturns the recognition the committee proposed, so that the board shows why. */
	void overturn(long declarationId, String reasons, long actorId) {
		CommitteeDecision decision = decisions.find(declarationId).orElseThrow();
		decisions.save(decision.overturn(reasons, clock.instant()), actorId);
	}

	List<Candidate> candidatesOf(long callId) {
		// the full region name (福建省 福州市 鼓楼区): a county's name alone is shared by several cities
		return decisions.candidatesOf(callId, r -> new Candidate(r.declarationId(), r.institutionId(),
				r.applicantOrganizationId(), r.name(), r.regionCode(), regions.fullName(r.regionCode()), r.track(),
				r.keyField(), r.status(), r.decision()));
	}

	Call ownCall(CurrentUser actor, long callId) {
		Call call = calls.get(actor, callId);
		if (!actor.has(Role.AUTHORITY) || call.authorityId() != actor.organizationId()) {
			throw BusinessException.notFound();
		}
		return call;
	}

	static List<String> splitFields(String fields) {
		if (fields == null) {
			return List.of();
		}
		return Arrays.stream(fields.split("[,，;；、\\n]")).map(String::strip).filter(s -> !s.isEmpty()).distinct().toList();
	}
}
