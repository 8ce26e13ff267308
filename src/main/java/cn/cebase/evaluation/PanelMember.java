package cn.cebase.evaluation;

import java.time.Instant;
import java.util.ArrayList;
import java.util.Collection;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import cn.cebase.shared.BusinessException;

/**
 * 评审组成员: an expert's seat on a panel, as an aggregate, with the applications it reviews. A
 * member drawn is invited and accepts or declines once; a reserve waits until it is called in
 * ({@link #standIn}) for a member who declined or declared a conflict; an accepted member declares,
 * application by application, whether it has a conflict before it may open the file, and may be
 * designated the panel's chair. Each verb checks where the member stands ({@link Panel.Status},
 * {@link Panel.Role}) and registers its event. What is read for display is {@link Panel.Member}.
 */
class PanelMember {

	static final int MAX_REASON = 500;

	private final long panelId;

	private final long callId;

	private final long expertId;

	private final int position;

	private Panel.Role role;

	private Panel.Status status;

	private String reason;

	private Instant respondedAt;

	private boolean chair;

	private boolean chairDesignated;

	/** The member's applications, by declaration id. */
	private final Map<Long, Assignment> assignments = new LinkedHashMap<>();

	private final List<PanelMemberEvent> events = new ArrayList<>();

	PanelMember(long panelId, long callId, long expertId, int position, Panel.Role role, Panel.Status status,
			String reason, Instant respondedAt, boolean chair, List<Assignment> assignments) {
		this.panelId = panelId;
		this.callId = callId;
		this.expertId = expertId;
		this.position = position;
		this.role = role;
		this.status = status;
		this.reason = reason;
		this.respondedAt = respondedAt;
		this.chair = chair;
		assignments.forEach(a -> this.assignments.put(a.declarationId(), a));
	}

	/** Drawn for the panel: invited, and assigned every application the panel reviews. */
	static PanelMember drawn(long panelId, long callId, long expertId, int position, Collection<Long> declarationIds) {
		return new PanelMember(panelId, callId, expertId, position, Panel.Role.MEMBER, Panel.Status.INVITED, null, null,
				false, declarationIds.stream().map(Assignment::open).toList());
	}

	/** Drawn as a reserve: waits, with no application, until it is called in. */
	static PanelMember reserve(long panelId, long callId, long expertId, int position) {
		return new PanelMember(panelId, callId, expertId, position, Panel.Role.RESERVE, Panel.Status.WAITING, null, null,
				false, List.of());
	}

	/** 接受邀请. */
	void accept(Instant now) {
		if (status != Panel.Status.INVITED) {
			throw BusinessException.conflict("panel.notInvited");
		}
		moveTo(Panel.Status.ACCEPTED);
		respondedAt = now;
		events.add(new PanelMemberAccepted(panelId, callId, expertId));
	}

	/**
	 * 谢绝邀请, with a reason: the member gives up its applications, which it returns for the next
	 * reserve to take over.
	 */
	List<Long> decline(String why, Instant now) {
		if (status != Panel.Status.INVITED) {
			throw BusinessException.conflict("panel.notInvited");
		}
		String clean = required(why);
		moveTo(Panel.Status.DECLINED);
		reason = clean;
		respondedAt = now;
		List<Long> given = List.copyOf(assignments.keySet());
		assignments.clear();
		events.add(new PanelMemberDeclined(panelId, callId, expertId, clean));
		return given;
	}

	/** 递补: a waiting reserve is called in, invited like those drawn, for these applications. */
	void standIn(Collection<Long> declarationIds) {
		if (!waitingReserve()) {
			throw BusinessException.conflict("panel.notAWaitingReserve");
		}
		moveTo(Panel.Status.INVITED);
		role = Panel.Role.MEMBER;
		declarationIds.forEach(d -> assignments.putIfAbsent(d, Assignment.open(d)));
		events.add(new ReserveCalledIn(panelId, callId, expertId, List.copyOf(declarationIds)));
	}

	/**
	 * 回避申报 on one of its applications, said once and only once accepted; a conflict needs a
	 * reason and takes the application from the member, which the caller gives to the next reserve.
	 */
	void declare(long declarationId, Boolean conflict, String why, Instant now) {
		Assignment assignment = assignments.get(declarationId);
		if (assignment == null) {
			throw BusinessException.notFound();
		}
		if (status != Panel.Status.ACCEPTED) {
			throw BusinessException.conflict("panel.acceptFirst");
		}
		if (assignment.declared()) {
			throw BusinessException.conflict("panel.alreadyDeclared");
		}
		if (conflict == null) {
			throw BusinessException.invalidField("conflict", "validation.required");
		}
		String clean = conflict ? required(why) : blank(why);
		assignments.put(declarationId, new Assignment(declarationId, conflict, clean, now));
		events.add(new ConflictDeclared(panelId, callId, expertId, declarationId, conflict, clean));
	}

	/**
	 * 指定组长: only an accepted member (not a reserve) may chair; designating the chair again changes
	 * nothing and registers nothing.
	 */
	void designateChair(Long currentChairId) {
		if (role != Panel.Role.MEMBER || status != Panel.Status.ACCEPTED) {
			throw BusinessException.invalidField("expertId", "panel.chair.notAccepted");
		}
		if (chair) {
			return;
		}
		chair = true;
		chairDesignated = true;
		events.add(new PanelChairDesignated(panelId, callId, expertId, currentChairId));
	}

	boolean waitingReserve() {
		return role == Panel.Role.RESERVE && status == Panel.Status.WAITING;
	}

	private void moveTo(Panel.Status next) {
		if (!status.canBecome(next)) {
			throw BusinessException.conflict("panel.member.status.illegal", status.name(), next.name());
		}
		status = next;
	}

	private static String required(String why) {
		String clean = blank(why);
		if (clean == null) {
			throw BusinessException.invalidField("reason", "panel.reasonRequired");
		}
		if (clean.length() > MAX_REASON) {
			throw BusinessException.invalidField("reason", "validation.tooLong", MAX_REASON);
		}
		return clean;
	}

	private static String blank(String s) {
		return s == null || s.isBlank() ? null : s.strip();
	}

	/** One of the member's applications; {@code conflict} null until it declares. */
	record Assignment(long declarationId, Boolean conflict, String reason, Instant declaredAt) {

		static Assignment open(long declarationId) {
			return new Assignment(declarationId, null, null, null);
		}

		boolean declared() {
			return conflict != null;
		}
	}

	List<PanelMemberEvent> pendingEvents() {
		return List.copyOf(events);
	}

	/** Whether {@link #designateChair} made this member the chair, to be written with it. */
	boolean chairDesignated() {
		return chairDesignated;
	}

	long panelId() {
		return panelId;
	}

	long callId() {
		return callId;
	}

	long expertId() {
		return expertId;
	}

	int position() {
		return position;
	}

	Panel.Role role() {
		return role;
	}

	Panel.Status status() {
		return status;
	}

	String reason() {
		return reason;
	}

	Instant respondedAt() {
		return respondedAt;
	}

	boolean chair() {
		return chair;
	}

	List<Assignment> assignments() {
		return List.copyOf(assignments.values());
	}
}
