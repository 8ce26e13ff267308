package cn.cebase.evaluation;

import java.math.BigDecimal;
import java.time.Instant;
import java.util.List;

import io.swagger.v3.oas.annotations.media.Schema;

/**
 * One expert's scores for one application, as read; locked once submitted. What changes it is the
 * aggregate {@link ScoreSheet}.
 */
@Schema(name = "ScoreSheet")
public record ScoreSheetView(long panelId, long expertId, String expertName, long declarationId, List<Line> lines,
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
