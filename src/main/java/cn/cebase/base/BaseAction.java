package cn.cebase.base;

/** What an authority (or, later, supervision) does to a base's standing; each is a verb of {@link Base}. */
public enum BaseAction {
	/** 责令限期整改. */
	RECTIFY(BaseStatus.RECTIFYING),
	/** 整改合格, back to ACTIVE. */
	END_RECTIFICATION(BaseStatus.ACTIVE),
	/** 继续教育工作暂停 (单位撤、并、改). */
	SUSPEND_WORK(BaseStatus.SUSPENDED_WORK),
	/** 恢复设立基本条件, back to ACTIVE. */
	RESUME_WORK(BaseStatus.ACTIVE),
	/** 撤销（取消）资格 as a sanction. */
	REVOKE(BaseStatus.REVOKED),
	/** 主动申请取消. */
	CANCEL(BaseStatus.CANCELLED),
	/** 未重新确认, SD 三（三）. */
	LAPSE(BaseStatus.LAPSED);

	private final BaseStatus leadsTo;

	BaseAction(BaseStatus leadsTo) {
		this.leadsTo = leadsTo;
	}

	public BaseStatus leadsTo() {
		return leadsTo;
	}

	/** Whether the verb applies to a base in this status: ending a rectification needs one under way, and so on. */
	public boolean appliesTo(BaseStatus status) {
		return switch (this) {
			case RECTIFY, SUSPEND_WORK, CANCEL -> status == BaseStatus.ACTIVE;
			case END_RECTIFICATION -> status == BaseStatus.RECTIFYING;
			case RESUME_WORK -> status == BaseStatus.SUSPENDED_WORK;
			case REVOKE -> status.holdsTitle();
			case LAPSE -> status == BaseStatus.ACTIVE || status == BaseStatus.RECTIFYING;
		} && status.canBecome(leadsTo);
	}
}
