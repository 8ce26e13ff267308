package cn.cebase.call;

import java.time.Instant;

/** 延期记录: one change of a call's deadline. */
public record DeadlineChange(Instant oldClosesAt, Instant newClosesAt, String reason, long changedBy, Instant changedAt) {
}
