package cn.cebase.evaluation;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.math.BigDecimal;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.Set;

import cn.cebase.shared.BusinessException;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;

/**
 * A score sheet goes DRAFT → SAVED (暂存, as often as the expert likes, every change kept) → LOCKED
 * (提交评分, once every criterion is scored). Every verb from every status: allowed where the table
 * says so, refused with a conflict everywhere else, nothing changed on a refusal.
 */
class ScoreSheetTests {

	private static final Instant NOW = Instant.parse("2026-12-03T02:00:00Z");

	/** Two criteria: 师资队伍 (max 40, weight 1), 信用情况 (max 10, weight 2, a veto item). */
	private static final Rubric RUBRIC = new Rubric(5, Rubric.Aggregation.TRIMMED_MEAN,
			List.of(new Rubric.Criterion(1, "师资队伍", new BigDecimal("40"), BigDecimal.ONE, false, "闽人社发〔2024〕5号 第二十条"),
					new Rubric.Criterion(2, "信用情况", BigDecimal.TEN, new BigDecimal("2"), true, "闽人社发〔2024〕5号 第二十条")));

	private static ScoreSheet in(SheetStatus status) {
		return switch (status) {
			case DRAFT -> ScoreSheet.draft(3, 7, 11);
			case SAVED -> new ScoreSheet(3, 7, 11, fullLines(), "良好", null);
			case LOCKED -> new ScoreSheet(3, 7, 11, fullLines(), "良好", NOW.minusSeconds(3600));
		};
	}

	private static List<ScoreSheetView.Line> fullLines() {
		return List.of(new ScoreSheetView.Line(1, new BigDecimal("30"), false, null),
				new ScoreSheetView.Line(2, new BigDecimal("8"), false, null));
	}

	private static ScoreInput points(String first, String second) {
		return new ScoreInput(Map.of(1, new BigDecimal(first), 2, new BigDecimal(second)), Map.of(1, " 扎实 "), Set.of(),
				" 总体良好 ");
	}

	@ParameterizedTest
	@EnumSource(SheetStatus.class)
	void scoringSavesTheSheetUnlessItIsLocked(SheetStatus from) {
		ScoreSheet sheet = in(from);
		if (from.canBecome(SheetStatus.SAVED)) {
			sheet.score(RUBRIC, points("35", "9"), NOW);
			assertThat(sheet.status()).isEqualTo(SheetStatus.SAVED);
			assertThat(sheet.lines()).extracting(ScoreSheetView.Line::points)
				.usingElementComparator(BigDecimal::compareTo)
				.containsExactly(new BigDecimal("35"), new BigDecimal("9"));
			assertThat(sheet.lines().get(0).comment()).isEqualTo("扎实");
			assertThat(sheet.comment()).isEqualTo("总体良好");
			assertThat(sheet.pendingChanges()).hasSize(2).allSatisfy(c -> assertThat(c.at()).isEqualTo(NOW));
			assertThat(sheet.pendingEvents()).singleElement()
				.isEqualTo(new ScoresChanged(3, 7, 11, List.of(1, 2)));
		}
		else {
			assertThatThrownBy(() -> sheet.score(RUBRIC, points("35", "9"), NOW)).as("score from " + from)
				.isInstanceOfSatisfying(BusinessException.class, ex -> {
					assertThat(ex.kind()).isEqualTo(BusinessException.Kind.CONFLICT);
					assertThat(ex.messageKey()).isEqualTo("score.locked");
				});
			assertUnchanged(sheet, from);
		}
	}

	@ParameterizedTest
	@EnumSource(SheetStatus.class)
	void lockingNeedsASavedSheetWithEveryCriterionScored(SheetStatus from) {
		ScoreSheet sheet = in(from);
		if (from == SheetStatus.SAVED) {
			sheet.lock(RUBRIC, NOW);
			assertThat(sheet.status()).isEqualTo(SheetStatus.LOCKED);
			assertThat(sheet.lockedAt()).isEqualTo(NOW);
			// Σ points × weight: 30 × 1 + 8 × 2
			assertThat(sheet.pendingEvents()).singleElement()
				.isInstanceOfSatisfying(ScoreSheetLocked.class, e -> {
					assertThat(e.declarationId()).isEqualTo(11);
					assertThat(e.total()).isEqualByComparingTo("46");
					assertThat(e.lockedAt()).isEqualTo(NOW);
				});
			assertThat(sheet.pendingChanges()).isEmpty();
		}
		else {
			String refusal = from == SheetStatus.LOCKED ? "score.locked" : "score.incomplete";
			assertThatThrownBy(() -> sheet.lock(RUBRIC, NOW)).as("lock from " + from)
				.isInstanceOfSatisfying(BusinessException.class, ex -> {
					assertThat(ex.kind()).isEqualTo(BusinessException.Kind.CONFLICT);
					assertThat(ex.messageKey()).isEqualTo(refusal);
				});
			assertUnchanged(sheet, from);
		}
	}

