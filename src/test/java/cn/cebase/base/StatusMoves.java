package cn.cebase.base;

import java.time.Instant;
import java.time.LocalDate;

/** Puts a test base into a status through the aggregate's own verbs, as an authority's action would. */
final class StatusMoves {

	private StatusMoves() {
	}

	static void moveTo(Bases records, long id, BaseStatus target, LocalDate on, String reason) {
		Base base = records.lock(id).orElseThrow();
		Base.Change change = new Base.Change(target == BaseStatus.REVOKED ? RevocationGround.OTHER_REVOCATION : null, "测试依据",
				reason, on, null, Instant.now());
		if (target != BaseStatus.ACTIVE) {
			// the verb that leads there from ACTIVE
			BaseAction action = java.util.Arrays.stream(BaseAction.values())
				.filter(a -> a.leadsTo() == target && a.appliesTo(BaseStatus.ACTIVE))
				.findFirst()
				.orElseThrow();
			base.apply(action, change);
		}
		records.save(base);
	}
}
