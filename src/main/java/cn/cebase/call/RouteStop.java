package cn.cebase.call;

import cn.cebase.organization.Organization;

/**
 * One stage of a call's route resolved for one applicant: which organisation acts. The last stage
 * before the authority is the one that recommends and whose quota counts ({@code recommends});
 * the authority's own stage is the intake (受理).
 */
public record RouteStop(int seq, String name, Organization actor, boolean recommends, boolean intake, String source) {
}
