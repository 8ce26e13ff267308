package cn.cebase.evaluation;

import java.math.BigDecimal;
import java.time.Instant;

/** 提交评分: an expert locked its sheet on an application, with its total under the rubric (Σ points × weight). */
public record ScoreSheetLocked(long panelId, long expertId, long declarationId, BigDecimal total, Instant lockedAt) implements ScoreSheetEvent {
}
