package cn.cebase.evaluation.web;

import java.math.BigDecimal;
import java.util.HashMap;
import java.util.HashSet;
import java.util.Map;
import java.util.Set;

import cn.cebase.evaluation.ScoreInput;
import cn.cebase.evaluation.ScoreSheetView;

/** An expert's score sheet as the page posts it: points[seq], comments[seq], vetoes, comment. */
public class ScoreForm {

	private Map<Integer, BigDecimal> points = new HashMap<>();
	private Map<Integer, String> comments = new HashMap<>();
	private Set<Integer> vetoes = new HashSet<>();
	private String comment;

	static ScoreForm of(ScoreSheetView sheet) {
		ScoreForm form = new ScoreForm();
		for (ScoreSheetView.Line line : sheet.lines()) {
			form.points.put(line.seq(), line.points());
			form.comments.put(line.seq(), line.comment());
			if (line.vetoed()) {
				form.vetoes.add(line.seq());
			}
		}
		form.comment = sheet.comment();
		return form;
	}

	ScoreInput toInput() {
		return new ScoreInput(points, comments, vetoes, comment);
	}

	public Map<Integer, BigDecimal> getPoints() { return points; }
	public void setPoints(Map<Integer, BigDecimal> points) { this.points = points; }
	public Map<Integer, String> getComments() { return comments; }
	public void setComments(Map<Integer, String> comments) { this.comments = comments; }
	public Set<Integer> getVetoes() { return vetoes; }
	public void setVetoes(Set<Integer> vetoes) { this.vetoes = vetoes; }
	public String getComment() { return comment; }
	public void setComment(String comment) { this.comment = comment; }
}
