package cn.cebase.policy;

/**
 * A base the applicant already holds, as the eligibility rules see it: only bases that still hold
 * their title (ACTIVE or RECTIFYING) are facts at all. Re-confirmation (SD 三(三)) asks for one of
 * the call's own authority; direct application (ZB 第二十五条) for an active national or provincial
 * one in the profile's region.
 *
 * @param level the base's level
 * @param regionCode where the base is
 * @param active ACTIVE rather than RECTIFYING (限期整改)
 * @param ofCallAuthority recognised by the authority that published the call
 */
public record BaseHolding(ProfileLevel level, String regionCode, boolean active, boolean ofCallAuthority) {
}
