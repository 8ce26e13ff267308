package cn.cebase.evaluation.web;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.List;

import cn.cebase.evaluation.Rubric;

/** The rubric as the page edits it: rows of criteria, blank rows ignored. */
public class RubricForm {

	private Rubric.Aggregation aggregation;

	private List<Row> criteria = new ArrayList<>();

	static RubricForm of(Rubric rubric, int blankRows) {
		RubricForm form = new RubricForm();
		form.aggregation = rubric.aggregation();
		rubric.criteria().forEach(c -> form.criteria.add(new Row(c.name(), c.maxPoints(), c.weight(), c.veto(), c.source())));
		for (int i = 0; i < blankRows; i++) {
			form.criteria.add(new Row());
		}
		return form;
	}

	/** The rows with anything in them, in order. */
	List<Rubric.Criterion> toCriteria() {
		List<Rubric.Criterion> list = new ArrayList<>();
		for (Row r : criteria) {
			if (!r.isBlank()) {
				list.add(new Rubric.Criterion(list.size() + 1, r.name, r.maxPoints, r.weight, r.veto, r.source));
			}
		}
		return list;
	}

	/** Drops blank rows so that error paths (criteria[i]) point at the rows the person filled. */
	void compact() {
		criteria.removeIf(Row::isBlank);
	}

	public Rubric.Aggregation getAggregation() {
		return aggregation;
	}

	public void setAggregation(Rubric.Aggregation aggregation) {
		this.aggregation = aggregation;
	}

	public List<Row> getCriteria() {
		return criteria;
	}

	public void setCriteria(List<Row> criteria) {
		this.criteria = criteria;
	}

	public static class Row {

		private String name;
		private BigDecimal maxPoints;
		private BigDecimal weight;
		private boolean veto;
		private String source;

		public Row() {
		}

		Row(String name, BigDecimal maxPoints, BigDecimal weight, boolean veto, String source) {
			this.name = name;
			this.maxPoints = maxPoints;
			this.weight = weight;
			this.veto = veto;
			this.source = source;
		}

		boolean isBlank() {
			return (name == null || name.isBlank()) && maxPoints == null && weight == null
					&& (source == null || source.isBlank()) && !veto;
		}

		public String getName() { return name; }
		public void setName(String name) { this.name = name; }
		public BigDecimal getMaxPoints() { return maxPoints; }
		public void setMaxPoints(BigDecimal maxPoints) { this.maxPoints = maxPoints; }
		public BigDecimal getWeight() { return weight; }
		public void setWeight(BigDecimal weight) { this.weight = weight; }
		public boolean isVeto() { return veto; }
		public void setVeto(boolean veto) { this.veto = veto; }
		public String getSource() { return source; }
		public void setSource(String source) { this.source = source; }
	}
}
