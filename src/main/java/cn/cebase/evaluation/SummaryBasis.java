package cn.cebase.evaluation;

import java.math.BigDecimal;
import java.util.List;

/**
 * What the chair reads before writing the summary of one application: the panel's locked sheets
 * on it, their totals combined as the rubric says, the summary written so far (null if none), and
 * whether the committee has decided on the application (then the summary stands as written).
 */
public record SummaryBasis(ChairProgress progress, long declarationId, String institutionName, Rubric rubric,
		List<ScoreSheetView> sheets, BigDecimal combined, ChairSummary summary, boolean decided) {
}
