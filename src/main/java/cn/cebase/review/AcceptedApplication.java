package cn.cebase.review;

import java.util.List;

import cn.cebase.policy.TrackKind;

/**
 * An application the authority accepted (受理), as expert review needs it: who applied, from
 * where, in which field, and which organisations its route went through (experts from them must
 * stand aside).
 */
public record AcceptedApplication(long declarationId, String institutionName, String creditCode, String regionCode,
		TrackKind track, String keyField, List<String> routeOrganizations) {
}
