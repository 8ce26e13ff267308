package cn.cebase.base;

import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;

import cn.cebase.shared.BusinessException;

/**
 * 继续教育基地, as an aggregate: its standing changes only through the verbs below, each of which
 * checks the current status, keeps the change (ground, article, reason, day, actor) and registers
 * {@link BaseStatusChanged}. What is read for display is {@link BaseView}.
 */
public class Base {

	private final long id;

	private final String number;

	private final long authorityId;

	private BaseStatus status;

	private LocalDate statusChangedOn;

	private String statusReason;

	/** The day the base's work was paused, for the one year of FJ 第二十三条 第二款（二）. */
	private final LocalDate workSuspendedOn;

	private final List<StatusChange> changes = new ArrayList<>();

	private final List<BaseStatusChanged> events = new ArrayList<>();

	Base(long id, String number, long authorityId, BaseStatus status, LocalDate statusChangedOn, String statusReason,
			LocalDate workSuspendedOn) {
		this.id = id;
		this.number = number;
		this.authorityId = authorityId;
		this.status = status;
		this.statusChangedOn = statusChangedOn;
		this.statusReason = statusReason;
		this.workSuspendedOn = workSuspendedOn;
	}

	/** 责令限期整改. */
	void orderRectification(Change change) {
		move(BaseAction.RECTIFY, change);
	}

	/** 整改合格: the base works as before. */
	void endRectification(Change change) {
		move(BaseAction.END_RECTIFICATION, change);
	}

	/** 继续教育工作暂停 (FJ 第二十三条 第二款（二）: 单位撤、并、改). */
	void suspendWork(Change change) {
		move(BaseAction.SUSPEND_WORK, change);
	}

	/** 恢复: the base meets the basic conditions again within the year. */
	void resumeWork(Change change) {
		move(BaseAction.RESUME_WORK, change);
	}

	/** 撤销资格, on a ground that must allow it from the current status. */
	void revoke(Change change) {
		RevocationGround ground = change.ground();
		if (ground == null || ground.action() != BaseAction.REVOKE) {
			throw BusinessException.invalidField("ground", "base.change.groundRequired");
		}
		if (!ground.allowedFrom(status) && ground.requiredStatus() != null) {
			throw BusinessException.conflictOnField("ground", "base.change.groundNotFrom." + ground.requiredStatus().name(),
					ground.basis());
		}
		if (ground == RevocationGround.FJ_WORK_SUSPENDED_OVER_A_YEAR && workSuspendedOn != null
				&& change.effectiveOn().isBefore(workSuspendedOn.plusYears(1))) {
			throw BusinessException.conflictOnField("ground", "base.change.suspendedUnderAYear", workSuspendedOn.toString(),
					workSuspendedOn.plusYears(1).toString(), ground.basis());
		}
		move(BaseAction.REVOKE, change);
	}

	/** 主动申请取消, by the base or its recommender. */
	void cancel(Change change) {
		move(BaseAction.CANCEL, change);
	}

	/** 不再保留资格: not re-confirmed in the call that asked for it (SD 三（三）). */
	void lapse(Change change) {
		move(BaseAction.LAPSE, change);
	}

	/** The verb of an action, for a caller that holds the action as data (a form, the API). */
	void apply(BaseAction action, Change change) {
		switch (action) {
			case RECTIFY -> orderRectification(change);
			case END_RECTIFICATION -> endRectification(change);
			case SUSPEND_WORK -> suspendWork(change);
			case RESUME_WORK -> resumeWork(change);
			case REVOKE -> revoke(change);
			case CANCEL -> cancel(change);
			case LAPSE -> lapse(change);
		}
	}

	private void move(BaseAction action, Change change) {
		BaseStatus next = action.leadsTo();
		if (!action.appliesTo(status)) {
			throw BusinessException.conflict("base.status.illegal." + status.name(), next.name());
		}
		BaseStatus from = status;
		status = next;
		statusChangedOn = change.effectiveOn();
		statusReason = change.reason();
		changes.add(new StatusChange(action, from, next, change));
		events.add(new BaseStatusChanged(id, number, null, authorityId, null, action, from, next,
				change.ground() == null ? null : change.ground().name(), change.basis(), change.reason(),
				change.effectiveOn()));
	}

	/**
	 * What an actor gives for a change.
	 *
	 * @param ground the named ground, where the action needs one (revocation; cancellation may name its own)
	 * @param basis the article the change rests on, as it will be shown: the ground's own where it has one
	 * @param actorId null where the platform itself changes the base (a lapse as a call concludes)
	 */
	public record Change(RevocationGround ground, String basis, String reason, LocalDate effectiveOn, Long actorId,
			Instant at) {
	}

	record StatusChange(BaseAction action, BaseStatus from, BaseStatus to, Change change) {
	}

	List<StatusChange> pendingChanges() {
		return List.copyOf(changes);
	}

	List<BaseStatusChanged> pendingEvents() {
		return List.copyOf(events);
	}

	long id() {
		return id;
	}

	String number() {
		return number;
	}

	long authorityId() {
		return authorityId;
	}

	BaseStatus status() {
		return status;
	}

	LocalDate statusChangedOn() {
		return statusChangedOn;
	}

	String statusReason() {
		return statusReason;
	}
}
