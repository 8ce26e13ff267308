package cn.cebase.evaluation;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.sql.Timestamp;
import java.time.Clock;
import java.util.ArrayList;
import java.util.Collection;
import java.util.Comparator;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

import cn.cebase.call.Call;
import cn.cebase.call.CallManagement;
import cn.cebase.declaration.DeclarationProgress;
import cn.cebase.identity.CurrentUser;
import cn.cebase.identity.Role;
import cn.cebase.review.AcceptedApplication;
import cn.cebase.review.ReviewManagement;
import cn.cebase.shared.AuditableAction;
import cn.cebase.shared.BusinessException;

import org.springframework.context.ApplicationEventPublisher;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * 专家评分: the authority sets a call's rubric (from a template of the documents' topics); each
 * member scores its applications criterion by criterion with remarks, may change them until it
 * locks the sheet, and every change is kept; the locked sheets are combined and ranked per track.
 * Once every sheet a panel owes is locked, its chair (组长) writes the panel's summary opinion
 * (评审意见汇总) on each application; the committee reads it with the ranking and the inspection
 * ({@link #brief}).
 */
@Service
@Transactional
public class Scoring {

	private static final BigDecimal MAX_POINTS = new BigDecimal("1000");

	private static final BigDecimal MAX_WEIGHT = new BigDecimal("100");

	private static final String SUMMARY = "select s.*, e.name from chair_summary s join expert e on e.id = s.expert_id";

	private final JdbcClient jdbc;

	private final CallManagement calls;

	private final ReviewManagement reviews;

	private final ExpertPool experts;

	private final ApplicationEventPublisher events;

	private final Clock clock;

	private final Inspections inspections;

	private final DeclarationProgress declarations;

	private final List<DecidedApplications> decided;

	Scoring(JdbcClient jdbc, CallManagement calls, ReviewManagement reviews, ExpertPool experts,
			ApplicationEventPublisher events, Clock clock, Inspections inspections, DeclarationProgress declarations,
			List<DecidedApplications> decided) {
		this.declarations = declarations;
		this.decided = decided;
		this.inspections = inspections;
		this.jdbc = jdbc;
		this.calls = calls;
		this.reviews = reviews;
		this.experts = experts;
		this.events = events;
		this.clock = clock;
	}

	/** The call's rubric, or the template of its profile's jurisdiction when none is set yet. */
	@Transactional(readOnly = true)
	public Rubric rubric(CurrentUser actor, long callId) {
		Call call = calls.get(actor, callId);
		return stored(callId).orElseGet(() -> new Rubric(callId, Rubric.Aggregation.TRIMMED_MEAN,
				RubricTemplates.template(call.profileCode())));
	}

	/** Refuses anyone but the call's own authority. */
	@Transactional(readOnly = true)
	public void requireOwnCall(CurrentUser actor, long callId) {
		ownCall(actor, callId);
	}

	@Transactional(readOnly = true)
	public boolean rubricSaved(long callId) {
		return stored(callId).isPresent();
	}

	/** Sets the rubric; refused once any expert has scored in the call. */
	public Rubric saveRubric(CurrentUser actor, long callId, Rubric.Aggregation aggregation, List<Rubric.Criterion> criteria) {
		// like every other act on the call: another organisation's call is not there for it
		ownCall(actor, callId);
		boolean scored = jdbc.sql("select exists (select 1 from score_sheet s join panel p on p.id = s.panel_id"
				+ " where p.call_id = ?)").param(callId).query(Boolean.class).single();
		if (scored) {
			throw BusinessException.conflict("rubric.scoringStarted");
		}
		List<BusinessException> problems = new ArrayList<>();
		if (aggregation == null) {
			problems.add(BusinessException.invalidField("aggregation", "validation.required"));
		}
		if (criteria == null || criteria.isEmpty()) {
			problems.add(BusinessException.invalidField("criteria", "rubric.noCriteria"));
		}
		Set<String> names = new HashSet<>();
		List<Rubric.Criterion> clean = new ArrayList<>();
		for (int i = 0; criteria != null && i < criteria.size(); i++) {
			Rubric.Criterion c = criteria.get(i);
			String path = "criteria[" + i + "]";
			if (c.name() == null || c.name().isBlank()) {
				problems.add(BusinessException.invalidField(path + ".name", "validation.required"));
			}
			else if (c.name().strip().length() > 100) {
				problems.add(BusinessException.invalidField(path + ".name", "validation.tooLong", 100));
			}
			else if (!names.add(c.name().strip())) {
				problems.add(BusinessException.invalidField(path + ".name", "rubric.duplicateName", c.name().strip()));
			}
			if (c.maxPoints() == null || c.maxPoints().signum() <= 0 || c.maxPoints().compareTo(MAX_POINTS) > 0) {
				problems.add(BusinessException.invalidField(path + ".maxPoints", "rubric.pointsRange", MAX_POINTS));
			}
			if (c.weight() == null || c.weight().signum() <= 0 || c.weight().compareTo(MAX_WEIGHT) > 0) {
				problems.add(BusinessException.invalidField(path + ".weight", "rubric.weightRange", MAX_WEIGHT));
			}
			clean.add(new Rubric.Criterion(i + 1, c.name() == null ? null : c.name().strip(), c.maxPoints(), c.weight(),
					c.veto(), c.source() == null || c.source().isBlank() ? null : c.source().strip()));
		}
		if (!problems.isEmpty()) {
			throw BusinessException.invalid(problems);
		}
		jdbc.sql("delete from rubric_criterion where call_id = ?").param(callId).update();
		jdbc.sql("delete from rubric where call_id = ?").param(callId).update();
		jdbc.sql("insert into rubric (call_id, aggregation, updated_by, updated_at) values (?,?,?,?)")
			.params(callId, aggregation.name(), actor.id(), Timestamp.from(clock.instant()))
			.update();
		for (Rubric.Criterion c : clean) {
			jdbc.sql("insert into rubric_criterion (call_id, seq, name, max_points, weight, veto, source) values (?,?,?,?,?,?,?)")
				.params(callId, c.seq(), c.name(), c.maxPoints(), c.weight(), c.veto(), c.source())
				.update();
		}
		events.publishEvent(AuditableAction.of("rubric.save", "call", callId)
			.withChanges(Map.of("criteria", String.valueOf(clean.size()), "aggregation", aggregation.name())));
		return stored(callId).orElseThrow();
	}

	/** The expert's sheet for an application it declared no conflict with; empty lines until scored. */
	@Transactional(readOnly = true)
	public ScoreSheet sheet(CurrentUser actor, long panelId, long declarationId) {
		Expert me = scorer(actor, panelId, declarationId);
		return readSheet(panelId, me.id(), declarationId).orElse(new ScoreSheet(panelId, me.id(), me.name(), declarationId,
				List.of(), null, null));
	}

	/**
	 * Saves scores; each change of a criterion's points or veto is kept. Refused once the sheet is
	 * locked, and once the committee has decided on the application: the scores it decided on stand
	 * (FJ 第八条(四), JL 三(四): the review is what the committee decides on).
	 */
	public ScoreSheet save(CurrentUser actor, long panelId, long declarationId, ScoreInput input) {
		Expert me = scorer(actor, panelId, declarationId);
		notDecided(declarationId);
		jdbc.sql("insert into score_sheet (panel_id, expert_id, declaration_id) values (?,?,?) on conflict do nothing")
			.params(panelId, me.id(), declarationId)
			.update();
		ScoreSheet current = lockedSheet(panelId, me.id(), declarationId);
		if (current.locked()) {
			throw BusinessException.conflict("score.locked");
		}
		Rubric rubric = rubricOfPanel(panelId);
		List<BusinessException> problems = new ArrayList<>();
		for (Map.Entry<Integer, BigDecimal> entry : input.points().entrySet()) {
			Optional<Rubric.Criterion> criterion = rubric.criteria().stream().filter(c -> c.seq() == entry.getKey()).findFirst();
			if (criterion.isEmpty()) {
				problems.add(BusinessException.invalidField("points[" + entry.getKey() + "]", "score.unknownCriterion"));
			}
			else if (entry.getValue() != null && (entry.getValue().signum() < 0
					|| entry.getValue().compareTo(criterion.get().maxPoints()) > 0)) {
				problems.add(BusinessException.invalidField("points[" + entry.getKey() + "]", "score.aboveMaximum",
						criterion.get().name(), criterion.get().maxPoints().stripTrailingZeros().toPlainString()));
			}
		}
		for (Integer seq : input.vetoes()) {
			if (rubric.criteria().stream().noneMatch(c -> c.seq() == seq && c.veto())) {
				problems.add(BusinessException.invalidField("vetoes", "score.notAVeto"));
			}
		}
		input.comments().forEach((seq, text) -> {
			if (text != null && text.length() > 1000) {
				problems.add(BusinessException.invalidField("comments[" + seq + "]", "validation.tooLong", 1000));
			}
		});
		if (input.comment() != null && input.comment().length() > 2000) {
			problems.add(BusinessException.invalidField("comment", "validation.tooLong", 2000));
		}
		if (!problems.isEmpty()) {
			throw BusinessException.invalid(problems);
		}
		for (Rubric.Criterion c : rubric.criteria()) {
			BigDecimal points = input.points().get(c.seq());
			boolean vetoed = input.vetoes().contains(c.seq());
			String remark = blank(input.comments().get(c.seq()));
			ScoreSheet.Line before = current.lines().stream().filter(l -> l.seq() == c.seq()).findFirst().orElse(null);
			BigDecimal oldPoints = before == null ? null : before.points();
			boolean oldVetoed = before != null && before.vetoed();
			if (!same(oldPoints, points) || oldVetoed != vetoed) {
				jdbc.sql("insert into score_change (panel_id, expert_id, declaration_id, seq, old_points, new_points,"
						+ " old_vetoed, new_vetoed, changed_at) values (?,?,?,?,?,?,?,?,?)")
					.params(panelId, me.id(), declarationId, c.seq(), oldPoints, points, before == null ? null : oldVetoed,
							vetoed, Timestamp.from(clock.instant()))
					.update();
			}
			jdbc.sql("insert into score (panel_id, expert_id, declaration_id, seq, points, vetoed, comment) values (?,?,?,?,?,?,?)"
					+ " on conflict (panel_id, expert_id, declaration_id, seq) do update set points = excluded.points,"
					+ " vetoed = excluded.vetoed, comment = excluded.comment")
				.params(panelId, me.id(), declarationId, c.seq(), points, vetoed, remark)
				.update();
		}
		jdbc.sql("update score_sheet set comment = ? where panel_id = ? and expert_id = ? and declaration_id = ?")
			.params(blank(input.comment()), panelId, me.id(), declarationId)
			.update();
		return readSheet(panelId, me.id(), declarationId).orElseThrow();
	}

	/** 提交评分: every criterion scored, then the sheet is locked for good. */
	public ScoreSheet lock(CurrentUser actor, long panelId, long declarationId) {
		Expert me = scorer(actor, panelId, declarationId);
		notDecided(declarationId);
		ScoreSheet sheet = readSheet(panelId, me.id(), declarationId)
			.orElseThrow(() -> BusinessException.conflict("score.incomplete"));
		if (sheet.locked()) {
			throw BusinessException.conflict("score.locked");
		}
		if (sheet.total(rubricOfPanel(panelId)) == null) {
			throw BusinessException.conflict("score.incomplete");
		}
		jdbc.sql("update score_sheet set locked_at = ? where panel_id = ? and expert_id = ? and declaration_id = ?")
			.params(Timestamp.from(clock.instant()), panelId, me.id(), declarationId)
			.update();
		events.publishEvent(AuditableAction.of("score.lock", "declaration", declarationId)
			.withChanges(Map.of("panel", String.valueOf(panelId), "total",
					sheet.total(rubricOfPanel(panelId)).stripTrailingZeros().toPlainString())));
		return readSheet(panelId, me.id(), declarationId).orElseThrow();
	}

	/** How many times a sheet's scores changed, for the record. */
	@Transactional(readOnly = true)
	public int changes(long panelId, long expertId, long declarationId) {
		return jdbc.sql("select count(*) from score_change where panel_id = ? and expert_id = ? and declaration_id = ?")
			.params(panelId, expertId, declarationId)
			.query(Integer.class)
			.single();
	}

	/** Every sheet of the call, for the authority's export. */
	@Transactional(readOnly = true)
	public List<ScoreSheet> sheets(CurrentUser actor, long callId) {
		ownCall(actor, callId);
		return jdbc.sql("select s.panel_id, s.expert_id, s.declaration_id from score_sheet s join panel p on p.id = s.panel_id"
				+ " where p.call_id = ? order by s.declaration_id, s.expert_id")
			.param(callId)
			.query((rs, n) -> readSheet(rs.getLong(1), rs.getLong(2), rs.getLong(3)).orElseThrow())
			.list();
	}

	/**
	 * 评审结果: per application that went to expert review, the locked sheets' totals combined by the
	 * rubric's aggregation, a veto by any expert, and the rank within the track by the combined
	 * score. It stays readable once the results go to publicity and beyond.
	 */
	@Transactional(readOnly = true)
	public List<Ranking> ranking(CurrentUser actor, long callId) {
		ownCall(actor, callId);
		Rubric rubric = rubric(actor, callId);
		List<AcceptedApplication> applications = reviews.reviewedByExperts(actor, callId);
		List<ScoreSheet> all = sheets(actor, callId);
		List<Ranking> unranked = new ArrayList<>();
		for (AcceptedApplication a : applications) {
			List<ScoreSheet> mine = all.stream().filter(s -> s.declarationId() == a.declarationId()).toList();
			List<ScoreSheet> locked = mine.stream().filter(ScoreSheet::locked).toList();
			List<BigDecimal> totals = locked.stream().map(s -> s.total(rubric)).sorted().toList();
			boolean vetoed = locked.stream().anyMatch(ScoreSheet::vetoed);
			unranked.add(new Ranking(a.declarationId(), a.institutionName(), a.track(), mine.size(), locked.size(), totals,
					combine(totals, rubric.aggregation()), vetoed, null));
		}
		List<Ranking> result = new ArrayList<>();
		Map<cn.cebase.policy.TrackKind, List<Ranking>> byTrack = new LinkedHashMap<>();
		unranked.forEach(r -> byTrack.computeIfAbsent(r.track(), t -> new ArrayList<>()).add(r));
		for (List<Ranking> track : byTrack.values()) {
			List<Ranking> ordered = new ArrayList<>(track);
			ordered.sort(Comparator.comparing((Ranking r) -> r.vetoed() || r.score() == null)
				.thenComparing(Ranking::score, Comparator.nullsLast(Comparator.reverseOrder())));
			int rank = 0;
			for (Ranking r : ordered) {
				boolean ranked = !r.vetoed() && r.score() != null;
				result.add(new Ranking(r.declarationId(), r.institutionName(), r.track(), r.sheets(), r.locked(), r.totals(),
						r.score(), r.vetoed(), ranked ? ++rank : null));
			}
		}
		return result;
	}

	/**
	 * Where the panel stands, for its chair: the sheets locked of those owed, and the summaries
	 * written. Refused to the panel's other experts (403) and unknown to everyone else (404).
	 */
	@Transactional(readOnly = true)
	public ChairProgress chairProgress(CurrentUser actor, long panelId) {
		chairOf(actor, panelId);
		return progress(panelId);
	}

	/** What the chair reads before writing on one of the panel's applications. */
	@Transactional(readOnly = true)
	public SummaryBasis summaryBasis(CurrentUser actor, long panelId, long declarationId) {
		chairOf(actor, panelId);
		String institution = institutionInPanel(panelId, declarationId);
		ChairProgress progress = progress(panelId);
		Rubric rubric = rubricOfPanel(panelId);
		List<ScoreSheet> locked = panelSheets(panelId, declarationId).stream().filter(ScoreSheet::locked).toList();
		BigDecimal combined = combine(locked.stream().map(s -> s.total(rubric)).sorted().toList(), rubric.aggregation());
		return new SummaryBasis(progress, declarationId, institution, rubric, locked, combined,
				progress.summaries().get(declarationId), decided(declarationId));
	}

	/**
	 * 评审意见汇总: the chair writes (or rewrites) the panel's summary of one application, once every
	 * sheet the panel owes is locked; not on an application it declared a conflict with, and not
	 * once the committee has decided on the application: what it decided on stays on record.
	 */
	public ChairSummary writeSummary(CurrentUser actor, long panelId, long declarationId,
			ChairSummary.Recommendation recommendation, String text) {
		Expert chair = chairOf(actor, panelId);
		jdbc.sql("select id from panel where id = ? for update").param(panelId).query(Long.class).single();
		institutionInPanel(panelId, declarationId);
		// the committee decides under the same lock, so the summary cannot change beneath its decision
		declarations.lock(declarationId);
		if (decided(declarationId)) {
			throw BusinessException.conflict("panel.chairSummary.decided");
		}
		boolean avoids = jdbc.sql("select exists (select 1 from expert_assignment where panel_id = ? and expert_id = ?"
				+ " and declaration_id = ? and conflict = true)")
			.params(panelId, chair.id(), declarationId)
			.query(Boolean.class)
			.single();
		if (avoids) {
			throw BusinessException.conflict("panel.chairSummary.chairAvoids");
		}
		ChairProgress progress = progress(panelId);
		if (!progress.ready()) {
			throw BusinessException.conflict("panel.chairSummary.sheetsOpen", progress.sheetsOpen(),
					progress.sheetsLocked(), progress.sheetsExpected());
		}
		if (panelSheets(panelId, declarationId).stream().noneMatch(ScoreSheet::locked)) {
			throw BusinessException.conflict("panel.chairSummary.noSheets");
		}
		List<BusinessException> problems = new ArrayList<>();
		if (recommendation == null) {
			problems.add(BusinessException.invalidField("recommendation", "validation.required"));
		}
		String clean = blank(text);
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
		jdbc.sql("insert into chair_summary (panel_id, declaration_id, recommendation, text, expert_id, written_at)"
				+ " values (?,?,?,?,?,?) on conflict (panel_id, declaration_id) do update set"
				+ " recommendation = excluded.recommendation, text = excluded.text, expert_id = excluded.expert_id,"
				+ " written_at = excluded.written_at")
			.params(panelId, declarationId, recommendation.name(), clean, chair.id(), Timestamp.from(clock.instant()))
			.update();
		Map<String, String> changes = new LinkedHashMap<>();
		changes.put("panel", String.valueOf(panelId));
		changes.put("recommendation", before == null ? recommendation.name()
				: before.recommendation().name() + " → " + recommendation.name());
		events.publishEvent(AuditableAction.of("panel.chairSummary", "declaration", declarationId)
			.withChanges(changes)
			.withReason(clean));
		return summariesOfPanel(panelId).get(declarationId);
	}

	/** The chairs' summaries of a call's applications, by application (the latest if two panels wrote one). */
	@Transactional(readOnly = true)
	public Map<Long, ChairSummary> summaries(CurrentUser actor, long callId) {
		ownCall(actor, callId);
		return summariesOfCall(callId);
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
		Map<Long, ChairSummary> summaries = summariesOfCall(callId);
		return ranking.stream().map(r -> {
			ChairSummary summary = summaries.get(r.declarationId());
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

	/** Under the application's row lock, which the committee's decision also takes. */
	private void notDecided(long declarationId) {
		declarations.lock(declarationId);
		if (decided(declarationId)) {
			throw BusinessException.conflict("score.decided");
		}
	}

	private boolean decided(long declarationId) {
		return !decidedAmong(List.of(declarationId)).isEmpty();
	}

	private Set<Long> decidedAmong(Collection<Long> declarationIds) {
		Set<Long> all = new HashSet<>();
		decided.forEach(d -> all.addAll(d.decidedAmong(declarationIds)));
		return all;
	}

	/** Mean of the totals, or with three or more, the mean without one highest and one lowest. */
	static BigDecimal combine(List<BigDecimal> sortedTotals, Rubric.Aggregation aggregation) {
		if (sortedTotals.isEmpty()) {
			return null;
		}
		List<BigDecimal> counted = aggregation == Rubric.Aggregation.TRIMMED_MEAN && sortedTotals.size() >= 3
				? sortedTotals.subList(1, sortedTotals.size() - 1) : sortedTotals;
		return counted.stream()
			.reduce(BigDecimal.ZERO, BigDecimal::add)
			.divide(BigDecimal.valueOf(counted.size()), 2, RoundingMode.HALF_UP);
	}

	/** The signed-in expert if it chairs the panel; the panel's other experts are refused, anyone else finds nothing. */
	private Expert chairOf(CurrentUser actor, long panelId) {
		Optional<Expert> me = actor.has(Role.EXPERT) ? experts.ofUser(actor.id()) : Optional.empty();
		Optional<Long> chair = jdbc.sql("select chair_expert_id from panel where id = ?")
			.param(panelId)
			.query((rs, n) -> Optional.ofNullable(rs.getObject(1, Long.class)))
			.optional()
			.orElseThrow(BusinessException::notFound);
		if (me.isEmpty()) {
			throw BusinessException.notFound();
		}
		if (chair.isPresent() && chair.get() == me.get().id()) {
			return me.get();
		}
		boolean member = jdbc.sql("select exists (select 1 from panel_member where panel_id = ? and expert_id = ?"
				+ " and status <> 'WAITING')")
			.params(panelId, me.get().id())
			.query(Boolean.class)
			.single();
		if (member) {
			throw BusinessException.forbidden("panel.chairSummary.chairOnly");
		}
		throw BusinessException.notFound();
	}

	private String institutionInPanel(long panelId, long declarationId) {
		return jdbc.sql("select i.name from declaration_states d join institution_directory i on i.id = d.institution_id"
				+ " where d.id = ? and exists (select 1 from expert_assignment a where a.panel_id = ? and a.declaration_id = d.id)")
			.params(declarationId, panelId)
			.query(String.class)
			.optional()
			.orElseThrow(BusinessException::notFound);
	}

	/**
	 * Sheets owed: one per assignment of a member that has not declined, unless it declared a
	 * conflict. A member yet to answer or to declare owes one too, so the count waits for it.
	 */
	private ChairProgress progress(long panelId) {
		return jdbc.sql("select count(*) filter (where s.locked_at is not null), count(*) from expert_assignment a"
				+ " join panel_member m on m.panel_id = a.panel_id and m.expert_id = a.expert_id"
				+ " left join score_sheet s on s.panel_id = a.panel_id and s.expert_id = a.expert_id"
				+ " and s.declaration_id = a.declaration_id"
				+ " where a.panel_id = ? and a.conflict is distinct from true and m.status <> 'DECLINED'")
			.param(panelId)
			.query((rs, n) -> {
				Map<Long, ChairSummary> summaries = summariesOfPanel(panelId);
				// only a written summary can stand on record; an unwritten one has nothing to show read-only
				Set<Long> decidedOn = decidedAmong(summaries.keySet());
				return new ChairProgress(panelId, rs.getInt(1), rs.getInt(2), summaries, decidedOn);
			})
			.single();
	}

	private List<ScoreSheet> panelSheets(long panelId, long declarationId) {
		return jdbc.sql("select expert_id from score_sheet where panel_id = ? and declaration_id = ? order by expert_id")
			.params(panelId, declarationId)
			.query(Long.class)
			.list()
			.stream()
			.map(expertId -> readSheet(panelId, expertId, declarationId).orElseThrow())
			.toList();
	}

	private Map<Long, ChairSummary> summariesOfPanel(long panelId) {
		Map<Long, ChairSummary> result = new LinkedHashMap<>();
		jdbc.sql(SUMMARY + " where s.panel_id = ? order by s.declaration_id")
			.param(panelId)
			.query(Scoring::summary)
			.list()
			.forEach(s -> result.put(s.declarationId(), s));
		return result;
	}

	private Map<Long, ChairSummary> summariesOfCall(long callId) {
		Map<Long, ChairSummary> result = new LinkedHashMap<>();
		jdbc.sql(SUMMARY + " join panel p on p.id = s.panel_id where p.call_id = ? order by s.written_at")
			.param(callId)
			.query(Scoring::summary)
			.list()
			.forEach(s -> result.put(s.declarationId(), s));
		return result;
	}

	private static ChairSummary summary(java.sql.ResultSet rs, int n) throws java.sql.SQLException {
		return new ChairSummary(rs.getLong("panel_id"), rs.getLong("declaration_id"),
				ChairSummary.Recommendation.valueOf(rs.getString("recommendation")), rs.getString("text"),
				rs.getLong("expert_id"), rs.getString("name"), rs.getTimestamp("written_at").toInstant());
	}

	private Optional<Rubric> stored(long callId) {
		Optional<String> aggregation = jdbc.sql("select aggregation from rubric where call_id = ?")
			.param(callId)
			.query(String.class)
			.optional();
		return aggregation.map(a -> new Rubric(callId, Rubric.Aggregation.valueOf(a),
				jdbc.sql("select * from rubric_criterion where call_id = ? order by seq")
					.param(callId)
					.query((rs, n) -> new Rubric.Criterion(rs.getInt("seq"), rs.getString("name"),
							rs.getBigDecimal("max_points"), rs.getBigDecimal("weight"), rs.getBoolean("veto"),
							rs.getString("source")))
					.list()));
	}

	private Rubric rubricOfPanel(long panelId) {
		long callId = jdbc.sql("select call_id from panel where id = ?").param(panelId).query(Long.class).single();
		return stored(callId).orElseThrow(() -> BusinessException.conflict("score.noRubric"));
	}

	/** The signed-in expert, accepted on the panel, assigned to the application and without a conflict. */
	private Expert scorer(CurrentUser actor, long panelId, long declarationId) {
		if (!actor.has(Role.EXPERT)) {
			throw BusinessException.forbidden();
		}
		Expert me = experts.ofUser(actor.id()).orElseThrow(BusinessException::forbidden);
		boolean assigned = jdbc.sql("select exists (select 1 from expert_assignment a join panel_member m"
				+ " on m.panel_id = a.panel_id and m.expert_id = a.expert_id where a.panel_id = ? and a.expert_id = ?"
				+ " and a.declaration_id = ? and a.conflict = false and m.status = 'ACCEPTED')")
			.params(panelId, me.id(), declarationId)
			.query(Boolean.class)
			.single();
		if (!assigned) {
			throw BusinessException.forbidden("score.notAssigned");
		}
		return me;
	}

	private ScoreSheet lockedSheet(long panelId, long expertId, long declarationId) {
		jdbc.sql("select panel_id from score_sheet where panel_id = ? and expert_id = ? and declaration_id = ? for update")
			.params(panelId, expertId, declarationId)
			.query(Long.class)
			.single();
		return readSheet(panelId, expertId, declarationId).orElseThrow();
	}

	private Optional<ScoreSheet> readSheet(long panelId, long expertId, long declarationId) {
		return jdbc.sql("select s.*, e.name from score_sheet s join expert e on e.id = s.expert_id"
				+ " where s.panel_id = ? and s.expert_id = ? and s.declaration_id = ?")
			.params(panelId, expertId, declarationId)
			.query((rs, n) -> new ScoreSheet(panelId, expertId, rs.getString("name"), declarationId,
					jdbc.sql("select seq, points, vetoed, comment from score where panel_id = ? and expert_id = ?"
							+ " and declaration_id = ? order by seq")
						.params(panelId, expertId, declarationId)
						.query((r, m) -> new ScoreSheet.Line(r.getInt(1), r.getBigDecimal(2), r.getBoolean(3), r.getString(4)))
						.list(),
					rs.getString("comment"),
					rs.getTimestamp("locked_at") == null ? null : rs.getTimestamp("locked_at").toInstant()))
			.optional();
	}

	private Call ownCall(CurrentUser actor, long callId) {
		Call call = calls.get(actor, callId);
		if (!actor.has(Role.AUTHORITY) || call.authorityId() != actor.organizationId()) {
			throw BusinessException.notFound();
		}
		return call;
	}

	private static boolean same(BigDecimal a, BigDecimal b) {
		return a == null ? b == null : b != null && a.compareTo(b) == 0;
	}

	private static String blank(String s) {
		return s == null || s.isBlank() ? null : s.strip();
	}
}
