package cn.cebase.policy;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.InputStreamReader;
import java.lang.reflect.RecordComponent;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Properties;

import org.junit.jupiter.api.Test;

/** The five documents as built-in profiles: they load, validate, and every value says where it comes from. */
class BuiltInProfilesTests {

	@Test
	void allFiveLoadAndValidate() {
		assertThat(Profiles.BUILT_IN).containsOnlyKeys("NAT6", "JL", "SD", "FJ", "ZB");
		Profiles.BUILT_IN.values().forEach(profile -> assertThat(ProfileValidation.problemsWith(profile))
			.as(profile.code()).isEmpty());
	}

	@Test
	void everyValueIsCitedOrSaysTheDocumentIsSilent() throws Exception {
		for (PolicyProfile profile : Profiles.BUILT_IN.values()) {
			checkComponents(profile.code(), PolicyProfile.class, profile);
			for (Class<?> section : List.of(ApplicationRules.class, ReviewRules.class, OperationRules.class,
					SupervisionRules.class, CreditRules.class)) {
				Object value = PolicyProfile.class.getMethod(sectionName(section)).invoke(profile);
				assertThat(value).as(profile.code() + "." + sectionName(section)).isNotNull();
				checkComponents(profile.code() + "." + sectionName(section), section, value);
			}
			profile.application().eligibility().forEach(rule -> assertThat(rule.source()).as(profile.code() + " " + rule.rule()).isNotBlank());
			profile.review().quotas().forEach(quota -> assertThat(quota.source()).isNotBlank());
			profile.review().route().forEach(stage -> assertThat(stage.source()).isNotBlank());
		}
	}

	@Test
	void theSeedsNumbersAreWhereTheDocumentsPutThem() {
		assertThat(Profiles.fujian().effectiveTo().value()).isEqualTo(java.time.LocalDate.of(2030, 9, 29));
		assertThat(Profiles.fujian().supervision().revokedBanYears().value()).isEqualTo(3);
		assertThat(Profiles.fujian().supervision().falsifiedBanForever().value()).isTrue();
		assertThat(Profiles.fujian().supervision().assessmentCycleYears().value()).isEqualTo(3);
		assertThat(Profiles.fujian().operation().annualReportDue().value()).isEqualTo("12-31");
		assertThat(Profiles.zibo().operation().annualReportDue().value()).isEqualTo("12-31");
		assertThat(Profiles.national().review().subsidyCapYuan().value()).isEqualTo(5_000_000L);
		assertThat(Profiles.national().application().keyFields()).hasSize(14);
		assertThat(Profiles.shandong().review().quotas()).anySatisfy(q -> {
			assertThat(q.recommender()).isEqualTo(RecommenderKind.CITY);
			assertThat(q.total()).isEqualTo(3);
			assertThat(q.perTrack()).containsEntry(TrackKind.RURAL_REVITALIZATION, 2);
		});
		assertThat(Profiles.shandong().application().tracks()).filteredOn(t -> t.kind() == TrackKind.RECONFIRMATION)
			.singleElement()
			.satisfies(t -> assertThat(t.outsideQuota()).isTrue());
		assertThat(Profiles.jilin().review().route()).extracting(PolicyProfile.RouteStage::actor)
			.containsExactly(RouteActor.INDUSTRY_AUTHORITY_ELSE_SAME_LEVEL_HRSS, RouteActor.CITY_HRSS, RouteActor.AUTHORITY);
		assertThat(Profiles.zibo().application().hasTrack(TrackKind.DIRECT)).isTrue();
	}

