package cn.cebase.base;

import java.time.LocalDate;
import java.util.List;

/**
 * One change of a base's standing as kept: what was done, from which status to which, on what
 * ground and article, why, from which day, by whom, with the evidence filed.
 *
 * @param actorId the user who made it; null where the platform did (a lapse as a call concludes)
 */
public record BaseStatusChange(long id, BaseAction action, BaseStatus from, BaseStatus to, RevocationGround ground,
		String basis, String reason, LocalDate effectiveOn, Long actorId, List<Evidence> evidence) {

	public BaseStatusChange {
		evidence = evidence == null ? List.of() : List.copyOf(evidence);
	}

	public record Evidence(long fileId, String name) {
	}
}
