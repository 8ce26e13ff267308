package cn.cebase.policy;

import java.time.LocalDate;
import java.util.Collection;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

import cn.cebase.policy.PolicyProfile.RuleSetting;

/**
 * The catalogue of named eligibility rules. Each reads its threshold from the profile's setting,
 * never from a constant, and answers with a message key and the setting's citation.
 */
public final class EligibilityPolicies {

	private static final Map<String, EligibilityPolicy> ALL = new LinkedHashMap<>();

	static {
		for (EligibilityPolicy policy : List.of(new LegalPerson(), new EligibleInstitutionType(),
				new LocatedInJurisdiction(), new VenueCapacity(), new FullTimeManagers(), new MinimumAnnualTrainees(),
				new CleanCreditRecord(), new PlatformConnectsToProvince(), new PlatformFunctions(),
				new NoRecentRevocation(), new NeverFalsified(), new OneApplicationPerCall(), new KeyField(),
				new ExpertJudgement(), new HoldsExistingBase(), new HoldsNationalOrProvincialBase())) {
			ALL.put(policy.name(), policy);
		}
	}

	private EligibilityPolicies() {
	}

	public static Optional<EligibilityPolicy> named(String name) {
		return Optional.ofNullable(ALL.get(name));
	}

	public static Collection<EligibilityPolicy> all() {
		return ALL.values();
	}

	/** 独立法人机构 (FJ 第七条（一）). */
	static final class LegalPerson implements EligibilityPolicy {

		@Override
		public String name() {
			return "LEGAL_PERSON";
		}

		@Override
		public RuleResult evaluate(EligibilityFacts facts, RuleSetting setting, TrackKind track, PolicyProfile profile) {
			if (facts.independentLegalPerson() == null) {
				return result(setting, Outcome.WARN, "eligibility.legalPerson.unknown");
			}
			return facts.independentLegalPerson() ? result(setting, Outcome.PASS, "eligibility.legalPerson.pass")
					: result(setting, Outcome.FAIL, "eligibility.legalPerson.fail");
		}
	}

	/** 申报范围: the kinds of institution a call is open to (NAT6 二, SD 二, JL 二, ZB 第七条). */
	static final class EligibleInstitutionType implements EligibilityPolicy {

		@Override
		public String name() {
			return "ELIGIBLE_INSTITUTION_TYPE";
		}

		@Override
		public Set<String> requiredParameters() {
			return Set.of("types");
		}

		@Override
		public RuleResult evaluate(EligibilityFacts facts, RuleSetting setting, TrackKind track, PolicyProfile profile) {
			List<?> types = (List<?>) setting.parameters().get("types");
			if (facts.institutionType() == null) {
				return result(setting, Outcome.WARN, "eligibility.type.unknown");
			}
			return types.contains(facts.institutionType()) ? result(setting, Outcome.PASS, "eligibility.type.pass")
					: result(setting, Outcome.FAIL, "eligibility.type.fail");
		}
	}

	/** 在本行政区域内 (SD 二 在山东省行政区域内, FJ 第七条（一） 在省内依法登记). */
	static final class LocatedInJurisdiction implements EligibilityPolicy {

		@Override
		public String name() {
			return "LOCATED_IN_JURISDICTION";
		}

		@Override
		public RuleResult evaluate(EligibilityFacts facts, RuleSetting setting, TrackKind track, PolicyProfile profile) {
			String prefix = regionPrefix(profile.regionCode());
			if (prefix.isEmpty() || (facts.regionCode() != null && facts.regionCode().startsWith(prefix))) {
				return result(setting, Outcome.PASS, "eligibility.location.pass");
			}
			return result(setting, Outcome.FAIL, "eligibility.location.fail");
		}

		static String regionPrefix(String code) {
			if (code == null) {
				return "";
			}
			return code.endsWith("0000") ? code.substring(0, 2) : code.endsWith("00") ? code.substring(0, 4) : code;
		}
	}

	/** 承担 N 人以上培训任务的教学场所 (FJ 第七条（二）: 100). */
	static final class VenueCapacity implements EligibilityPolicy {

