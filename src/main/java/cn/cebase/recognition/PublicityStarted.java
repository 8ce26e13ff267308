package cn.cebase.recognition;

import java.time.LocalDate;

/** 公示 of a call's results began: anyone may object from {@code startsOn} to {@code endsOn} inclusive. */
public record PublicityStarted(long callId, int days, LocalDate startsOn, LocalDate endsOn) {
}
