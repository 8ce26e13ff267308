package cn.cebase.evaluation;

import java.math.BigDecimal;
import java.time.Clock;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

import cn.cebase.identity.CurrentUser;
import cn.cebase.identity.Role;
import cn.cebase.shared.AuditableAction;
import cn.cebase.shared.BusinessException;

import org.springframework.context.ApplicationEventPublisher;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * 评审意见汇总: once every sheet a panel owes is locked, its chair (组长) writes the panel's summary
 * opinion on each application, until the committee decides on it. Behind {@link Scoring}.
 */
@Service
@Transactional
class ChairSummaryWriting {

	private final DrawnPanels panels;

	private final PanelMembers members;

	private final ScoreSheets sheets;

	private final Rubrics rubrics;

	private final ChairSummaries summaries;

	private final ExpertPool experts;

	private final CommitteeDecisions decisions;

	private final ApplicationEventPublisher events;

	private final Clock clock;

	ChairSummaryWriting(DrawnPanels panels, PanelMembers members, ScoreSheets sheets, Rubrics rubrics,
			ChairSummaries summaries, ExpertPool experts, CommitteeDecisions decisions, ApplicationEventPublisher events,
			Clock clock) {
		this.panels = panels;
		this.members = members;
		this.sheets = sheets;
		this.rubrics = rubrics;
		this.summaries = summaries;
		this.experts = experts;
		this.decisions = decisions;
		this.events = events;
		this.clock = clock;
	}

	@Transactional(readOnly = true)
	ChairProgress chairProgress(CurrentUser actor, long panelId) {
		chairOf(actor, panelId);
		return progress(panelId);
	}

	@Transactional(readOnly = true)
	SummaryBasis summaryBasis(CurrentUser actor, long panelId, long declarationId) {
		chairOf(actor, panelId);
		String institution = institutionInPanel(panelId, declarationId);
		ChairProgress progress = progress(panelId);
		Rubric rubric = rubricOfPanel(panelId);
		List<ScoreSheetView> locked = sheets.onApplication(panelId, declarationId)
			.stream()
			.filter(ScoreSheetView::locked)
			.toList();
		BigDecimal combined = TrackRanking.combine(locked.stream().map(s -> s.total(rubric)).sorted().toList(),
				rubric.aggregation());
		return new SummaryBasis(progress, declarationId, institution, rubric, locked, combined,
				progress.summaries().get(declarationId), decisions.decided(declarationId));
	}

	ChairSummary writeSummary(CurrentUser actor, long panelId, long declarationId,
			ChairSummary.Recommendation recommendation, String text) {
		Expert chair = chairOf(actor, panelId);
		panels.lock(panelId);
		institutionInPanel(panelId, declarationId);
		// the committee decides under the same lock, so the summary cannot change beneath its decision
		decisions.lockUndecided(declarationId, "panel.chairSummary.decided");
		if (members.declaredConflict(panelId, chair.id(), declarationId)) {
			throw BusinessException.conflict("panel.chairSummary.chairAvoids");
		}
		ChairProgress progress = progress(panelId);
		if (!progress.ready()) {
			throw BusinessException.conflict("panel.chairSummary.sheetsOpen", progress.sheetsOpen(),
					progress.sheetsLocked(), progress.sheetsExpected());
		}
		if (sheets.onApplication(panelId, declarationId).stream().noneMatch(ScoreSheetView::locked)) {
			throw BusinessException.conflict("panel.chairSummary.noSheets");
		}
		List<BusinessException> problems = new ArrayList<>();
		if (recommendation == null) {
			problems.add(BusinessException.invalidField("recommendation", "validation.required"));
		}
		String clean = text == null || text.isBlank() ? null : text.strip();
		if (clean == null) {
			problems.add(BusinessException.invalidField("text", "validation.required"));
		}
		else if (clean.length() > ChairSummary.MAX_TEXT) {
			problems.add(BusinessException.invalidField("text", "validation.tooLong", ChairSummary.MAX_TEXT));
		}
		if (!problems.isEmpty()) {
			throw BusinessException.invalid(problems);
		}
		ChairSummary before = progress.summaries().get(declarationId);
		summaries.write(panelId, declarationId, recommendation, clean, chair.id(), clock.instant());
		Map<String, String> changes = new LinkedHashMap<>();
		changes.put("panel", String.valueOf(panelId));
		changes.put("recommendation", before == null ? recommendation.name()
				: before.recommendation().name() + " → " + recommendation.name());
		events.publishEvent(AuditableAction.of("panel.chairSummary", "declaration", declarationId)
			.withChanges(changes)
			.withReason(clean));
		return summaries.ofPanel(panelId).get(declarationId);
	}

	private Rubric rubricOfPanel(long panelId) {
		return rubrics.ofPanel(panelId).orElseThrow(() -> BusinessException.conflict("score.noRubric"));
	}

	/** The signed-in expert if it chairs the panel; the panel's other experts are refused, anyone else finds nothing. */
	private Expert chairOf(CurrentUser actor, long panelId) {
		Optional<Expert> me = actor.has(Role.EXPERT) ? experts.ofUser(actor.id()) : Optional.empty();
		Optional<Long> chair = panels.chairOf(panelId).orElseThrow(BusinessException::notFound);
		if (me.isEmpty()) {
			throw BusinessException.notFound();
		}
		if (chair.isPresent() && chair.get() == me.get().id()) {
			return me.get();
		}
		if (members.seated(panelId, me.get().id())) {
			throw BusinessException.forbidden("panel.chairSummary.chairOnly");
		}
		throw BusinessException.notFound();
	}

	private String institutionInPanel(long panelId, long declarationId) {
		return members.institutionReviewed(panelId, declarationId).orElseThrow(BusinessException::notFound);
	}

	private ChairProgress progress(long panelId) {
		ScoreSheets.Owed owed = sheets.owed(panelId);
		Map<Long, ChairSummary> written = summaries.ofPanel(panelId);
		// only a written summary can stand on record; an unwritten one has nothing to show read-only
		Set<Long> decidedOn = decisions.decidedAmong(written.keySet());
		return new ChairProgress(panelId, owed.locked(), owed.expected(), written, decidedOn);
	}
}
