package cn.cebase.base;

import java.time.LocalDate;

/**
 * A base's standing changed: rectification ordered or ended, work paused or resumed, revoked,
 * cancelled or lapsed. Published in the change's transaction. {@code holderOrganizationId} is the
 * organisation of the holder's account, when it has one, so that it can be told.
 */
public record BaseStatusChanged(long baseId, String number, String name, long authorityId, Long holderOrganizationId,
		BaseAction action, BaseStatus from, BaseStatus to, String ground, String basis, String reason,
		LocalDate effectiveOn) {

	/** The same change, with the base's name and its holder's organisation, as the management knows them. */
	BaseStatusChanged about(String baseName, Long holderOrganization) {
		return new BaseStatusChanged(baseId, number, baseName, authorityId, holderOrganization, action, from, to, ground,
				basis, reason, effectiveOn);
	}
}
