package cn.cebase.review;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.Map;

import cn.cebase.call.RecommenderQuota;
import cn.cebase.policy.RecommenderKind;
import cn.cebase.policy.TrackKind;

import org.junit.jupiter.api.Test;

/** 推荐名额 (NAT6 三(一), SD 三(一)(三), JL 二): places per recommender and track. */
class RecommendationQuotaPolicyTests {

	static RecommenderQuota quota(Integer total, Map<TrackKind, Integer> shares) {
		return new RecommenderQuota(1, "推荐单位", RecommenderKind.CITY, total, shares, false, null);
	}

	@Test
	void aNationalRecommenderHasOnePlace() {
		RecommenderQuota one = quota(1, Map.of());
		assertThat(RecommendationQuotaPolicy.check(one, TrackKind.REGULAR, 0, Map.of())).isEmpty();
		assertThat(RecommendationQuotaPolicy.check(one, TrackKind.REGULAR, 1, Map.of(TrackKind.REGULAR, 1)))
			.hasValueSatisfying(ex -> assertThat(ex.messageKey()).isEqualTo("review.quota.full"));
		// the refusal names the articles it rests on
		assertThat(RecommendationQuotaPolicy.check(one, TrackKind.REGULAR, 1, Map.of(TrackKind.REGULAR, 1)))
			.hasValueSatisfying(ex -> assertThat(ex.args()).contains(RecommendationQuotaPolicy.SOURCE));
	}

	@Test
	void aShandongCityHasOneRegularAndTwoRuralPlaces() {
		RecommenderQuota city = quota(3, Map.of(TrackKind.RURAL_REVITALIZATION, 2));
		assertThat(RecommendationQuotaPolicy.check(city, TrackKind.REGULAR, 0, Map.of())).isEmpty();
		// "其中2个为申报'乡村振兴'专项的备选单位": the second regular one has no place left
		assertThat(RecommendationQuotaPolicy.check(city, TrackKind.REGULAR, 1, Map.of(TrackKind.REGULAR, 1)))
			.hasValueSatisfying(ex -> assertThat(ex.messageKey()).isEqualTo("review.quota.trackFull"));
		assertThat(RecommendationQuotaPolicy.check(city, TrackKind.RURAL_REVITALIZATION, 1, Map.of(TrackKind.REGULAR, 1)))
			.isEmpty();
		assertThat(RecommendationQuotaPolicy.check(city, TrackKind.RURAL_REVITALIZATION, 3,
				Map.of(TrackKind.REGULAR, 1, TrackKind.RURAL_REVITALIZATION, 2)))
			.hasValueSatisfying(ex -> assertThat(ex.messageKey()).isEqualTo("review.quota.full"));
		assertThat(RecommendationQuotaPolicy.check(city, TrackKind.RURAL_REVITALIZATION, 2,
				Map.of(TrackKind.RURAL_REVITALIZATION, 2)))
			.hasValueSatisfying(ex -> assertThat(ex.messageKey()).isEqualTo("review.quota.trackFull"));
	}

	@Test
	void reconfirmationIsOutsideTheQuota() {
		RecommenderQuota full = quota(3, Map.of());
		assertThat(RecommendationQuotaPolicy.counts(TrackKind.RECONFIRMATION)).isFalse();
		assertThat(RecommendationQuotaPolicy.check(full, TrackKind.RECONFIRMATION, 3, Map.of(TrackKind.REGULAR, 3))).isEmpty();
	}

	@Test
	void withoutAQuotaThereIsNoLimit() {
		assertThat(RecommendationQuotaPolicy.check(quota(null, Map.of()), TrackKind.REGULAR, 40, Map.of(TrackKind.REGULAR, 40)))
			.isEmpty();
	}

	@Test
	void aQuotaOfZeroRecommendsNothing() {
		assertThat(RecommendationQuotaPolicy.check(quota(0, Map.of()), TrackKind.REGULAR, 0, Map.of())).isPresent();
	}
}
