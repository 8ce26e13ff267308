package cn.cebase.evaluation.web;

import cn.cebase.evaluation.ChairSummary;

/** The chair's summary as the page posts it. */
public class SummaryForm {

	private ChairSummary.Recommendation recommendation;
	private String text;

	static SummaryForm of(ChairSummary summary) {
		SummaryForm form = new SummaryForm();
		if (summary != null) {
			form.recommendation = summary.recommendation();
			form.text = summary.text();
		}
		return form;
	}

	public ChairSummary.Recommendation getRecommendation() { return recommendation; }
	public void setRecommendation(ChairSummary.Recommendation recommendation) { this.recommendation = recommendation; }
	public String getText() { return text; }
	public void setText(String text) { this.text = text; }
}
