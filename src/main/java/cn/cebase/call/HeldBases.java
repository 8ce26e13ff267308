package cn.cebase.call;

import java.util.List;

import cn.cebase.policy.ProfileLevel;

/**
 * Which continuing-education bases an institution holds, for the rules that ask: re-confirmation
 * of an existing base (SD 三(三)) and direct application by a national or provincial base (ZB
 * 第二十五条). The recognition module answers; the call module cannot depend on it.
 */
public interface HeldBases {

	/**
	 * The bases that still hold their title (ACTIVE or RECTIFYING) held by the institution: found by
	 * its id, or by its 统一社会信用代码 for a base imported before the institution registered.
	 */
	List<HeldBase> heldBy(long institutionId, String creditCode);

	/**
	 * @param level national, provincial or municipal
	 * @param authorityId the authority that recognised it
	 * @param regionCode where the base is
	 * @param active ACTIVE rather than RECTIFYING (限期整改)
	 */
	record HeldBase(ProfileLevel level, long authorityId, String regionCode, boolean active) {
	}
}
