package cn.cebase.policy;

import static cn.cebase.policy.ProfileValidation.at;

import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Set;
import java.util.function.Function;

import cn.cebase.policy.OperationRules.ManagingUnit;
import cn.cebase.policy.OperationRules.TraineeShortfall;
import cn.cebase.policy.PolicyProfile.QuotaSetting;
import cn.cebase.policy.PolicyProfile.RuleSetting;
import cn.cebase.policy.PolicyProfile.TrackSetting;
import cn.cebase.policy.SupervisionRules.Assessor;
import cn.cebase.shared.BusinessException;

/**
 * The profile editor: the values an authority changes for a new year as named inputs, and the
 * profile those inputs make. Every scalar cited value of every section is an input; the lists
 * (route, tracks, form sections, key fields, priorities, checklist, shares, notes) are shown, not
 * edited here — the API takes a whole profile for those. A changed value cites the basis the
 * authority gives (the new notice), never the old article; a value emptied becomes silent with the
 * basis as its note.
 */
final class ProfileForm {

	private static final List<String> NUMERIC = List.of("minimum", "minimumSeats", "years");

	private static final List<String> BOOLEAN = List.of("true", "false");

	private ProfileForm() {
	}

	static List<ProfileEntry> entries(PolicyProfile p) {
		List<ProfileEntry> entries = new ArrayList<>();
		entries.add(cited("general", "effectiveFrom", p.effectiveFrom(), "date"));
		entries.add(cited("general", "effectiveTo", p.effectiveTo(), "date"));

		ApplicationRules application = p.application();
		for (int i = 0; i < application.eligibility().size(); i++) {
			RuleSetting rule = application.eligibility().get(i);
			for (String parameter : NUMERIC) {
				if (rule.parameters().get(parameter) instanceof Number number) {
					String path = at("application", "eligibility[") + i + "].parameters." + parameter;
					entries.add(new ProfileEntry("application", path, "policy.rule." + rule.rule(),
							"policy.parameter." + parameter, String.valueOf(number), rule.source(), "number", null, null, null));
				}
			}
		}

		ReviewRules review = p.review();
		for (int i = 0; i < review.quotas().size(); i++) {
			QuotaSetting quota = review.quotas().get(i);
			String prefix = at("review", "quotas[") + i + "]";
			entries.add(new ProfileEntry("review", prefix + ".total", "policy.recommender." + quota.recommender(),
					"policy.quotaTotal", String.valueOf(quota.total()), quota.source(), "number", null, null, null));
			for (TrackSetting track : application.tracks()) {
				if (track.kind() != TrackKind.REGULAR && !track.outsideQuota()) {
					Integer share = quota.perTrack().get(track.kind());
					entries.add(new ProfileEntry("review", prefix + ".perTrack." + track.kind(),
							"policy.recommender." + quota.recommender(), "policy.track." + track.kind(),
							share == null ? "" : String.valueOf(share), quota.source(), "number", null, null, null));
				}
			}
		}
		entries.add(cited("review", "publicityDays", review.publicityDays(), "number"));
		entries.add(cited("review", "subsidyCapYuan", review.subsidyCapYuan(), "number"));
		ProfileEntry format = cited("review", "baseNumberFormat", review.baseNumberFormat(), "text");
		entries.add(new ProfileEntry(format.section(), format.path(), format.labelKey(), null, format.value(), format.source(),
				format.type(), "policy.edit.baseNumberFormat.hint", null, null));

		OperationRules operation = p.operation();
		entries.add(cited("operation", "annualReportDue", operation.annualReportDue(), "text"));
		entries.add(cited("operation", "minimumPlannedTrainees", operation.minimumPlannedTrainees(), "number"));
		entries.add(choice("operation", "belowMinimum", operation.belowMinimum(), names(TraineeShortfall.values()),
				"policy.belowMinimum."));
		entries.add(choice("operation", "managingUnit", operation.managingUnit(), names(ManagingUnit.values()),
				"policy.managingUnit."));
		entries.add(yesNo("operation", "planNeedsManagingUnitConsent", operation.planNeedsManagingUnitConsent()));
		entries.add(yesNo("operation", "feesDisclosed", operation.feesDisclosed()));

		SupervisionRules supervision = p.supervision();
		entries.add(cited("supervision", "assessmentCycleYears", supervision.assessmentCycleYears(), "number"));
		entries.add(choice("supervision", "assessor", supervision.assessor(), names(Assessor.values()), "policy.assessor."));
		entries.add(yesNo("supervision", "assessedOnSite", supervision.assessedOnSite()));
		entries.add(yesNo("supervision", "spotChecks", supervision.spotChecks()));
		entries.add(yesNo("supervision", "spotCheckResultsPublished", supervision.spotCheckResultsPublished()));
		entries.add(cited("supervision", "revokedBanYears", supervision.revokedBanYears(), "number"));
		entries.add(yesNo("supervision", "falsifiedBanForever", supervision.falsifiedBanForever()));

		CreditRules credit = p.credit();
		entries.add(cited("credit", "annualHours", credit.annualHours(), "number"));
		for (HoursCategory category : HoursCategory.values()) {
			// one input per category, its label naming the category
			entries.add(new ProfileEntry("credit", at("credit", ProfileValidation.minimumName(category)),
					"policy.field.categoryMinimum", "policy.hoursCategory." + category, shown(credit.minimum(category)),
					origin(credit.minimum(category)), "number", null, null, null));
		}
		entries.add(yesNo("credit", "baseTrainingCounts", credit.baseTrainingCounts()));
		return entries;
	}