	@Test
	void theOperationSectionHoldsTheYearlyDuties() {
		OperationRules fj = Profiles.fujian().operation();
		assertThat(fj.minimumPlannedTrainees().value()).isEqualTo(1000);
		assertThat(fj.minimumPlannedTrainees().source()).contains("闽人社发〔2024〕5号", "第七条（五）");
		assertThat(fj.belowMinimum().value()).isEqualTo(OperationRules.TraineeShortfall.FLAGGED);
		assertThat(fj.managingUnit().value()).isEqualTo(OperationRules.ManagingUnit.AUTHORITY);
		assertThat(fj.managingUnit().source()).contains("第四条");
		assertThat(fj.planNeedsManagingUnitConsent().value()).isFalse();
		assertThat(fj.feesDisclosed().value()).isTrue();
		assertThat(fj.feesDisclosed().source()).isEqualTo("闽人社发〔2024〕5号 第二十九条");
		assertThat(fj.annualReportDue().source()).isEqualTo("闽人社发〔2024〕5号 第十九条");

		OperationRules zb = Profiles.zibo().operation();
		assertThat(zb.minimumPlannedTrainees().value()).isEqualTo(500);
		assertThat(zb.minimumPlannedTrainees().source()).isEqualTo("淄人社发〔2025〕5号 第八条（五）");
		assertThat(zb.managingUnit().value()).isEqualTo(OperationRules.ManagingUnit.RECOMMENDER);
		assertThat(zb.managingUnit().source()).isEqualTo("淄人社发〔2025〕5号 第五条");
		assertThat(zb.planNeedsManagingUnitConsent().value()).isTrue();
		assertThat(zb.planNeedsManagingUnitConsent().source()).isEqualTo("淄人社发〔2025〕5号 第十九条");
		assertThat(zb.feesDisclosed().source()).isEqualTo("淄人社发〔2025〕5号 第二十八条");

		assertThat(Profiles.jilin().operation().minimumPlannedTrainees()).satisfies(c -> {
			assertThat(c.value()).isEqualTo(500);
			assertThat(c.source()).isEqualTo("吉人社函〔2023〕232号 一（五）");
		});
		assertThat(Profiles.shandong().operation().minimumPlannedTrainees()).satisfies(c -> {
			assertThat(c.value()).isEqualTo(2000);
			assertThat(c.source()).isEqualTo("鲁人社 2019年8月14日通知 一（五）");
		});
		// calls, not management measures: what they do not say stays unsaid
		for (PolicyProfile call : List.of(Profiles.jilin(), Profiles.shandong(), Profiles.national())) {
			assertThat(call.operation().managingUnit().isSet()).as(call.code()).isFalse();
			assertThat(call.operation().managingUnit().note()).as(call.code()).contains("未规定");
			assertThat(call.operation().feesDisclosed().isSet()).as(call.code()).isFalse();
		}
		assertThat(Profiles.national().operation().minimumPlannedTrainees().isSet()).isFalse();
	}

	@Test
	void theSupervisionSectionHoldsTheArticlesChecklist() {
		SupervisionRules fj = Profiles.fujian().supervision();
		assertThat(fj.assessor().value()).isEqualTo(SupervisionRules.Assessor.AUTHORITY_OR_ENTRUSTED);
		assertThat(fj.assessedOnSite().value()).isTrue();
		assertThat(fj.assessmentItems()).extracting(Cited::value)
			.containsExactly("师资队伍建设", "设施配套", "继续教育任务完成", "年度报告真实性核查", "课件更新", "课件及意识形态审核", "信用",
					"与省平台对接", "收费标准公开");
		assertThat(fj.assessmentItems()).extracting(Cited::source).containsOnly("闽人社发〔2024〕5号 第二十条");
		assertThat(fj.spotChecks().source()).isEqualTo("闽人社发〔2024〕5号 第二十一条");
		assertThat(fj.spotCheckResultsPublished().value()).isTrue();
		assertThat(fj.revokedBanYears().source()).isEqualTo("闽人社发〔2024〕5号 第二十四条");

		SupervisionRules zb = Profiles.zibo().supervision();
		assertThat(zb.assessor().value()).isEqualTo(SupervisionRules.Assessor.MANAGING_UNIT);
		assertThat(zb.assessor().source()).isEqualTo("淄人社发〔2025〕5号 第二十一条");
		assertThat(zb.assessmentItems()).extracting(Cited::value)
			.containsExactly("师资队伍建设", "经费使用", "设施配套", "制度执行", "任务完成", "培训效果及后续跟踪");
		assertThat(zb.assessmentItems()).extracting(Cited::source).containsOnly("淄人社发〔2025〕5号 第二十一条");
		assertThat(zb.spotChecks().source()).isEqualTo("淄人社发〔2025〕5号 第二十二条");
		// ZB 第二十二条 does not say the results are published
		assertThat(zb.spotCheckResultsPublished().isSet()).isFalse();
		assertThat(zb.assessmentCycleYears().isSet()).isFalse();

		for (PolicyProfile call : List.of(Profiles.jilin(), Profiles.shandong(), Profiles.national())) {
			assertThat(call.supervision().assessmentItems()).as(call.code()).isEmpty();
			assertThat(call.supervision().assessor().isSet()).as(call.code()).isFalse();
		}
	}

