package cn.cebase.policy;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.InputStreamReader;
import java.lang.reflect.RecordComponent;
import java.nio.charset.StandardCharsets;
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
			for (RecordComponent component : PolicyProfile.class.getRecordComponents()) {
				Object value = component.getAccessor().invoke(profile);
				if (value instanceof Cited<?> cited) {
					checkCited(profile.code() + "." + component.getName(), cited);
				}
				else if (value instanceof java.util.List<?> list) {
					for (Object item : list) {
						if (item instanceof Cited<?> cited) {
							checkCited(profile.code() + "." + component.getName(), cited);
						}
					}
				}
			}
			profile.eligibility().forEach(rule -> assertThat(rule.source()).as(profile.code() + " " + rule.rule()).isNotBlank());
			profile.quotas().forEach(quota -> assertThat(quota.source()).isNotBlank());
			profile.route().forEach(stage -> assertThat(stage.source()).isNotBlank());
		}
	}

	@Test
	void theSeedsNumbersAreWhereTheDocumentsPutThem() {
		assertThat(Profiles.fujian().effectiveTo().value()).isEqualTo(java.time.LocalDate.of(2030, 9, 29));
		assertThat(Profiles.fujian().revokedBanYears().value()).isEqualTo(3);
		assertThat(Profiles.fujian().falsifiedBanForever().value()).isTrue();
		assertThat(Profiles.fujian().assessmentCycleYears().value()).isEqualTo(3);
		assertThat(Profiles.fujian().annualReportDue().value()).isEqualTo("12-31");
		assertThat(Profiles.zibo().annualReportDue().value()).isEqualTo("12-31");
		assertThat(Profiles.national().subsidyCapYuan().value()).isEqualTo(5_000_000L);
		assertThat(Profiles.national().keyFields()).hasSize(14);
		assertThat(Profiles.shandong().quotas()).anySatisfy(q -> {
			assertThat(q.recommender()).isEqualTo(RecommenderKind.CITY);
			assertThat(q.total()).isEqualTo(3);
			assertThat(q.perTrack()).containsEntry(TrackKind.RURAL_REVITALIZATION, 2);
		});
		assertThat(Profiles.shandong().tracks()).filteredOn(t -> t.kind() == TrackKind.RECONFIRMATION)
			.singleElement()
			.satisfies(t -> assertThat(t.outsideQuota()).isTrue());
		assertThat(Profiles.jilin().route()).extracting(PolicyProfile.RouteStage::actor)
			.containsExactly(RouteActor.INDUSTRY_AUTHORITY_ELSE_SAME_LEVEL_HRSS, RouteActor.CITY_HRSS, RouteActor.AUTHORITY);
		assertThat(Profiles.zibo().hasTrack(TrackKind.DIRECT)).isTrue();
	}

	@Test
	void silenceIsNotFilledIn() {
		// none of the five documents sets a publicity period
		Profiles.BUILT_IN.values().forEach(p -> assertThat(p.publicityDays().isSet()).as(p.code()).isFalse());
		// SD relaxes the 乡村振兴 threshold without a number: no number is invented
		assertThat(Profiles.shandong().eligibility()).filteredOn(r -> r.rule().equals("MINIMUM_ANNUAL_TRAINEES"))
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
			.forEach(p -> p.eligibility()
				.stream()
				.filter(r -> r.rule().equals("EXPERT_JUDGEMENT"))
				.forEach(r -> assertThat(messages).containsKey("eligibility.expert." + r.parameters().get("topic"))));
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