		@Override
		public String name() {
			return "VENUE_CAPACITY";
		}

		@Override
		public Set<String> requiredParameters() {
			return Set.of("minimumSeats");
		}

		@Override
		public RuleResult evaluate(EligibilityFacts facts, RuleSetting setting, TrackKind track, PolicyProfile profile) {
			int minimum = EligibilityPolicy.number(setting, "minimumSeats");
			if (facts.venueSeats() == null) {
				return result(setting, Outcome.WARN, "eligibility.venue.unknown", minimum);
			}
			return facts.venueSeats() >= minimum ? result(setting, Outcome.PASS, "eligibility.venue.pass", minimum)
					: result(setting, Outcome.FAIL, "eligibility.venue.fail", minimum, facts.venueSeats());
		}
	}

	/** 不少于 N 名本科以上学历的专职管理人员 (FJ 第七条（三）: 5). */
	static final class FullTimeManagers implements EligibilityPolicy {

		@Override
		public String name() {
			return "FULL_TIME_MANAGERS";
		}

		@Override
		public Set<String> requiredParameters() {
			return Set.of("minimum");
		}

		@Override
		public RuleResult evaluate(EligibilityFacts facts, RuleSetting setting, TrackKind track, PolicyProfile profile) {
			int minimum = EligibilityPolicy.number(setting, "minimum");
			if (facts.fullTimeManagersWithBachelor() == null) {
				return result(setting, Outcome.WARN, "eligibility.managers.unknown", minimum);
			}
			return facts.fullTimeManagersWithBachelor() >= minimum
					? result(setting, Outcome.PASS, "eligibility.managers.pass", minimum)
					: result(setting, Outcome.FAIL, "eligibility.managers.fail", minimum, facts.fullTimeManagersWithBachelor());
		}
	}

	/**
	 * 每年培训不少于 N 名 (JL 一(五) 500, SD 一(五) 2000, FJ 第七条（五） 1000, ZB 第八条（五） 500).
	 * The last full year decides; an earlier year below the minimum is a warning. On a track the
	 * document relaxes without a number (SD 一(六) 乡村振兴 "可适当放宽"), the experts judge.
	 */
	static final class MinimumAnnualTrainees implements EligibilityPolicy {

		@Override
		public String name() {
			return "MINIMUM_ANNUAL_TRAINEES";
		}

		@Override
		public Set<String> requiredParameters() {
			return Set.of("minimum");
		}

		@Override
		public RuleResult evaluate(EligibilityFacts facts, RuleSetting setting, TrackKind track, PolicyProfile profile) {
			int minimum = EligibilityPolicy.number(setting, "minimum");
			List<Integer> years = facts.annualTrainees();
			if (years.isEmpty() || years.get(years.size() - 1) == null) {
				return result(setting, Outcome.WARN, "eligibility.trainees.unknown", minimum);
			}
			int latest = years.get(years.size() - 1);
			if (latest < minimum) {
				List<?> relaxed = (List<?>) setting.parameters().getOrDefault("relaxedOnTracks", List.of());
				return relaxed.contains(track.name())
						? result(setting, Outcome.NEEDS_EXPERT, "eligibility.trainees.relaxed", minimum, latest)
						: result(setting, Outcome.FAIL, "eligibility.trainees.fail", minimum, latest);
			}
			boolean earlierBelow = years.subList(0, years.size() - 1).stream().anyMatch(y -> y != null && y < minimum);
			return earlierBelow ? result(setting, Outcome.WARN, "eligibility.trainees.earlierBelow", minimum)
					: result(setting, Outcome.PASS, "eligibility.trainees.pass", minimum, latest);
		}
	}

	/** 社会信用良好，无不良记录 (FJ 第七条（六）). */
	static final class CleanCreditRecord implements EligibilityPolicy {

		@Override
		public String name() {
			return "CLEAN_CREDIT_RECORD";
		}

