package cn.cebase.evaluation;

import java.time.Instant;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * 专家评审组 of a call: who was drawn, with which seed, and where each member stands; {@code chairId}
 * is the expert the authority designated as chair (组长), null until it does.
 */
public record Panel(long id, long callId, String callTitle, String keyField, int size, int reserves, long seed, boolean avoidSameRegion,
		int candidates, Instant drawnAt, List<Member> members, List<Assignment> assignments, Long chairId) {

	public enum Role {
		MEMBER, RESERVE
	}

	/**
	 * Where a member stands: a reserve WAITING until it is called in, then INVITED like those drawn,
	 * who accept or decline once; ACCEPTED and DECLINED are final. {@link PanelMember} moves it.
	 */
	public enum Status {
		/** A reserve not (yet) called on. */
		WAITING, INVITED, ACCEPTED, DECLINED;

		public boolean canBecome(Status next) {
			return switch (this) {
				case WAITING -> next == INVITED;
				case INVITED -> next == ACCEPTED || next == DECLINED;
				case ACCEPTED, DECLINED -> false;
			};
		}
	}

	public record Member(long expertId, String name, String employer, TitleLevel titleLevel, int position, Role role,
			Status status, String reason) {
	}

	/** One member's application; {@code conflict} is null until it declares. */
	public record Assignment(long expertId, long declarationId, String institutionName, Boolean conflict, String reason) {
	}

	/** An application the panel reviews. */
	public record Application(long declarationId, String institutionName) {
	}

	/** The panel's applications, each once, in the order of their ids. */
	public List<Application> applications() {
		Map<Long, Application> distinct = new LinkedHashMap<>();
		assignments.stream()
			.sorted(java.util.Comparator.comparingLong(Assignment::declarationId))
			.forEach(a -> distinct.putIfAbsent(a.declarationId(), new Application(a.declarationId(), a.institutionName())));
		return List.copyOf(distinct.values());
	}

	public boolean chairedBy(Long expertId) {
		return chairId != null && chairId.equals(expertId);
	}

	public long seated() {
		return members.stream().filter(m -> m.role() == Role.MEMBER && m.status() != Status.DECLINED).count();
	}
}