	/**
	 * The profile with the typed values. A value that is not a number, date or offered choice is
	 * refused at its path, together with what validation says of the rest.
	 */
	static PolicyProfile apply(PolicyProfile p, Map<String, String> form, String basis) {
		List<BusinessException> problems = new ArrayList<>();
		Values v = new Values(form, basis, problems);

		ApplicationRules application = p.application();
		List<RuleSetting> rules = new ArrayList<>();
		for (int i = 0; i < application.eligibility().size(); i++) {
			RuleSetting rule = application.eligibility().get(i);
			Map<String, Object> parameters = new LinkedHashMap<>(rule.parameters());
			boolean changed = false;
			for (String parameter : NUMERIC) {
				String path = at("application", "eligibility[") + i + "].parameters." + parameter;
				if (!form.containsKey(path)) {
					continue;
				}
				int before = problems.size();
				Integer value = number(form.get(path), path, problems, Integer::valueOf);
				if (problems.size() > before) {
					continue;
				}
				// a blank removes the parameter, and validation then says the rule needs it
				if (value == null) {
					parameters.remove(parameter);
					changed = true;
				}
				else if (!value.equals(((Number) rule.parameters().get(parameter)).intValue())) {
					parameters.put(parameter, value);
					changed = true;
				}
			}
			rules.add(changed ? new RuleSetting(rule.rule(), parameters, rule.tracks(), basis) : rule);
		}

		ReviewRules review = p.review();
		List<QuotaSetting> quotas = new ArrayList<>();
		for (int i = 0; i < review.quotas().size(); i++) {
			QuotaSetting quota = review.quotas().get(i);
			String prefix = at("review", "quotas[") + i + "]";
			Integer total = number(form.getOrDefault(prefix + ".total", String.valueOf(quota.total())), prefix + ".total",
					problems, Integer::valueOf);
			Map<TrackKind, Integer> shares = new LinkedHashMap<>(quota.perTrack());
			for (TrackKind track : TrackKind.values()) {
				String path = prefix + ".perTrack." + track;
				if (form.containsKey(path)) {
					Integer share = number(form.get(path), path, problems, Integer::valueOf);
					if (share == null) {
						shares.remove(track);
					}
					else {
						shares.put(track, share);
					}
				}
			}
			boolean changed = total != null && (total != quota.total() || !shares.equals(quota.perTrack()));
			quotas.add(changed ? new QuotaSetting(quota.recommender(), total, shares, basis) : quota);
		}

		ApplicationRules newApplication = new ApplicationRules(rules, application.tracks(), application.formSections(),
				application.keyFields(), application.priorityHints());
		ReviewRules newReview = new ReviewRules(review.route(), quotas,
				v.parsed(review.publicityDays(), at("review", "publicityDays"), Integer::valueOf),
				v.parsed(review.subsidyCapYuan(), at("review", "subsidyCapYuan"), Long::valueOf),
				v.text(review.baseNumberFormat(), at("review", "baseNumberFormat")));

		OperationRules o = p.operation();
		OperationRules newOperation = new OperationRules(v.text(o.annualReportDue(), at("operation", "annualReportDue")),
				v.parsed(o.minimumPlannedTrainees(), at("operation", "minimumPlannedTrainees"), Integer::valueOf),
				v.parsed(o.belowMinimum(), at("operation", "belowMinimum"), TraineeShortfall::valueOf),
				v.parsed(o.managingUnit(), at("operation", "managingUnit"), ManagingUnit::valueOf),
				v.parsed(o.planNeedsManagingUnitConsent(), at("operation", "planNeedsManagingUnitConsent"), ProfileForm::bool),
				v.parsed(o.feesDisclosed(), at("operation", "feesDisclosed"), ProfileForm::bool));

		SupervisionRules s = p.supervision();
		SupervisionRules newSupervision = new SupervisionRules(
				v.parsed(s.assessmentCycleYears(), at("supervision", "assessmentCycleYears"), Integer::valueOf),
				v.parsed(s.assessor(), at("supervision", "assessor"), Assessor::valueOf),
				v.parsed(s.assessedOnSite(), at("supervision", "assessedOnSite"), ProfileForm::bool), s.assessmentItems(),
				v.parsed(s.spotChecks(), at("supervision", "spotChecks"), ProfileForm::bool),
				v.parsed(s.spotCheckResultsPublished(), at("supervision", "spotCheckResultsPublished"), ProfileForm::bool),
				v.parsed(s.revokedBanYears(), at("supervision", "revokedBanYears"), Integer::valueOf),
				v.parsed(s.falsifiedBanForever(), at("supervision", "falsifiedBanForever"), ProfileForm::bool));

		CreditRules c = p.credit();
		CreditRules newCredit = new CreditRules(v.parsed(c.annualHours(), at("credit", "annualHours"), Integer::valueOf),
				v.parsed(c.publicMinimum(), at("credit", "publicMinimum"), Integer::valueOf),
				v.parsed(c.professionalMinimum(), at("credit", "professionalMinimum"), Integer::valueOf),
				v.parsed(c.electiveMinimum(), at("credit", "electiveMinimum"), Integer::valueOf), c.shares(),
				v.parsed(c.baseTrainingCounts(), at("credit", "baseTrainingCounts"), ProfileForm::bool));

		PolicyProfile result = new PolicyProfile(p.code(), p.jurisdiction(), p.version(), p.title(), p.document(), p.level(),
				p.regionCode(), v.date(p.effectiveFrom(), "effectiveFrom"), v.date(p.effectiveTo(), "effectiveTo"),
				newApplication, newReview, newOperation, newSupervision, newCredit, p.notes());
		if (!problems.isEmpty()) {
			// every problem at once: what did not parse, and what the rest breaks
			Set<String> reported = new HashSet<>();
			problems.forEach(problem -> reported.add(problem.field()));
			ProfileValidation.problemsWith(result)
				.stream()
				.filter(problem -> !reported.contains(problem.field()))
				.forEach(problems::add);
			throw BusinessException.invalid(problems);
		}
		return result;
	}