		@Override
		public RuleResult evaluate(EligibilityFacts facts, RuleSetting setting, TrackKind track, PolicyProfile profile) {
			return facts.adverseCreditRecords() == 0 ? result(setting, Outcome.PASS, "eligibility.credit.pass")
					: result(setting, Outcome.FAIL, "eligibility.credit.fail", facts.adverseCreditRecords());
		}
	}

	/** 远程教育平台具备接入省级公共服务平台的条件 (FJ 第七条（七）). */
	static final class PlatformConnectsToProvince implements EligibilityPolicy {

		@Override
		public String name() {
			return "PLATFORM_CONNECTS_TO_PROVINCE";
		}

		@Override
		public RuleResult evaluate(EligibilityFacts facts, RuleSetting setting, TrackKind track, PolicyProfile profile) {
			if (facts.platformConnectsToProvince() == null) {
				return result(setting, Outcome.WARN, "eligibility.platformConnects.unknown");
			}
			return facts.platformConnectsToProvince() ? result(setting, Outcome.PASS, "eligibility.platformConnects.pass")
					: result(setting, Outcome.FAIL, "eligibility.platformConnects.fail");
		}
	}

	/** 兼备网上报名、网络学习、在线考试、审核验证、用户管理等功能 (JL 一(四)). */
	static final class PlatformFunctions implements EligibilityPolicy {

		@Override
		public String name() {
			return "PLATFORM_FUNCTIONS";
		}

		@Override
		public Set<String> requiredParameters() {
			return Set.of("functions");
		}

		@Override
		public RuleResult evaluate(EligibilityFacts facts, RuleSetting setting, TrackKind track, PolicyProfile profile) {
			// in the order the document lists them
			Set<String> missing = new java.util.LinkedHashSet<>();
			for (Object function : (List<?>) setting.parameters().get("functions")) {
				if (!facts.platformFunctions().contains(String.valueOf(function))) {
					missing.add(String.valueOf(function));
				}
			}
			return missing.isEmpty() ? result(setting, Outcome.PASS, "eligibility.platformFunctions.pass")
					: result(setting, Outcome.FAIL, "eligibility.platformFunctions.fail", String.join("、", missing));
		}
	}

	/** 被撤销资格的，N 年内不再受理 (FJ 第二十四条: 3). */
	static final class NoRecentRevocation implements EligibilityPolicy {

		@Override
		public String name() {
			return "NO_RECENT_REVOCATION";
		}

		@Override
		public Set<String> requiredParameters() {
			return Set.of("years");
		}

		@Override
		public RuleResult evaluate(EligibilityFacts facts, RuleSetting setting, TrackKind track, PolicyProfile profile) {
			int years = EligibilityPolicy.number(setting, "years");
			if (facts.lastRevokedOn() == null) {
				return result(setting, Outcome.PASS, "eligibility.revocation.none");
			}
			LocalDate acceptedFrom = facts.lastRevokedOn().plusYears(years);
			return facts.today().isBefore(acceptedFrom)
					? result(setting, Outcome.FAIL, "eligibility.revocation.fail", years, acceptedFrom.toString())
					: result(setting, Outcome.PASS, "eligibility.revocation.pass", years);
		}
	}

	/** 弄虚作假、伪造申报材料的，不再受理 (FJ 第二十四条). */
	static final class NeverFalsified implements EligibilityPolicy {

		@Override
		public String name() {
			return "NEVER_FALSIFIED";
		}

		@Override
		public RuleResult evaluate(EligibilityFacts facts, RuleSetting setting, TrackKind track, PolicyProfile profile) {
			return facts.falsifiedBefore() ? result(setting, Outcome.FAIL, "eligibility.falsified.fail")
					: result(setting, Outcome.PASS, "eligibility.falsified.pass");
		}
	}

	/** 同一单位不得多头申报 (SD 四(三), NAT6 四(三)). */
	static final class OneApplicationPerCall implements EligibilityPolicy {

		@Override
		public String name() {
			return "ONE_APPLICATION_PER_CALL";
		}