	@Test
	void creditInheritsTheNationalRuleWhereTheDocumentIsSilent() {
		for (PolicyProfile profile : Profiles.BUILT_IN.values()) {
			CreditRules credit = profile.credit();
			assertThat(credit.annualHours().value()).as(profile.code()).isEqualTo(90);
			assertThat(credit.annualHours().source()).as(profile.code()).contains("人社部令第25号", "第八条");
			assertThat(credit.shares()).as(profile.code()).singleElement().satisfies(share -> {
				assertThat(share.value()).isEqualTo(new CreditRules.HoursShare(HoursCategory.PROFESSIONAL, 2, 3));
				assertThat(share.source()).contains("人社部令第25号", "第八条");
			});
			// no document sets a number per category
			for (HoursCategory category : HoursCategory.values()) {
				assertThat(credit.minimum(category).isSet()).as(profile.code() + " " + category).isFalse();
				assertThat(credit.minimum(category).note()).as(profile.code() + " " + category).isNotBlank();
			}
		}
		// the documents themselves are silent, and the note says so
		assertThat(Profiles.fujian().credit().annualHours().note()).startsWith("办法未规定；适用人社部令第25号第八条");
		assertThat(Profiles.zibo().credit().annualHours().note()).contains("第三十条", "适用人社部令第25号第八条");
		assertThat(Profiles.jilin().credit().annualHours().note()).startsWith("通知未规定；适用人社部令第25号第八条");
		assertThat(Profiles.fujian().credit().baseTrainingCounts().source()).isEqualTo("闽人社发〔2024〕5号 第二十八条");
		assertThat(Profiles.zibo().credit().baseTrainingCounts().source()).isEqualTo("淄人社发〔2025〕5号 第三十条");
	}

	@Test
	void silenceIsNotFilledIn() {
		// none of the five documents sets a publicity period
		Profiles.BUILT_IN.values().forEach(p -> assertThat(p.review().publicityDays().isSet()).as(p.code()).isFalse());
		// SD relaxes the 乡村振兴 threshold without a number: no number is invented
		assertThat(Profiles.shandong().application().eligibility()).filteredOn(r -> r.rule().equals("MINIMUM_ANNUAL_TRAINEES"))
			.singleElement()
			.satisfies(r -> assertThat(r.parameters()).containsOnlyKeys("minimum", "relaxedOnTracks"));
	}

	@Test
	void everyExpertTopicHasItsMessage() throws Exception {
		Properties messages = new Properties();
		try (var in = getClass().getResourceAsStream("/messages.properties")) {
			messages.load(new InputStreamReader(in, StandardCharsets.UTF_8));
		}
		Profiles.BUILT_IN.values()
			.forEach(p -> p.application().eligibility()
				.stream()
				.filter(r -> r.rule().equals("EXPERT_JUDGEMENT"))
				.forEach(r -> assertThat(messages).containsKey("eligibility.expert." + r.parameters().get("topic"))));
	}

	private static String sectionName(Class<?> section) {
		String name = section.getSimpleName().replace("Rules", "");
		return Character.toLowerCase(name.charAt(0)) + name.substring(1);
	}

	private static void checkComponents(String where, Class<?> type, Object record) throws Exception {
		for (RecordComponent component : type.getRecordComponents()) {
			Object value = component.getAccessor().invoke(record);
			if (value instanceof Cited<?> cited) {
				checkCited(where + "." + component.getName(), cited);
			}
			else if (value instanceof List<?> list) {
				for (Object item : list) {
					if (item instanceof Cited<?> cited) {
						checkCited(where + "." + component.getName(), cited);
					}
				}
			}
		}
	}

	private static void checkCited(String where, Cited<?> cited) {
		if (cited.isSet()) {
			assertThat(cited.source()).as(where + " has a value and must cite its article").isNotBlank();
		}
		else {
			assertThat(cited.note()).as(where + " is empty and must say why").isNotBlank();
		}
	}
}
