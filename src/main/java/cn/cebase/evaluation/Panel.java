package cn.cebase.evaluation;

import java.time.Instant;
import java.util.List;

/** 专家评审组 of a call: who was drawn, with which seed, and where each member stands. */
public record Panel(long id, long callId, String callTitle, String keyField, int size, int reserves, long seed, boolean avoidSameRegion,
		int candidates, Instant drawnAt, List<Member> members, List<Assignment> assignments) {

	public enum Role {
		MEMBER, RESERVE
	}

	public enum Status {
		/** A reserve not (yet) called on. */
		WAITING, INVITED, ACCEPTED, DECLINED
	}

	public record Member(long expertId, String name, String employer, TitleLevel titleLevel, int position, Role role,
			Status status, String reason) {
	}

	/** One member's application; {@code conflict} is null until it declares. */
	public record Assignment(long expertId, long declarationId, String institutionName, Boolean conflict, String reason) {
	}

	public long seated() {
		return members.stream().filter(m -> m.role() == Role.MEMBER && m.status() != Status.DECLINED).count();
	}
}
