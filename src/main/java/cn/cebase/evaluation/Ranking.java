package cn.cebase.evaluation;

import java.math.BigDecimal;
import java.util.List;

import cn.cebase.policy.TrackKind;

/**
 * 评审结果: an application's combined score from the locked sheets, whether any expert invoked a
 * veto, and its rank within its track (vetoed ones are not ranked).
 */
public record Ranking(long declarationId, String institutionName, TrackKind track, int sheets, int locked,
		List<BigDecimal> totals, BigDecimal score, boolean vetoed, Integer rank) {
}
