package cn.cebase.evaluation;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.Instant;
import java.util.ArrayList;
import java.util.List;

import cn.cebase.policy.TrackKind;
import cn.cebase.review.AcceptedApplication;
import cn.cebase.shared.BusinessException;

import org.junit.jupiter.api.Test;

/** 抽取专家 and 回避 as a pure function of the pool, the applications and the seed. */
class PanelDrawTests {

	static Expert expert(long id, String employer, String region, String... fields) {
		return new Expert(id, 1, 100 + id, "zj" + id, "专家" + id, employer, null, region, "工程系列", TitleLevel.SENIOR,
				List.of(fields), "1380000000" + id, null, true, Instant.EPOCH);
	}

	static final AcceptedApplication SCHOOL = new AcceptedApplication(1, "吉林化工学院", "12220000MB0A12345", "220203",
			TrackKind.REGULAR, "智能制造", List.of("吉林市卫生健康委员会", "吉林市人力资源和社会保障局"));

	static List<Expert> pool(int n) {
		List<Expert> pool = new ArrayList<>();
		for (int i = 1; i <= n; i++) {
			pool.add(expert(i, "长春大学" + i, "220102", "智能制造", "继续教育"));
		}
		return pool;
	}

	@Test
	void theSameSeedDrawsTheSamePanelAndAnotherSeedUsuallyNot() {
		var a = PanelDraw.draw(pool(20), List.of(SCHOOL), null, false, 5, 2, 42L);
		var b = PanelDraw.draw(pool(20), List.of(SCHOOL), null, false, 5, 2, 42L);
		var c = PanelDraw.draw(pool(20), List.of(SCHOOL), null, false, 5, 2, 43L);
		assertThat(a.members()).isEqualTo(b.members());
		assertThat(a.reserves()).isEqualTo(b.reserves()).hasSize(2).doesNotContainAnyElementsOf(a.members());
		assertThat(c.members()).isNotEqualTo(a.members());
		// the order the pool arrives in does not matter: it is sorted by id first
		List<Expert> reversed = new ArrayList<>(pool(20));
		java.util.Collections.reverse(reversed);
		assertThat(PanelDraw.draw(reversed, List.of(SCHOOL), null, false, 5, 2, 42L).members()).isEqualTo(a.members());
	}

	@Test
	void expertsFromTheApplicantItsRouteOrItsCityStandAside() {
		List<Expert> pool = new ArrayList<>(pool(4));
		pool.add(expert(10, "吉林化工学院", "220203", "智能制造"));
		pool.add(expert(11, "吉林市卫生健康委员会", "220202", "智能制造"));
		pool.add(expert(12, "北华大学", "220204", "智能制造"));
		pool.add(expert(13, "吉林大学", "220102", "卫生健康"));
		var result = PanelDraw.draw(pool, List.of(SCHOOL), "智能制造", true, 4, 0, 7L);
		assertThat(result.excluded()).containsEntry(10L, "panel.excluded.applicant")
			.containsEntry(11L, "panel.excluded.recommender")
			.containsEntry(12L, "panel.excluded.region")
			.containsEntry(13L, "panel.excluded.field");
		assertThat(result.members()).extracting(Expert::id).containsExactlyInAnyOrder(1L, 2L, 3L, 4L);
		// without the same-city rule, the 北华大学 expert may sit
		assertThat(PanelDraw.draw(pool, List.of(SCHOOL), "智能制造", false, 4, 0, 7L).candidates()).isEqualTo(5);
	}

	@Test
	void tooFewEligibleExpertsIsRefusedWithBothNumbers() {
		assertThatThrownBy(() -> PanelDraw.draw(pool(3), List.of(SCHOOL), null, false, 5, 2, 1L))
			.isInstanceOfSatisfying(BusinessException.class, ex -> {
				assertThat(ex.messageKey()).isEqualTo("panel.notEnoughExperts");
				assertThat(ex.args()).containsExactly(5, 3);
			});
		// fewer reserves than asked is not an error: the draw takes what is left
		assertThat(PanelDraw.draw(pool(6), List.of(SCHOOL), null, false, 5, 3, 1L).reserves()).hasSize(1);
	}
}
