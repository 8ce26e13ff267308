package cn.cebase.review.web;

import cn.cebase.review.InadmissibleReason;
import cn.cebase.review.RecommendationLetter;

/**
 * What a stage's page posts: the opinion, the version of the application it showed, where to
 * return it, and at the recommending stage the 推荐函; at intake the reason for a refusal. One
 * form for every action, so nothing typed is lost whichever button refuses.
 */
public class ReviewActionForm {

	private String opinion;
	private Integer version;
	private Integer toSeq;
	private InadmissibleReason refusalReason;
	private Boolean buildsBases;
	private String buildsBasesNote;
	private String relation;
	private String reason;
	private String contactName;
	private String contactPhone;

	RecommendationLetter letter() {
		return new RecommendationLetter(buildsBases, buildsBasesNote, relation, reason, contactName, contactPhone);
	}

	public String getOpinion() {
		return opinion;
	}

	public void setOpinion(String opinion) {
		this.opinion = opinion;
	}

	public Integer getVersion() {
		return version;
	}

	public void setVersion(Integer version) {
		this.version = version;
	}

	public Integer getToSeq() {
		return toSeq;
	}

	public void setToSeq(Integer toSeq) {
		this.toSeq = toSeq;
	}

	public InadmissibleReason getRefusalReason() {
		return refusalReason;
	}

	public void setRefusalReason(InadmissibleReason refusalReason) {
		this.refusalReason = refusalReason;
	}

	public Boolean getBuildsBases() {
		return buildsBases;
	}

	public void setBuildsBases(Boolean buildsBases) {
		this.buildsBases = buildsBases;
	}

	public String getBuildsBasesNote() {
		return buildsBasesNote;
	}

	public void setBuildsBasesNote(String buildsBasesNote) {
		this.buildsBasesNote = buildsBasesNote;
	}

	public String getRelation() {
		return relation;
	}

	public void setRelation(String relation) {
		this.relation = relation;
	}

	public String getReason() {
		return reason;
	}

	public void setReason(String reason) {
		this.reason = reason;
	}

	public String getContactName() {
		return contactName;
	}

	public void setContactName(String contactName) {
		this.contactName = contactName;
	}

	public String getContactPhone() {
		return contactPhone;
	}

	public void setContactPhone(String contactPhone) {
		this.contactPhone = contactPhone;
	}
}