	@Test
	void theStatusTableHasLockedAsItsOnlyEnd() {
		assertThat(SheetStatus.DRAFT.canBecome(SheetStatus.SAVED)).isTrue();
		assertThat(SheetStatus.DRAFT.canBecome(SheetStatus.LOCKED)).isFalse();
		assertThat(SheetStatus.SAVED.canBecome(SheetStatus.SAVED)).isTrue();
		assertThat(SheetStatus.SAVED.canBecome(SheetStatus.LOCKED)).isTrue();
		assertThat(SheetStatus.SAVED.canBecome(SheetStatus.DRAFT)).isFalse();
		for (SheetStatus next : SheetStatus.values()) {
			assertThat(SheetStatus.LOCKED.canBecome(next)).as("LOCKED → " + next).isFalse();
		}
	}

	@Test
	void aSheetWithACriterionUnscoredCannotBeLocked() {
		ScoreSheet sheet = in(SheetStatus.DRAFT);
		sheet.score(RUBRIC, new ScoreInput(Map.of(1, new BigDecimal("30")), null, null, null), NOW);
		assertThat(sheet.status()).isEqualTo(SheetStatus.SAVED);
		assertThat(sheet.total(RUBRIC)).isNull();
		assertThatThrownBy(() -> sheet.lock(RUBRIC, NOW)).isInstanceOfSatisfying(BusinessException.class,
				ex -> assertThat(ex.messageKey()).isEqualTo("score.incomplete"));
		assertThat(sheet.lockedAt()).isNull();
	}

	@Test
	void pointsStayWithinEachCriterionsMaximumAndVetoesOnVetoItems() {
		// the boundary passes: 0 and the maximum itself
		ScoreSheet bounds = in(SheetStatus.SAVED);
		bounds.score(RUBRIC, points("40", "0"), NOW);
		assertThat(bounds.total(RUBRIC)).isEqualByComparingTo("40");

		ScoreSheet sheet = in(SheetStatus.SAVED);
		ScoreInput wrong = new ScoreInput(Map.of(1, new BigDecimal("40.5"), 2, new BigDecimal("-1"), 9, BigDecimal.ONE),
				Map.of(1, "长".repeat(ScoreSheet.MAX_REMARK + 1)), Set.of(1), "长".repeat(ScoreSheet.MAX_COMMENT + 1));
		assertThatThrownBy(() -> sheet.score(RUBRIC, wrong, NOW)).isInstanceOfSatisfying(BusinessException.class, ex -> {
			assertThat(ex.kind()).isEqualTo(BusinessException.Kind.INVALID);
			assertThat(ex.details()).extracting(BusinessException::field)
				.containsExactlyInAnyOrder("points[1]", "points[2]", "points[9]", "vetoes", "comments[1]", "comment");
			assertThat(ex.details()).filteredOn(e -> "points[1]".equals(e.field()))
				.singleElement()
				.satisfies(e -> {
					assertThat(e.messageKey()).isEqualTo("score.aboveMaximum");
					assertThat(e.args()).containsExactly("师资队伍", "40");
				});
		});
		assertUnchanged(sheet, SheetStatus.SAVED);
	}

	@Test
	void aVetoIsAChangeKeptLikePoints() {
		ScoreSheet sheet = in(SheetStatus.SAVED);
		sheet.score(RUBRIC, new ScoreInput(Map.of(1, new BigDecimal("30"), 2, new BigDecimal("8")), null, Set.of(2), null),
				NOW);
		assertThat(sheet.pendingChanges()).singleElement().satisfies(c -> {
			assertThat(c.seq()).isEqualTo(2);
			assertThat(c.oldVetoed()).isFalse();
			assertThat(c.newVetoed()).isTrue();
			assertThat(c.oldPoints()).isEqualByComparingTo(c.newPoints());
		});
		assertThat(sheet.view("王专家").vetoed()).isTrue();
	}

	@Test
	void savingTheSameScoresAgainKeepsNoChangeAndRegistersNothing() {
		ScoreSheet sheet = in(SheetStatus.SAVED);
		sheet.score(RUBRIC, new ScoreInput(Map.of(1, new BigDecimal("30.0"), 2, new BigDecimal("8")), null, null, "另写意见"),
				NOW);
		assertThat(sheet.pendingChanges()).isEmpty();
		assertThat(sheet.pendingEvents()).isEmpty();
		assertThat(sheet.comment()).isEqualTo("另写意见");
	}

	@Test
	void theFirstScoringOfACriterionHasNoOldVeto() {
		ScoreSheet sheet = in(SheetStatus.DRAFT);
		sheet.score(RUBRIC, points("35", "9"), NOW);
		assertThat(sheet.pendingChanges()).allSatisfy(c -> {
			assertThat(c.oldPoints()).isNull();
			assertThat(c.oldVetoed()).isNull();
		});
	}

	private static void assertUnchanged(ScoreSheet sheet, SheetStatus status) {
		assertThat(sheet.status()).isEqualTo(status);
		assertThat(sheet.lines()).isEqualTo(in(status).lines());
		assertThat(sheet.comment()).isEqualTo(in(status).comment());
		assertThat(sheet.lockedAt()).isEqualTo(in(status).lockedAt());
		assertThat(sheet.pendingChanges()).isEmpty();
		assertThat(sheet.pendingEvents()).isEmpty();
	}

}
