package cn.cebase.base;

/**
 * A base lost its title because it was not re-confirmed in the call that asked for it (SD 三(三)).
 * {@code institutionOrganizationId} is the organisation of the holder's account, when it has one,
 * so that it can be told.
 */
public record BaseLapsed(long baseId, String number, String name, Long institutionId, Long institutionOrganizationId,
		long authorityId, long callId, String callTitle, String reason) {
}
