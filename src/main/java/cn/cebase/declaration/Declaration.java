package cn.cebase.declaration;

import java.time.Instant;
import java.util.List;

import cn.cebase.policy.TrackKind;
import cn.cebase.shared.BusinessException;

/** 申报: changes state only through its verbs; the applicant edits it only while it is a draft or returned. */
public class Declaration {

	private final Long id;

	private final long callId;

	private final long institutionId;

	private final TrackKind track;

	private DeclarationStatus status;

	private DeclarationForm form;

	private Instant submittedAt;

	private final Instant createdAt;

	private Instant updatedAt;

	private final int version;

	/** The organisation the applicant applies through: its 推荐单位, or its 行业主管部门 where the route starts there. */
	private Long channelId;

	/** What the applicant is told with the last outcome: the comments of a return, the reasons of a refusal. */
	private String note;

	Declaration(Long id, long callId, long institutionId, TrackKind track, DeclarationStatus status, DeclarationForm form,
			Instant submittedAt, Instant createdAt, Instant updatedAt, int version, Long channelId, String note) {
		this.channelId = channelId;
		this.note = note;
		this.id = id;
		this.callId = callId;
		this.institutionId = institutionId;
		this.track = track;
		this.status = status;
		this.form = form;
		this.submittedAt = submittedAt;
		this.createdAt = createdAt;
		this.updatedAt = updatedAt;
		this.version = version;
	}

	static Declaration draft(long callId, long institutionId, TrackKind track, Instant now) {
		return new Declaration(null, callId, institutionId, track, DeclarationStatus.DRAFT, DeclarationForm.empty(), null,
				now, now, 0, null, null);
	}

	void edit(DeclarationForm next, Long channel, Instant now) {
		if (!status.editableByApplicant()) {
			throw BusinessException.conflict("declaration.notEditable", status.name());
		}
		form = next;
		channelId = channel;
		updatedAt = now;
	}

	void submit(Instant now) {
		moveTo(DeclarationStatus.SUBMITTED);
		submittedAt = now;
		updatedAt = now;
	}

	/** 撤回: the applicant takes it back before a decision. */
	void withdraw(Instant now) {
		moveTo(DeclarationStatus.WITHDRAWN);
		updatedAt = now;
	}

	/** A stage of the route passed it on to the next one, or the authority sent it back to an earlier one. */
	void enterReview(Instant now) {
		moveTo(DeclarationStatus.IN_REVIEW);
		updatedAt = now;
	}

	/** The recommending stage recommended it: it now waits for the authority's intake. */
	void recommend(Instant now) {
		moveTo(DeclarationStatus.RECOMMENDED);
		updatedAt = now;
	}

	/** 退回修改: back to the applicant with the comments it must address. */
	void returnForRevision(String comments, Instant now) {
		moveTo(DeclarationStatus.RETURNED);
		note = comments;
		updatedAt = now;
	}

	/** 审核不通过 at a stage, with the reasons. */
	void reject(String reasons, Instant now) {
		moveTo(DeclarationStatus.REJECTED);
		note = reasons;
		updatedAt = now;
	}

	/** 受理 by the authority. */
	void accept(Instant now) {
		moveTo(DeclarationStatus.ACCEPTED);
		note = null;
		updatedAt = now;
	}

	/** 不予受理: late, banned, duplicate or otherwise out of order, with the reason shown to the applicant. */
	void refuse(String reasons, Instant now) {
		moveTo(DeclarationStatus.INADMISSIBLE);
		note = reasons;
		updatedAt = now;
	}

	/**
	 * Moves forward through expert review (EXPERT_REVIEW, SITE_INSPECTION, PUBLICITY) to {@code target};
	 * an application already there stays, so that a second panel or a rescheduled visit changes nothing.
	 */
	void advanceTo(DeclarationStatus target, Instant now) {
		List<DeclarationStatus> line = List.of(DeclarationStatus.ACCEPTED, DeclarationStatus.EXPERT_REVIEW,
				DeclarationStatus.SITE_INSPECTION, DeclarationStatus.PUBLICITY);
		int at = line.indexOf(status);
		int to = line.indexOf(target);
		if (at < 0 || to < 0) {
			throw BusinessException.conflict("declaration.status.illegal", status.name(), target.name());
		}
		for (int i = at + 1; i <= to; i++) {
			// a visit is optional: an application may go from expert review straight to publicity
			if (line.get(i) == DeclarationStatus.SITE_INSPECTION && target == DeclarationStatus.PUBLICITY
					&& status == DeclarationStatus.EXPERT_REVIEW) {
				continue;
			}
			moveTo(line.get(i));
		}
		updatedAt = now;
	}

	/** 认定: the end of the road for a successful application. */
	void recognize(Instant now) {
		moveTo(DeclarationStatus.RECOGNIZED);
		note = null;
		updatedAt = now;
	}

	/** 不予认定, with the committee's (or the upheld objection's) reasons, shown to the applicant. */
	void notRecognize(String reasons, Instant now) {
		moveTo(DeclarationStatus.NOT_RECOGNIZED);
		note = reasons;
		updatedAt = now;
	}

	private void moveTo(DeclarationStatus next) {
		if (!status.canBecome(next)) {
			throw BusinessException.conflict("declaration.status.illegal", status.name(), next.name());
		}
		status = next;
	}

	public Long id() {
		return id;
	}

	public long callId() {
		return callId;
	}

	public long institutionId() {
		return institutionId;
	}

	public TrackKind track() {
		return track;
	}

	public DeclarationStatus status() {
		return status;
	}

	public DeclarationForm form() {
		return form;
	}

	public Instant submittedAt() {
		return submittedAt;
	}

	public Instant createdAt() {
		return createdAt;
	}

	public Instant updatedAt() {
		return updatedAt;
	}

	public int version() {
		return version;
	}

	public Long channelId() {
		return channelId;
	}

	public String note() {
		return note;
	}
}
