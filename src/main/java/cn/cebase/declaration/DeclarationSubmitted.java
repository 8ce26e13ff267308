package cn.cebase.declaration;

import java.util.List;

import cn.cebase.call.RouteStop;

/**
 * An institution submitted (or resubmitted) its application: the first stage of the route acts
 * next. Carries the route as resolved and checked at submission, so that the review starts from
 * exactly what the applicant was shown.
 */
public record DeclarationSubmitted(long declarationId, long callId, long institutionId, long applicantOrganizationId,
		String institutionName, int versionNumber, List<RouteStop> route) {
}
