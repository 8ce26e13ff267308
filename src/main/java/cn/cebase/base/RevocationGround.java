package cn.cebase.base;

import java.util.Arrays;
import java.util.List;

/**
 * 撤销或取消基地资格的情形, each with the article it rests on. A base is offered the grounds of its
 * recognising authority's own document; where that document names none (JL, SD, NAT6 say nothing of
 * revocation), the authority names the provision it acts on itself ({@link #OTHER_REVOCATION},
 * {@link #CANCELLATION_REQUESTED}).
 */
public enum RevocationGround {

	/** 责令限期整改，在规定时间内仍然达不到要求的 (FJ 第二十三条 第一款, first list (一)–(三)). */
	FJ_RECTIFICATION_FAILED("FJ", BaseAction.REVOKE, "闽人社发〔2024〕5号 第二十三条第一款", BaseStatus.RECTIFYING),
	/** 师资、授课内容未严格把关…引发重大舆情的 (second list (一)): revoked directly. */
	FJ_MAJOR_PUBLIC_OPINION("FJ", BaseAction.REVOKE, "闽人社发〔2024〕5号 第二十三条第二款（一）", null),
	/** 因单位撤、并、改等原因导致继续教育工作暂停，一年内无法恢复 (second list (二)). */
	FJ_WORK_SUSPENDED_OVER_A_YEAR("FJ", BaseAction.REVOKE, "闽人社发〔2024〕5号 第二十三条第二款（二）", BaseStatus.SUSPENDED_WORK),
	/** 建设单位或其推荐单位主动申请取消 (second list (三)). */
	FJ_CANCELLATION_REQUESTED("FJ", BaseAction.CANCEL, "闽人社发〔2024〕5号 第二十三条第二款（三）", null),
	/** 责令限期整改，在规定时间内仍然达不到要求的，取消资格 (ZB 第二十三条). */
	ZB_RECTIFICATION_FAILED("ZB", BaseAction.REVOKE, "淄人社发〔2025〕5号 第二十三条", BaseStatus.RECTIFYING),
	/** 违反年度任务计划审核备案制度…出现乱办班、乱收费、乱发证现象的 (ZB 第二十四条): revoked directly. */
	ZB_MISCONDUCT("ZB", BaseAction.REVOKE, "淄人社发〔2025〕5号 第二十四条", null),
	/** Any jurisdiction: a revocation on a provision the authority names. */
	OTHER_REVOCATION(null, BaseAction.REVOKE, null, null),
	/** Any jurisdiction whose document is silent: cancellation at the holder's request, on a provision named. */
	CANCELLATION_REQUESTED(null, BaseAction.CANCEL, null, null);

	private final String profileCode;

	private final BaseAction action;

	private final String basis;

	private final BaseStatus requiredStatus;

	RevocationGround(String profileCode, BaseAction action, String basis, BaseStatus requiredStatus) {
		this.profileCode = profileCode;
		this.action = action;
		this.basis = basis;
		this.requiredStatus = requiredStatus;
	}

	/** The grounds a base under this profile may be revoked or cancelled on, its document's own first. */
	public static List<RevocationGround> of(String profileCode, BaseAction action) {
		List<RevocationGround> own = Arrays.stream(values())
			.filter(g -> g.action == action && g.profileCode != null && g.profileCode.equals(profileCode))
			.toList();
		List<RevocationGround> general = Arrays.stream(values())
			.filter(g -> g.action == action && g.profileCode == null)
			.toList();
		// a document that names its own cancellation leaves no room for a second one
		return action == BaseAction.CANCEL && !own.isEmpty() ? own
				: java.util.stream.Stream.concat(own.stream(), general.stream()).toList();
	}

	public boolean allowedFrom(BaseStatus status) {
		return requiredStatus == null ? status.holdsTitle() : status == requiredStatus;
	}

	/** The article, or null where the authority must name the provision itself. */
	public String basis() {
		return basis;
	}

	public boolean namesItsBasis() {
		return basis != null;
	}

	public BaseAction action() {
		return action;
	}

	/** The status the ground presupposes (under rectification, work paused), or null for a direct revocation. */
	public BaseStatus requiredStatus() {
		return requiredStatus;
	}

	public String profileCode() {
		return profileCode;
	}
}
