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
		switch (target) {
			case ACTIVE -> {
			}
			case RECTIFYING -> base.orderRectification(change);
			case SUSPENDED_WORK -> base.suspendWork(change);
			case REVOKED -> base.revoke(change);
			case CANCELLED -> base.cancel(change);
			case LAPSED -> base.lapse(change);
		}
		records.save(base);
	}
}
