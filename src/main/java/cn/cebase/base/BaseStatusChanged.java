package cn.cebase.base;

import java.time.LocalDate;

/**
 * A base's standing changed: rectification ordered or ended, work paused or resumed, revoked,
 * cancelled or lapsed. Published in the change's transaction.
 */
public record BaseStatusChanged(long baseId, String number, long authorityId, BaseAction action, BaseStatus from,
		BaseStatus to, String ground, String basis, String reason, LocalDate effectiveOn) {
}