	/** The input a problem belongs beside: its own, else the first of its group (quotas[0].perTrack), else none. */
	static String entryFor(List<ProfileEntry> entries, String field) {
		String f = field == null ? "" : field;
		return entries.stream()
			.map(ProfileEntry::path)
			.filter(path -> path.equals(f))
			.findFirst()
			.or(() -> entries.stream().map(ProfileEntry::path).filter(path -> path.startsWith(f + ".")).findFirst())
			.orElse(f.equals("basis") || f.equals("reason") ? f : "");
	}

	private static Boolean bool(String raw) {
		return switch (raw) {
			case "true" -> Boolean.TRUE;
			case "false" -> Boolean.FALSE;
			default -> throw new IllegalArgumentException(raw);
		};
	}

	private static List<String> names(Enum<?>[] values) {
		return Arrays.stream(values).map(Enum::name).toList();
	}

	/** The input of a section's cited value, labelled {@code policy.field.<name>}; "general" values are the profile's own. */
	private static ProfileEntry cited(String section, String name, Cited<?> value, String type) {
		return new ProfileEntry(section, path(section, name), "policy.field." + name, null, shown(value), origin(value), type,
				null, null, null);
	}

	private static ProfileEntry choice(String section, String name, Cited<?> value, List<String> options,
			String optionKeyPrefix) {
		return new ProfileEntry(section, path(section, name), "policy.field." + name, null, shown(value), origin(value),
				"select", null, options, optionKeyPrefix);
	}

	private static ProfileEntry yesNo(String section, String name, Cited<Boolean> value) {
		return choice(section, name, value, BOOLEAN, "policy.boolean.");
	}

	private static String path(String section, String name) {
		return section.equals("general") ? name : at(section, name);
	}

	private static String shown(Cited<?> value) {
		if (value == null || !value.isSet()) {
			return "";
		}
		return value.value() instanceof Enum<?> e ? e.name() : String.valueOf(value.value());
	}

	private static String origin(Cited<?> value) {
		return value == null ? null : value.source() != null ? value.source() : value.note();
	}

	private static <N> N number(String raw, String path, List<BusinessException> problems, Function<String, N> parse) {
		if (raw == null || raw.isBlank()) {
			return null;
		}
		try {
			return parse.apply(raw.strip());
		}
		catch (NumberFormatException ex) {
			problems.add(BusinessException.invalidField(path, "validation.typeMismatch"));
			return null;
		}
	}

	/** Reads the typed values: an input left out keeps the old value; a changed one cites the basis. */
	private record Values(Map<String, String> form, String basis, List<BusinessException> problems) {

		<T> Cited<T> parsed(Cited<T> old, String path, Function<String, T> parse) {
			String raw = form.get(path);
			if (raw == null) {
				return old;
			}
			T value = null;
			if (!raw.isBlank()) {
				try {
					value = parse.apply(raw.strip());
				}
				catch (IllegalArgumentException | DateTimeParseException ex) {
					problems.add(BusinessException.invalidField(path, "validation.typeMismatch"));
					return old;
				}
			}
			return changed(old, value);
		}

		Cited<String> text(Cited<String> old, String path) {
			return parsed(old, path, Function.identity());
		}

		Cited<LocalDate> date(Cited<LocalDate> old, String path) {
			return parsed(old, path, LocalDate::parse);
		}

		private <T> Cited<T> changed(Cited<T> old, T value) {
			if (Objects.equals(value, old == null ? null : old.value())) {
				return old;
			}
			return value == null ? Cited.silent(basis) : Cited.of(value, basis);
		}
	}
}
