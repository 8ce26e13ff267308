package cn.cebase.evaluation;

import java.time.Instant;

/**
 * 评审意见汇总: what the panel's chair (组长) writes on one application once every sheet of the
 * panel is locked: the panel's opinion in words and its recommendation to the committee.
 */
public record ChairSummary(long panelId, long declarationId, Recommendation recommendation, String text,
		long expertId, String chairName, Instant writtenAt) {

	public static final int MAX_TEXT = 2000;

	public enum Recommendation {
		/** 建议认定. */
		RECOGNIZE,
		/** 建议不予认定. */
		NOT_RECOGNIZE,
		/** 建议实地考察后再定. */
		INSPECT_FIRST
	}
}
