package cn.cebase.policy.web;

import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import cn.cebase.policy.Cited;
import cn.cebase.policy.PolicyProfile;
import cn.cebase.policy.PolicyProfile.QuotaSetting;
import cn.cebase.policy.PolicyProfile.RuleSetting;
import cn.cebase.policy.TrackKind;
import cn.cebase.shared.BusinessException;

/**
 * The numbers of a profile an authority changes for a new year, as named inputs whose names are
 * the paths validation reports, so that each problem shows beside its input. A changed value
 * cites the basis the authority gives (the new notice), never the old article.
 */
final class ProfileEdit {

	/** One input: its path, the label's message keys, the value shown and, for some, a hint below it. */
	record Entry(String path, String labelKey, String subLabelKey, String value, String source, String type,
			String hintKey) {

		Entry(String path, String labelKey, String subLabelKey, String value, String source, String type) {
			this(path, labelKey, subLabelKey, value, source, type, null);
		}
	}

	private static final List<String> NUMERIC = List.of("minimum", "minimumSeats", "years");

	private ProfileEdit() {
	}

	static List<Entry> entries(PolicyProfile p) {
		List<Entry> entries = new ArrayList<>();
		entries.add(cited("effectiveFrom", "policy.field.effectiveFrom", p.effectiveFrom(), "date"));
		entries.add(cited("effectiveTo", "policy.field.effectiveTo", p.effectiveTo(), "date"));
		for (int i = 0; i < p.eligibility().size(); i++) {
			RuleSetting rule = p.eligibility().get(i);
			for (String parameter : NUMERIC) {
				if (rule.parameters().get(parameter) instanceof Number number) {
					entries.add(new Entry("eligibility[" + i + "].parameters." + parameter, "policy.rule." + rule.rule(),
							"policy.parameter." + parameter, String.valueOf(number), rule.source(), "number"));
				}
			}
		}
		for (int i = 0; i < p.quotas().size(); i++) {
			QuotaSetting quota = p.quotas().get(i);
			entries.add(new Entry("quotas[" + i + "].total", "policy.recommender." + quota.recommender(), "policy.quotaTotal",
					String.valueOf(quota.total()), quota.source(), "number"));
			for (TrackKind track : p.tracks().stream().map(PolicyProfile.TrackSetting::kind).toList()) {
				if (track != TrackKind.REGULAR && !p.tracks().stream().filter(t -> t.kind() == track).findFirst().orElseThrow().outsideQuota()) {
					Integer share = quota.perTrack().get(track);
					entries.add(new Entry("quotas[" + i + "].perTrack." + track, "policy.recommender." + quota.recommender(),
							"policy.track." + track, share == null ? "" : String.valueOf(share), quota.source(), "number"));
				}
			}
		}
		entries.add(cited("publicityDays", "policy.field.publicityDays", p.publicityDays(), "number"));
		entries.add(cited("annualReportDue", "policy.field.annualReportDue", p.annualReportDue(), "text"));
		entries.add(cited("assessmentCycleYears", "policy.field.assessmentCycleYears", p.assessmentCycleYears(), "number"));
		entries.add(cited("revokedBanYears", "policy.field.revokedBanYears", p.revokedBanYears(), "number"));
		entries.add(cited("annualHoursRequirement", "policy.field.annualHoursRequirement", p.annualHoursRequirement(), "number"));
		Entry format = cited("baseNumberFormat", "policy.field.baseNumberFormat", p.baseNumberFormat(), "text");
		entries.add(new Entry(format.path(), format.labelKey(), null, format.value(), format.source(), format.type(),
				"policy.edit.baseNumberFormat.hint"));
		return entries;
	}

