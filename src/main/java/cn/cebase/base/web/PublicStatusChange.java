package cn.cebase.base.web;

import java.time.LocalDate;

import cn.cebase.base.BaseAction;
import cn.cebase.base.BaseStatus;
import cn.cebase.base.BaseStatusChange;
import cn.cebase.base.RevocationGround;

/** A change of a base's standing as the public reads it: not who made it, nor the evidence filed with it. */
record PublicStatusChange(LocalDate effectiveOn, BaseAction action, BaseStatus from, BaseStatus to, RevocationGround ground,
		String basis, String reason) {

	static PublicStatusChange of(BaseStatusChange change) {
		return new PublicStatusChange(change.effectiveOn(), change.action(), change.from(), change.to(), change.ground(),
				change.basis(), change.reason());
	}
}
