package cn.cebase.evaluation;

import java.math.BigDecimal;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.TreeMap;

import cn.cebase.shared.BusinessException;

/**
 * 评分表: one expert's scores for one application, as an aggregate. It changes only through
 * {@link #score} (暂存, while it is not locked: every change of a criterion's points or veto is kept)
 * and {@link #lock} (提交评分, once every criterion is scored), each of which checks the sheet's
 * {@link SheetStatus} and registers its event. What is read for display is {@link ScoreSheetView}.
 */
class ScoreSheet {

	static final int MAX_REMARK = 1000;

	static final int MAX_COMMENT = 2000;

	private final long panelId;

	private final long expertId;

	private final long declarationId;

	/** The lines by criterion ({@code seq}). */
	private final Map<Integer, ScoreSheetView.Line> lines = new TreeMap<>();

	private String comment;

	private Instant lockedAt;

	private final List<Change> changes = new ArrayList<>();

	private final List<ScoreSheetEvent> events = new ArrayList<>();

	ScoreSheet(long panelId, long expertId, long declarationId, List<ScoreSheetView.Line> lines, String comment,
			Instant lockedAt) {
		this.panelId = panelId;
		this.expertId = expertId;
		this.declarationId = declarationId;
		lines.forEach(l -> this.lines.put(l.seq(), l));
		this.comment = comment;
		this.lockedAt = lockedAt;
	}

	/** A sheet nothing has been saved on yet. */
	static ScoreSheet draft(long panelId, long expertId, long declarationId) {
		return new ScoreSheet(panelId, expertId, declarationId, List.of(), null, null);
	}

	SheetStatus status() {
		return lockedAt != null ? SheetStatus.LOCKED : lines.isEmpty() ? SheetStatus.DRAFT : SheetStatus.SAVED;
	}

	/**
	 * 暂存: the points, remark and veto of every criterion of the rubric, and the overall comment, as
	 * given (a criterion given no points is left unscored). Refused once locked; refused whole, with
	 * every field at fault, when points lie outside 0 to a criterion's maximum, name no criterion,
	 * invoke a veto the criterion does not have, or a text is too long.
	 */
	void score(Rubric rubric, ScoreInput input, Instant now) {
		if (!status().canBecome(SheetStatus.SAVED)) {
			throw BusinessException.conflict("score.locked");
		}
		List<BusinessException> problems = new ArrayList<>();
		for (Map.Entry<Integer, BigDecimal> entry : input.points().entrySet()) {
			Optional<Rubric.Criterion> criterion = criterion(rubric, entry.getKey());
			if (criterion.isEmpty()) {
				problems.add(BusinessException.invalidField("points[" + entry.getKey() + "]", "score.unknownCriterion"));
			}
			else if (entry.getValue() != null
					&& (entry.getValue().signum() < 0 || entry.getValue().compareTo(criterion.get().maxPoints()) > 0)) {
				problems.add(BusinessException.invalidField("points[" + entry.getKey() + "]", "score.aboveMaximum",
						criterion.get().name(), criterion.get().maxPoints().stripTrailingZeros().toPlainString()));
			}
		}
		for (Integer seq : input.vetoes()) {
			if (criterion(rubric, seq).filter(Rubric.Criterion::veto).isEmpty()) {
				problems.add(BusinessException.invalidField("vetoes", "score.notAVeto"));
			}
		}
		input.comments().forEach((seq, text) -> {
			if (text != null && text.length() > MAX_REMARK) {
				problems.add(BusinessException.invalidField("comments[" + seq + "]", "validation.tooLong", MAX_REMARK));
			}
		});
		if (input.comment() != null && input.comment().length() > MAX_COMMENT) {
			problems.add(BusinessException.invalidField("comment", "validation.tooLong", MAX_COMMENT));
		}
		if (!problems.isEmpty()) {
			throw BusinessException.invalid(problems);
		}
		List<Integer> changed = new ArrayList<>();
		for (Rubric.Criterion c : rubric.criteria()) {
			BigDecimal points = input.points().get(c.seq());
			boolean vetoed = input.vetoes().contains(c.seq());
			ScoreSheetView.Line before = lines.get(c.seq());
			BigDecimal oldPoints = before == null ? null : before.points();
			boolean oldVetoed = before != null && before.vetoed();
			if (!same(oldPoints, points) || oldVetoed != vetoed) {
				changes.add(new Change(c.seq(), oldPoints, points, before == null ? null : oldVetoed, vetoed, now));
				changed.add(c.seq());
			}
			lines.put(c.seq(), new ScoreSheetView.Line(c.seq(), points, vetoed, blank(input.comments().get(c.seq()))));
		}
		comment = blank(input.comment());
		if (!changed.isEmpty()) {
			events.add(new ScoresChanged(panelId, expertId, declarationId, List.copyOf(changed)));
		}
	}

	/** 提交评分: every criterion of the rubric scored, then the sheet is locked for good. */
	void lock(Rubric rubric, Instant now) {
		SheetStatus status = status();
		if (status == SheetStatus.LOCKED) {
			throw BusinessException.conflict("score.locked");
		}
		BigDecimal total = total(rubric);
		if (total == null || !status.canBecome(SheetStatus.LOCKED)) {
			throw BusinessException.conflict("score.incomplete");
		}
		lockedAt = now;
		events.add(new ScoreSheetLocked(panelId, expertId, declarationId, total, now));
	}

	/** Σ points × weight under the rubric; null while a criterion is unscored. */
	BigDecimal total(Rubric rubric) {
		return view(null).total(rubric);
	}

	/** The sheet as read, under the expert's name. */
	ScoreSheetView view(String expertName) {
		return new ScoreSheetView(panelId, expertId, expertName, declarationId, List.copyOf(lines.values()), comment,
				lockedAt);
	}

	private static Optional<Rubric.Criterion> criterion(Rubric rubric, int seq) {
		return rubric.criteria().stream().filter(c -> c.seq() == seq).findFirst();
	}

	/** A change of one criterion's points or veto, for {@code score_change}; {@code oldVetoed} null on its first scoring. */
	record Change(int seq, BigDecimal oldPoints, BigDecimal newPoints, Boolean oldVetoed, boolean newVetoed,
			Instant at) {
	}

	List<Change> pendingChanges() {
		return List.copyOf(changes);
	}

	List<ScoreSheetEvent> pendingEvents() {
		return List.copyOf(events);
	}

	long panelId() {
		return panelId;
	}

	long expertId() {
		return expertId;
	}

	long declarationId() {
		return declarationId;
	}

	List<ScoreSheetView.Line> lines() {
		return List.copyOf(lines.values());
	}

	String comment() {
		return comment;
	}

	Instant lockedAt() {
		return lockedAt;
	}

	private static boolean same(BigDecimal a, BigDecimal b) {
		return a == null ? b == null : b != null && a.compareTo(b) == 0;
	}

	private static String blank(String s) {
		return s == null || s.isBlank() ? null : s.strip();
	}
}
