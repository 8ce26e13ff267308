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
		Map<String, Object> sections = new java.util.LinkedHashMap<>();
		sections.put("application", profile.application());
		sections.put("review", profile.review());
		sections.put("operation", profile.operation());
		sections.put("supervision", profile.supervision());
		sections.put("credit", profile.credit());
		sections.forEach((name, section) -> {
			if (section == null) {
				problems.add(BusinessException.invalidField(name, "validation.required"));
			}
		});
		Set<TrackKind> tracks = new HashSet<>();
		if (profile.application() != null) {
			checkApplication(profile.application(), tracks, problems);
		}
		if (profile.review() != null) {
			checkReview(profile.review(), tracks, problems);
		}
		if (profile.operation() != null) {
			checkOperation(profile.operation(), problems);
		}
		if (profile.supervision() != null) {
			nonNegative(profile.supervision().assessmentCycleYears(), at("supervision", "assessmentCycleYears"), problems);
			nonNegative(profile.supervision().revokedBanYears(), at("supervision", "revokedBanYears"), problems);
		}
		if (profile.credit() != null) {
			checkCredit(profile.credit(), problems);
		}
		return problems;
	}

	private static void checkApplication(ApplicationRules application, Set<TrackKind> tracks,
			List<BusinessException> problems) {
		for (int i = 0; i < application.eligibility().size(); i++) {
			checkRule(application.eligibility().get(i), at("application", "eligibility[") + i + "]", problems);
		}
		for (int i = 0; i < application.tracks().size(); i++) {
			if (!tracks.add(application.tracks().get(i).kind())) {
				problems.add(BusinessException.invalidField(at("application", "tracks[") + i + "]", "policy.invalid.trackTwice",
						application.tracks().get(i).kind().name()));
			}
		}
		if (tracks.isEmpty()) {
			problems.add(BusinessException.invalidField(at("application", "tracks"), "policy.invalid.noTrack"));
		}
	}

	private static void checkReview(ReviewRules review, Set<TrackKind> tracks, List<BusinessException> problems) {
		for (int i = 0; i < review.quotas().size(); i++) {
			checkQuota(review.quotas().get(i), at("review", "quotas[") + i + "]", tracks, problems);
		}
		if (review.route().isEmpty() || review.route().get(review.route().size() - 1).actor() != RouteActor.AUTHORITY) {
			problems.add(BusinessException.invalidField(at("review", "route"), "policy.invalid.routeEndsWithAuthority"));
		}
		for (int i = 0; i < review.route().size(); i++) {
			PolicyProfile.RouteStage stage = review.route().get(i);
			if (stage.actor() == RouteActor.RECOMMENDER && stage.recommenders().isEmpty()) {
				// an applicant must be able to choose whom it applies through
				problems.add(BusinessException.invalidField(at("review", "route[") + i + "].recommenders",
						"policy.invalid.noRecommenders"));
			}
		}
		nonNegative(review.publicityDays(), at("review", "publicityDays"), problems);
		nonNegative(review.subsidyCapYuan(), at("review", "subsidyCapYuan"), problems);
		if (review.baseNumberFormat() != null && review.baseNumberFormat().isSet()
				&& (!review.baseNumberFormat().value().contains("{seq}") || review.baseNumberFormat().value().length() > 30)) {
			// every base needs a number of its own, and the number must fit on the plaque
			problems.add(BusinessException.invalidField(at("review", "baseNumberFormat"), "policy.invalid.baseNumberFormat"));
		}
	}

	private static void checkOperation(OperationRules operation, List<BusinessException> problems) {
		if (operation.annualReportDue() != null && operation.annualReportDue().isSet()
				&& !operation.annualReportDue().value().matches("(0[1-9]|1[0-2])-(0[1-9]|[12]\\d|3[01])")) {
			problems.add(BusinessException.invalidField(at("operation", "annualReportDue"), "policy.invalid.monthDay"));
		}
		nonNegative(operation.minimumPlannedTrainees(), at("operation", "minimumPlannedTrainees"), problems);
	}

	private static void checkCredit(CreditRules credit, List<BusinessException> problems) {
		nonNegative(credit.annualHours(), at("credit", "annualHours"), problems);
		Integer total = credit.annualHours() != null && credit.annualHours().isSet() ? credit.annualHours().value() : null;
		for (HoursCategory category : HoursCategory.values()) {
			String path = "credit." + minimumName(category);
			Cited<Integer> minimum = credit.minimum(category);
			nonNegative(minimum, path, problems);
			if (total != null && minimum != null && minimum.isSet() && minimum.value() > total) {
				// a category cannot ask for more than the whole year
				problems.add(BusinessException.invalidField(path, "policy.invalid.minimumAboveTotal", minimum.value(), total));
			}
		}
		for (int i = 0; i < credit.shares().size(); i++) {
			String path = at("credit", "shares[") + i + "]";
			Cited<CreditRules.HoursShare> share = credit.shares().get(i);
			if (share == null || !share.isSet() || share.value().category() == null) {
				problems.add(BusinessException.invalidField(path, "validation.required"));
				continue;
			}
			if (share.value().numerator() < 0 || share.value().denominator() <= 0) {
				problems.add(BusinessException.invalidField(path, "policy.invalid.negative"));
			}
			else if (share.value().numerator() > share.value().denominator()) {
				problems.add(BusinessException.invalidField(path, "policy.invalid.shareAboveWhole"));
			}
		}
	}

	/**
	 * The path of a value inside a section, as the API document and the editor's inputs name it:
	 * {@code at("operation", "minimumPlannedTrainees")} is "operation.minimumPlannedTrainees".
	 */
	static String at(String section, String path) {
		return section + "." + path;
	}

	/** The name of the credit component that holds a category's minimum, as paths name it. */
	static String minimumName(HoursCategory category) {
		return switch (category) {
			case PUBLIC -> "publicMinimum";
			case PROFESSIONAL -> "professionalMinimum";
			case ELECTIVE -> "electiveMinimum";
		};
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
