package cn.cebase.recognition.web;

import cn.cebase.recognition.CommitteeDecision;

/** The committee's decision as typed on the page; kept as typed when the server refuses it. */
public class DecisionForm {

	private CommitteeDecision.Outcome outcome;

	private String fields;

	private String reasons;

	static DecisionForm of(CommitteeDecision decision, String keyField) {
		DecisionForm form = new DecisionForm();
		if (decision != null) {
			form.outcome = decision.outcome();
			form.fields = String.join("；", decision.fields());
			form.reasons = decision.reasons();
		}
		else {
			form.fields = keyField;
		}
		return form;
	}

	public CommitteeDecision.Outcome getOutcome() {
		return outcome;
	}

	public void setOutcome(CommitteeDecision.Outcome outcome) {
		this.outcome = outcome;
	}

	public String getFields() {
		return fields;
	}

	public void setFields(String fields) {
		this.fields = fields;
	}

	public String getReasons() {
		return reasons;
	}

	public void setReasons(String reasons) {
		this.reasons = reasons;
	}
}