	/** The profile with the typed values; a value not a number or date is refused at its path. */
	static PolicyProfile apply(PolicyProfile p, Map<String, String> form, String basis) {
		List<BusinessException> problems = new ArrayList<>();
		List<RuleSetting> rules = new ArrayList<>();
		for (int i = 0; i < p.eligibility().size(); i++) {
			RuleSetting rule = p.eligibility().get(i);
			Map<String, Object> parameters = new LinkedHashMap<>(rule.parameters());
			boolean changed = false;
			for (String parameter : NUMERIC) {
				String path = "eligibility[" + i + "].parameters." + parameter;
				if (!form.containsKey(path)) {
					continue;
				}
				int before = problems.size();
				Integer value = number(form.get(path), path, problems);
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
		List<QuotaSetting> quotas = new ArrayList<>();
		for (int i = 0; i < p.quotas().size(); i++) {
			QuotaSetting quota = p.quotas().get(i);
			Integer total = number(form.getOrDefault("quotas[" + i + "].total", String.valueOf(quota.total())),
					"quotas[" + i + "].total", problems);
			Map<TrackKind, Integer> shares = new LinkedHashMap<>(quota.perTrack());
			for (TrackKind track : TrackKind.values()) {
				String path = "quotas[" + i + "].perTrack." + track;
				if (form.containsKey(path)) {
					Integer share = number(form.get(path), path, problems);
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
		PolicyProfile result = new PolicyProfile(p.code(), p.jurisdiction(), p.version(), p.title(), p.document(), p.level(),
				p.regionCode(), date(p.effectiveFrom(), form, "effectiveFrom", basis, problems),
				date(p.effectiveTo(), form, "effectiveTo", basis, problems), rules, p.tracks(), quotas, p.route(),
				p.formSections(), p.keyFields(), p.priorityHints(), integer(p.publicityDays(), form, "publicityDays", basis, problems),
				text(p.annualReportDue(), form, "annualReportDue", basis),
				integer(p.assessmentCycleYears(), form, "assessmentCycleYears", basis, problems),
				integer(p.revokedBanYears(), form, "revokedBanYears", basis, problems), p.falsifiedBanForever(),
				integer(p.annualHoursRequirement(), form, "annualHoursRequirement", basis, problems), p.subsidyCapYuan(),
				text(p.baseNumberFormat(), form, "baseNumberFormat", basis), p.notes());
		if (!problems.isEmpty()) {
			// every problem at once: what did not parse, and what the rest breaks
			java.util.Set<String> reported = new java.util.HashSet<>();
			problems.forEach(problem -> reported.add(problem.field()));
			cn.cebase.policy.ProfileValidation.problemsWith(result)
				.stream()
				.filter(problem -> !reported.contains(problem.field()))
				.forEach(problems::add);
			throw BusinessException.invalid(problems);
		}
		return result;
	}

	private static Entry cited(String path, String label, Cited<?> value, String type) {
		return new Entry(path, label, null, value == null || !value.isSet() ? "" : String.valueOf(value.value()),
				value == null ? null : value.source() != null ? value.source() : value.note(), type);
	}

	private static Integer number(String raw, String path, List<BusinessException> problems) {
		if (raw == null || raw.isBlank()) {
			return null;
		}
		try {
			return Integer.valueOf(raw.strip());
		}
		catch (NumberFormatException ex) {
			problems.add(BusinessException.invalidField(path, "validation.typeMismatch"));
			return null;
		}
	}

	private static Cited<Integer> integer(Cited<Integer> old, Map<String, String> form, String path, String basis,
			List<BusinessException> problems) {
		if (!form.containsKey(path)) {
			return old;
		}
		int before = problems.size();
		Integer value = number(form.get(path), path, problems);
		if (problems.size() > before) {
			return old;
		}
		if (java.util.Objects.equals(value, old == null ? null : old.value())) {
			return old;
		}
		return value == null ? Cited.silent(basis) : Cited.of(value, basis);
	}

	private static Cited<String> text(Cited<String> old, Map<String, String> form, String path, String basis) {
		String raw = form.get(path);
		if (raw == null) {
			return old;
		}
		String value = raw.isBlank() ? null : raw.strip();
		if (java.util.Objects.equals(value, old == null ? null : old.value())) {
			return old;
		}
		return value == null ? Cited.silent(basis) : Cited.of(value, basis);
	}

	private static Cited<LocalDate> date(Cited<LocalDate> old, Map<String, String> form, String path, String basis,
			List<BusinessException> problems) {
		String raw = form.get(path);
		if (raw == null) {
			return old;
		}
		LocalDate value = null;
		if (!raw.isBlank()) {
			try {
				value = LocalDate.parse(raw.strip());
			}
			catch (DateTimeParseException ex) {
				problems.add(BusinessException.invalidField(path, "validation.typeMismatch"));
				return old;
			}
		}
		if (java.util.Objects.equals(value, old == null ? null : old.value())) {
			return old;
		}
		return value == null ? Cited.silent(basis) : Cited.of(value, basis);
	}
}
