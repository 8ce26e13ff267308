package cn.cebase.evaluation;

import java.math.BigDecimal;
import java.util.List;

/**
 * 评分细则 of a call: weighted criteria, some of them veto items (一票否决); how the experts'
 * totals are combined. An application's total from one expert is Σ points × weight.
 */
public record Rubric(long callId, Aggregation aggregation, List<Criterion> criteria) {

	public enum Aggregation {
		/** 算术平均. */
		MEAN,
		/** 去掉一个最高分和一个最低分后平均 (with at least three experts). */
		TRIMMED_MEAN
	}

	public record Criterion(int seq, String name, BigDecimal maxPoints, BigDecimal weight, boolean veto, String source) {
	}

	/** The highest total an expert can give: Σ max × weight. */
	public BigDecimal maxTotal() {
		return criteria.stream().map(c -> c.maxPoints().multiply(c.weight())).reduce(BigDecimal.ZERO, BigDecimal::add);
	}
}
