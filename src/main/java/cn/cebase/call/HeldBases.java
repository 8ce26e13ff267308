package cn.cebase.call;

import java.time.LocalDate;
import java.util.List;
import java.util.Optional;

import cn.cebase.policy.ProfileLevel;

/**
 * Which continuing-education bases an institution holds or held, for the rules that ask:
 * re-confirmation of an existing base (SD 三(三)), direct application by a national or provincial
 * base (ZB 第二十五条), and the ban after a revocation (FJ 第二十四条). The base module answers; the
 * call module cannot depend on it.
 */
public interface HeldBases {

	/**
	 * The bases that still hold their title (ACTIVE, RECTIFYING or SUSPENDED_WORK) held by the institution: found by
	 * its id, or by its 统一社会信用代码 for a base imported before the institution registered.
	 */
	List<HeldBase> heldBy(long institutionId, String creditCode);

	/**
	 * The day the newest revocation took effect of a base that this authority had recognised and the
	 * institution held (by its id, or by its credit code for a base imported before it registered).
	 */
	Optional<LocalDate> lastRevokedOn(long authorityId, long institutionId, String creditCode);

	/**
	 * @param level national, provincial or municipal
	 * @param authorityId the authority that recognised it
	 * @param regionCode where the base is
	 * @param active ACTIVE rather than under rectification (限期整改) or with its work paused
	 */
	record HeldBase(ProfileLevel level, long authorityId, String regionCode, boolean active) {
	}
}
