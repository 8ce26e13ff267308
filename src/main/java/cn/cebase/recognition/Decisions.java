package cn.cebase.recognition;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Timestamp;
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
import cn.cebase.policy.TrackKind;
import cn.cebase.shared.AuditableAction;
import cn.cebase.shared.BusinessException;

import org.springframework.context.ApplicationEventPublisher;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * The committee's decision on each application of a call, taken after expert scoring and, where
 * there was one, the site visit; the authority records it for the committee. Decisions can change
 * until the results go to publicity.
 */
@Service
@Transactional
public class Decisions {

	static final List<String> AFTER_INTAKE = List.of(DeclarationStatus.ACCEPTED.name(),
			DeclarationStatus.EXPERT_REVIEW.name(), DeclarationStatus.SITE_INSPECTION.name(),
			DeclarationStatus.PUBLICITY.name(), DeclarationStatus.RECOGNIZED.name(),
			DeclarationStatus.NOT_RECOGNIZED.name());

	static final int MAX_FIELDS = 10;

	private final JdbcClient jdbc;

	private final CallManagement calls;

	private final Scoring scoring;

	private final Inspections inspections;

	private final DeclarationProgress progress;

	private final ApplicationEventPublisher events;

	private final Clock clock;

	private final Regions regions;

	Decisions(JdbcClient jdbc, CallManagement calls, Scoring scoring, Inspections inspections,
			DeclarationProgress progress, ApplicationEventPublisher events, Clock clock, Regions regions) {
		this.regions = regions;
		this.jdbc = jdbc;
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
		Timestamp now = Timestamp.from(clock.instant());
		String storedFields = outcome == CommitteeDecision.Outcome.RECOGNIZE
				? String.join(BaseView.FIELD_SEPARATOR, cleanFields) : null;
		jdbc.sql("insert into committee_decision (declaration_id, call_id, outcome, reasons, fields, decided_by, decided_at)"
				+ " values (?,?,?,?,?,?,?) on conflict (declaration_id) do update set outcome = excluded.outcome,"
				+ " reasons = excluded.reasons, fields = excluded.fields, decided_by = excluded.decided_by,"
				+ " decided_at = excluded.decided_at")
			.params(declarationId, callId, outcome.name(), cleanReasons, storedFields, actor.id(), now)
			.update();
		Map<String, String> changes = new LinkedHashMap<>();
		changes.put("outcome", outcome.name());
		if (storedFields != null) {
			changes.put("fields", storedFields);
		}
		events.publishEvent(AuditableAction.of("decision.record", "declaration", declarationId)
			.withChanges(changes)
			.withReason(cleanReasons));
		return decisionOf(declarationId).orElseThrow();
	}

	Optional<CommitteeDecision> decisionOf(long declarationId) {
		return jdbc.sql("select * from committee_decision where declaration_id = ?")
			.param(declarationId)
			.query(Decisions::mapDecision)
			.optional();
	}

	/** Marks the decision as overturned by an upheld objection, so that the board shows why. */
	void overturn(long declarationId, String reasons, long actorId) {
		jdbc.sql("update committee_decision set outcome = 'NOT_RECOGNIZE', reasons = ?, fields = null, decided_by = ?,"
				+ " decided_at = ? where declaration_id = ?")
			.params(reasons, actorId, Timestamp.from(clock.instant()), declarationId)
			.update();
	}

	List<Candidate> candidatesOf(long callId) {
		return jdbc.sql("select d.id, d.institution_id, i.organization_id as applicant_org, i.name, i.region_code, d.track, d.status,"
				+ " d.key_field, c.declaration_id, c.call_id, c.outcome, c.reasons,"
				+ " c.fields, c.decided_at from declaration_states d join institution_directory i on i.id = d.institution_id"
				+ " left join committee_decision c on c.declaration_id = d.id"
				+ " where d.call_id = :call and d.status in (:statuses) order by d.id")
			.param("call", callId)
			.param("statuses", AFTER_INTAKE)
			.query((rs, n) -> new Candidate(rs.getLong("id"), rs.getLong("institution_id"), rs.getLong("applicant_org"), rs.getString("name"),
					// the full name (福建省 福州市 鼓楼区): a county's name alone is shared by several cities
					rs.getString("region_code"), regions.fullName(rs.getString("region_code")), TrackKind.valueOf(rs.getString("track")),
					rs.getString("key_field"), DeclarationStatus.valueOf(rs.getString("status")),
					rs.getObject("declaration_id") == null ? null : mapDecision(rs, n)))
			.list();
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

	private static CommitteeDecision mapDecision(ResultSet rs, int row) throws SQLException {
		return new CommitteeDecision(rs.getLong("declaration_id"), rs.getLong("call_id"),
				CommitteeDecision.Outcome.valueOf(rs.getString("outcome")), rs.getString("reasons"),
				fields(rs.getString("fields")), rs.getTimestamp("decided_at").toInstant());
	}

	private static List<String> fields(String stored) {
		return stored == null || stored.isBlank() ? List.of()
				: java.util.Arrays.stream(stored.split(BaseView.FIELD_SEPARATOR)).map(String::strip).filter(f -> !f.isEmpty()).toList();
	}
}
