package cn.cebase.evaluation;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import cn.cebase.policy.TrackKind;
import cn.cebase.review.AcceptedApplication;

/**
 * 评审结果 as a rule: per application, the locked sheets' totals combined by the rubric's
 * aggregation ({@link #combine}), a veto by any expert, and the rank within the track by the
 * combined score; a vetoed application, or one with no locked sheet, is not ranked.
 */
final class TrackRanking {

	private TrackRanking() {
	}

	/** The applications in the order of their tracks as first met, each track best first, with their ranks. */
	static List<Ranking> rank(Rubric rubric, List<AcceptedApplication> applications, List<ScoreSheetView> sheets) {
		List<Ranking> unranked = new ArrayList<>();
		for (AcceptedApplication a : applications) {
			List<ScoreSheetView> mine = sheets.stream().filter(s -> s.declarationId() == a.declarationId()).toList();
			List<ScoreSheetView> locked = mine.stream().filter(ScoreSheetView::locked).toList();
			List<BigDecimal> totals = locked.stream().map(s -> s.total(rubric)).sorted().toList();
			boolean vetoed = locked.stream().anyMatch(ScoreSheetView::vetoed);
			unranked.add(new Ranking(a.declarationId(), a.institutionName(), a.track(), mine.size(), locked.size(), totals,
					combine(totals, rubric.aggregation()), vetoed, null));
		}
		List<Ranking> result = new ArrayList<>();
		Map<TrackKind, List<Ranking>> byTrack = new LinkedHashMap<>();
		unranked.forEach(r -> byTrack.computeIfAbsent(r.track(), t -> new ArrayList<>()).add(r));
		for (List<Ranking> track : byTrack.values()) {
			List<Ranking> ordered = new ArrayList<>(track);
			ordered.sort(Comparator.comparing((Ranking r) -> r.vetoed() || r.score() == null)
				.thenComparing(Ranking::score, Comparator.nullsLast(Comparator.reverseOrder())));
			int rank = 0;
			for (Ranking r : ordered) {
				boolean ranked = !r.vetoed() && r.score() != null;
				result.add(new Ranking(r.declarationId(), r.institutionName(), r.track(), r.sheets(), r.locked(), r.totals(),
						r.score(), r.vetoed(), ranked ? ++rank : null));
			}
		}
		return result;
	}

	/** Mean of the totals, or with three or more under TRIMMED_MEAN, the mean without one highest and one lowest. */
	static BigDecimal combine(List<BigDecimal> sortedTotals, Rubric.Aggregation aggregation) {
		if (sortedTotals.isEmpty()) {
			return null;
		}
		List<BigDecimal> counted = aggregation == Rubric.Aggregation.TRIMMED_MEAN && sortedTotals.size() >= 3
				? sortedTotals.subList(1, sortedTotals.size() - 1) : sortedTotals;
		return counted.stream()
			.reduce(BigDecimal.ZERO, BigDecimal::add)
			.divide(BigDecimal.valueOf(counted.size()), 2, RoundingMode.HALF_UP);
	}
}
