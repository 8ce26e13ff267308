package cn.cebase.evaluation.web;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;

import cn.cebase.evaluation.Inspection;

import org.springframework.format.annotation.DateTimeFormat;

/** The inspection page's form: the schedule, then each checklist point's result and finding, and the conclusion. */
public class InspectionForm {

	@DateTimeFormat(iso = DateTimeFormat.ISO.DATE)
	private LocalDate scheduledOn;
	private String team;
	private Map<Inspection.Topic, Inspection.Result> results = new EnumMap<>(Inspection.Topic.class);
	private Map<Inspection.Topic, String> findings = new EnumMap<>(Inspection.Topic.class);
	private Inspection.Conclusion conclusion;
	private String conclusionText;

	static InspectionForm of(Inspection inspection) {
		InspectionForm form = new InspectionForm();
		if (inspection != null) {
			form.scheduledOn = inspection.scheduledOn();
			form.team = inspection.team();
			inspection.items().forEach(i -> {
				form.results.put(i.topic(), i.result());
				form.findings.put(i.topic(), i.finding());
			});
			form.conclusion = inspection.conclusion();
			form.conclusionText = inspection.conclusionText();
		}
		return form;
	}

	List<Inspection.Item> items() {
		List<Inspection.Item> items = new ArrayList<>();
		for (Inspection.Topic topic : Inspection.Topic.values()) {
			if (results.get(topic) != null || findings.get(topic) != null) {
				items.add(new Inspection.Item(topic, results.get(topic), findings.get(topic)));
			}
		}
		return items;
	}

	public LocalDate getScheduledOn() { return scheduledOn; }
	public void setScheduledOn(LocalDate scheduledOn) { this.scheduledOn = scheduledOn; }
	public String getTeam() { return team; }
	public void setTeam(String team) { this.team = team; }
	public Map<Inspection.Topic, Inspection.Result> getResults() { return results; }
	public void setResults(Map<Inspection.Topic, Inspection.Result> results) { this.results = results; }
	public Map<Inspection.Topic, String> getFindings() { return findings; }
	public void setFindings(Map<Inspection.Topic, String> findings) { this.findings = findings; }
	public Inspection.Conclusion getConclusion() { return conclusion; }
	public void setConclusion(Inspection.Conclusion conclusion) { this.conclusion = conclusion; }
	public String getConclusionText() { return conclusionText; }
	public void setConclusionText(String conclusionText) { this.conclusionText = conclusionText; }
}
