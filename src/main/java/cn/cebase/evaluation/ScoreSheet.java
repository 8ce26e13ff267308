package cn.cebase.evaluation;

import java.math.BigDecimal;
import java.time.Instant;
import java.util.List;

/** One expert's scores for one application; locked once submitted. */
public record ScoreSheet(long panelId, long expertId, String expertName, long declarationId, List<Line> lines,
		String comment, Instant lockedAt) {

	/** A criterion's points (null until given), whether the expert invoked its veto, and a remark. */
	public record Line(int seq, BigDecimal points, boolean vetoed, String comment) {
	}

	public boolean locked() {
		return lockedAt != null;
	}

	public boolean vetoed() {
		return lines.stream().anyMatch(Line::vetoed);
	}

	/** Σ points × weight under the rubric; null while a criterion is unscored. */
	public BigDecimal total(Rubric rubric) {
		BigDecimal total = BigDecimal.ZERO;
		for (Rubric.Criterion c : rubric.criteria()) {
			Line line = lines.stream().filter(l -> l.seq() == c.seq()).findFirst().orElse(null);
			if (line == null || line.points() == null) {
				return null;
			}
			total = total.add(line.points().multiply(c.weight()));
		}
		return total;
	}
}
