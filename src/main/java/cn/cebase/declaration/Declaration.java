package cn.cebase.declaration;

import java.time.Instant;

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

	Declaration(Long id, long callId, long institutionId, TrackKind track, DeclarationStatus status, DeclarationForm form,
			Instant submittedAt, Instant createdAt, Instant updatedAt, int version) {
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
				now, now, 0);
	}

	void edit(DeclarationForm next, Instant now) {
		if (!status.editableByApplicant()) {
			throw BusinessException.conflict("declaration.notEditable", status.name());
		}
		form = next;
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
}
