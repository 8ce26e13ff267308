package cn.cebase.evaluation;

import java.math.BigDecimal;
import java.util.Map;
import java.util.Set;

/** What an expert enters: points and a remark per criterion, the vetoes it invokes, an overall comment. */
public record ScoreInput(Map<Integer, BigDecimal> points, Map<Integer, String> comments, Set<Integer> vetoes,
		String comment) {

	public ScoreInput {
		points = points == null ? Map.of() : points;
		comments = comments == null ? Map.of() : comments;
		vetoes = vetoes == null ? Set.of() : vetoes;
	}
}
