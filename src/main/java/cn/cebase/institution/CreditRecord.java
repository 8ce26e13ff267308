package cn.cebase.institution;

import java.time.Instant;
import java.time.LocalDate;

/** 不良信用记录 (FJ Art. 7(6)). */
public record CreditRecord(long id, CreditRecordKind kind, LocalDate occurredOn, String source, String note,
		long recordedBy, String recordedByName, Instant recordedAt) {
}
