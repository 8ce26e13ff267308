package cn.cebase.policy;

import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

import cn.cebase.policy.PolicyProfile.QuotaSetting;
import cn.cebase.policy.PolicyProfile.RuleSetting;
import cn.cebase.shared.BusinessException;

/** What makes a profile unusable, each problem named by the path of the value at fault. */
public final class ProfileValidation {

	private ProfileValidation() {
	}

	public static List<BusinessException> problemsWith(PolicyProfile profile) {
		List<BusinessException> problems = new ArrayList<>();
		if (profile.code() == null || profile.code().isBlank()) {
			problems.add(BusinessException.invalidField("code", "validation.required"));
		}
		if (profile.level() == null) {
			problems.add(BusinessException.invalidField("level", "validation.required"));
		}
		if (profile.effectiveFrom() != null && profile.effectiveTo() != null && profile.effectiveFrom().isSet()
				&& profile.effectiveTo().isSet() && profile.effectiveTo().value().isBefore(profile.effectiveFrom().value())) {
			problems.add(BusinessException.invalidField("effectiveTo", "policy.invalid.effectiveToBeforeFrom"));
		}
		for (int i = 0; i < profile.eligibility().size(); i++) {
			checkRule(profile.eligibility().get(i), "eligibility[" + i + "]", problems);
		}
		Set<TrackKind> tracks = new HashSet<>();
		for (int i = 0; i < profile.tracks().size(); i++) {
			if (!tracks.add(profile.tracks().get(i).kind())) {
				problems.add(BusinessException.invalidField("tracks[" + i + "]", "policy.invalid.trackTwice",
						profile.tracks().get(i).kind().name()));
			}
		}
		if (tracks.isEmpty()) {
			problems.add(BusinessException.invalidField("tracks", "policy.invalid.noTrack"));
		}
		for (int i = 0; i < profile.quotas().size(); i++) {
			checkQuota(profile.quotas().get(i), "quotas[" + i + "]", tracks, problems);
		}
		if (profile.route().isEmpty() || profile.route().get(profile.route().size() - 1).actor() != RouteActor.AUTHORITY) {
			problems.add(BusinessException.invalidField("route", "policy.invalid.routeEndsWithAuthority"));
		}
		for (int i = 0; i < profile.route().size(); i++) {
			PolicyProfile.RouteStage stage = profile.route().get(i);
			if (stage.actor() == RouteActor.RECOMMENDER && stage.recommenders().isEmpty()) {
				// an applicant must be able to choose whom it applies through
				problems.add(BusinessException.invalidField("route[" + i + "].recommenders", "policy.invalid.noRecommenders"));
			}
		}
		nonNegative(profile.publicityDays(), "publicityDays", problems);
		if (profile.baseNumberFormat() != null && profile.baseNumberFormat().isSet()
				&& (!profile.baseNumberFormat().value().contains("{seq}") || profile.baseNumberFormat().value().length() > 30)) {
			// every base needs a number of its own, and the number must fit on the plaque
			problems.add(BusinessException.invalidField("baseNumberFormat", "policy.invalid.baseNumberFormat"));
		}
		nonNegative(profile.assessmentCycleYears(), "assessmentCycleYears", problems);
		nonNegative(profile.revokedBanYears(), "revokedBanYears", problems);
		nonNegative(profile.annualHoursRequirement(), "annualHoursRequirement", problems);
		if (profile.annualReportDue() != null && profile.annualReportDue().isSet()
				&& !profile.annualReportDue().value().matches("(0[1-9]|1[0-2])-(0[1-9]|[12]\\d|3[01])")) {
			problems.add(BusinessException.invalidField("annualReportDue", "policy.invalid.monthDay"));
		}
		return problems;
	}

	private static void checkRule(RuleSetting setting, String path, List<BusinessException> problems) {
		var policy = EligibilityPolicies.named(setting.rule());
		if (policy.isEmpty()) {
			problems.add(BusinessException.invalidField(path + ".rule", "policy.invalid.unknownRule", setting.rule()));
			return;
		}
		for (String parameter : policy.get().requiredParameters()) {
			Object value = setting.parameters().get(parameter);
			if (value == null || (value instanceof List<?> list && list.isEmpty())) {
				problems.add(BusinessException.invalidField(path + ".parameters." + parameter, "policy.invalid.missingParameter",
						setting.rule(), parameter));
			}
			else if (value instanceof Number number && number.intValue() < 0) {
				problems.add(BusinessException.invalidField(path + ".parameters." + parameter, "policy.invalid.negative"));
			}
		}
		if (setting.source() == null || setting.source().isBlank()) {
			problems.add(BusinessException.invalidField(path + ".source", "policy.invalid.sourceRequired"));
		}
	}

	private static void checkQuota(QuotaSetting quota, String path, Set<TrackKind> tracks, List<BusinessException> problems) {
		if (quota.total() < 0) {
			problems.add(BusinessException.invalidField(path + ".total", "policy.invalid.negative"));
		}
		int shares = 0;
		for (Map.Entry<TrackKind, Integer> share : quota.perTrack().entrySet()) {
			if (share.getValue() == null || share.getValue() < 0) {
				problems.add(BusinessException.invalidField(path + ".perTrack." + share.getKey(), "policy.invalid.negative"));
				continue;
			}
			if (!tracks.contains(share.getKey())) {
				problems.add(BusinessException.invalidField(path + ".perTrack." + share.getKey(), "policy.invalid.shareOfUnknownTrack",
						share.getKey().name()));
			}
			shares += share.getValue();
		}
		if (shares > quota.total()) {
			problems.add(BusinessException.invalidField(path + ".perTrack", "policy.invalid.sharesAboveQuota", shares, quota.total()));
		}
	}

	private static void nonNegative(Cited<? extends Number> value, String path, List<BusinessException> problems) {
		if (value != null && value.isSet() && value.value().longValue() < 0) {
			problems.add(BusinessException.invalidField(path, "policy.invalid.negative"));
		}
	}
}
