package cn.cebase.evaluation;

import java.math.BigDecimal;

/**
 * What the committee reads on one accepted application before it decides: the combined score and
 * rank from the locked sheets, whether an expert vetoed it, the chair's summary and the site
 * inspection's conclusion. The strings that name a choice carry the enum's name, so that a page
 * can show them through the bundles: {@code track} a {@code policy.TrackKind}
 * ({@code policy.track.*}), {@code chairRecommendation} a {@link ChairSummary.Recommendation}
 * ({@code panel.chairSummary.recommendation.*}), {@code inspectionConclusion} an
 * {@link Inspection.Conclusion} ({@code inspection.conclusion.*}); each null when there is none yet.
 */
public record CommitteeBrief(long declarationId, String institutionName, BigDecimal score, Integer rank, String track,
		boolean vetoed, String chairRecommendation, String chairSummary, String inspectionConclusion,
		String inspectionText) {
}
