package cn.cebase.evaluation;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;

import cn.cebase.shared.BusinessException;

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

	static final BigDecimal MAX_POINTS = new BigDecimal("1000");

	static final BigDecimal MAX_WEIGHT = new BigDecimal("100");

	/**
	 * The rubric the authority gives, its criteria numbered in the order given and their texts
	 * stripped; refused with every field at fault: no aggregation, no criteria, a name missing, too
	 * long or given twice, points or a weight out of range.
	 */
	static Rubric checked(long callId, Aggregation aggregation, List<Criterion> criteria) {
		List<BusinessException> problems = new ArrayList<>();
		if (aggregation == null) {
			problems.add(BusinessException.invalidField("aggregation", "validation.required"));
		}
		if (criteria == null || criteria.isEmpty()) {
			problems.add(BusinessException.invalidField("criteria", "rubric.noCriteria"));
		}
		Set<String> names = new HashSet<>();
		List<Criterion> clean = new ArrayList<>();
		for (int i = 0; criteria != null && i < criteria.size(); i++) {
			Criterion c = criteria.get(i);
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
			clean.add(new Criterion(i + 1, c.name() == null ? null : c.name().strip(), c.maxPoints(), c.weight(), c.veto(),
					c.source() == null || c.source().isBlank() ? null : c.source().strip()));
		}
		if (!problems.isEmpty()) {
			throw BusinessException.invalid(problems);
		}
		return new Rubric(callId, aggregation, List.copyOf(clean));
	}
}
