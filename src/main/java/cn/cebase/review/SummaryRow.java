package cn.cebase.review;

import java.time.Instant;

import cn.cebase.policy.TrackKind;

/**
 * One line of the 申报汇总表 that goes with the 推荐函 (SD 三(二)): which applicant, recommended
 * by whom and in which place, with what it declared. {@code trainees} is the JSON list as declared.
 */
public record SummaryRow(long declarationId, int rank, String recommenderName, String institutionName, String creditCode,
		String institutionType, String regionCode, TrackKind track, String keyField, String trainees, String contactName,
		String contactPhone, Instant recommendedAt, String status) {
}