		@Override
		public RuleResult evaluate(EligibilityFacts facts, RuleSetting setting, TrackKind track, PolicyProfile profile) {
			return facts.alreadyAppliedInCall() ? result(setting, Outcome.FAIL, "eligibility.oneApplication.fail")
					: result(setting, Outcome.PASS, "eligibility.oneApplication.pass");
		}
	}

	/** 重点领域 (NAT6 二: 《中国制造2025》): the call concentrates on them; outside them is a warning, not a bar. */
	static final class KeyField implements EligibilityPolicy {

		@Override
		public String name() {
			return "KEY_FIELD";
		}

		@Override
		public RuleResult evaluate(EligibilityFacts facts, RuleSetting setting, TrackKind track, PolicyProfile profile) {
			if (facts.keyField() == null || facts.keyField().isBlank()) {
				return result(setting, Outcome.WARN, "eligibility.keyField.unknown");
			}
			boolean listed = profile.application().keyFields().stream().anyMatch(f -> facts.keyField().equals(f.value()));
			return listed ? result(setting, Outcome.PASS, "eligibility.keyField.pass", facts.keyField())
					: result(setting, Outcome.WARN, "eligibility.keyField.outside", facts.keyField());
		}
	}

	/**
	 * Conditions the documents state in words for the experts to judge: the standing of the teachers,
	 * the management system, funding and facilities, distance learning (JL 一(一)-(四), SD 一(一)-(四),
	 * ZB 第八条（一）-（四）, FJ 第七条（三）（四））.
	 */
	static final class ExpertJudgement implements EligibilityPolicy {

		@Override
		public String name() {
			return "EXPERT_JUDGEMENT";
		}

		@Override
		public Set<String> requiredParameters() {
			return Set.of("topic");
		}

		@Override
		public RuleResult evaluate(EligibilityFacts facts, RuleSetting setting, TrackKind track, PolicyProfile profile) {
			return result(setting, Outcome.NEEDS_EXPERT, "eligibility.expert." + setting.parameters().get("topic"));
		}
	}

	/**
	 * 重新确认 (SD 三(三)): only a base the call's own authority recognised earlier, at the profile's
	 * level, may be re-confirmed; one in rectification still holds its title and may.
	 */
	static final class HoldsExistingBase implements EligibilityPolicy {

		@Override
		public String name() {
			return "HOLDS_EXISTING_BASE";
		}

		@Override
		public RuleResult evaluate(EligibilityFacts facts, RuleSetting setting, TrackKind track, PolicyProfile profile) {
			boolean holds = facts.basesHeld()
				.stream()
				.anyMatch(base -> base.ofCallAuthority() && base.level() == profile.level());
			return holds ? result(setting, Outcome.PASS, "eligibility.existingBase.pass")
					: result(setting, Outcome.FAIL, "eligibility.existingBase.fail");
		}
	}

	/**
	 * 直接申请 (ZB 第二十五条 "我市获批设立的国家级、省级继续教育基地，可直接申请市级继续教育基地"): an
	 * active national or provincial base in the profile's region; one in rectification does not qualify.
	 */
	static final class HoldsNationalOrProvincialBase implements EligibilityPolicy {

		@Override
		public String name() {
			return "HOLDS_NATIONAL_OR_PROVINCIAL_BASE";
		}

		@Override
		public RuleResult evaluate(EligibilityFacts facts, RuleSetting setting, TrackKind track, PolicyProfile profile) {
			boolean holds = facts.basesHeld()
				.stream()
				.anyMatch(base -> base.active()
						&& (base.level() == ProfileLevel.NATIONAL || base.level() == ProfileLevel.PROVINCIAL)
						&& within(base.regionCode(), profile.regionCode()));
			return holds ? result(setting, Outcome.PASS, "eligibility.higherBase.pass")
					: result(setting, Outcome.FAIL, "eligibility.higherBase.fail");
		}
	}

	/** Whether a region lies within a jurisdiction's: a province by its first two digits, a city by four. */
	static boolean within(String regionCode, String jurisdiction) {
		String prefix = LocatedInJurisdiction.regionPrefix(jurisdiction);
		return prefix.isEmpty() || regionCode != null && regionCode.startsWith(prefix);
	}
}
