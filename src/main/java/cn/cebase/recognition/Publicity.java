package cn.cebase.recognition;

import java.time.Instant;
import java.time.LocalDate;

import cn.cebase.shared.BusinessException;

/**
 * 公示 of a call's results: from {@code startsOn} to {@code endsOn} inclusive anyone may object. A
 * period of zero days ends before it starts: the results go straight to recognition. Changes only
 * through its verbs: it starts once, and the call's bases are recognised once, after it is over.
 */
public record Publicity(long callId, int days, LocalDate startsOn, LocalDate endsOn, Instant startedAt,
		Instant recognizedAt) {

	/** The longest period an authority may set where its document sets none. */
	static final int MAX_DAYS = 60;

	/** The period starts today and runs {@code days} days (none for zero). */
	static Publicity start(long callId, int days, LocalDate today, Instant at) {
		if (days < 0 || days > MAX_DAYS) {
			throw BusinessException.invalidField("days", "publicity.daysRange", MAX_DAYS);
		}
		return new Publicity(callId, days, today, today.plusDays(days - 1L), at, null);
	}

	/** 认定: once, and only after the period is over. */
	Publicity recognize(LocalDate today, Instant at) {
		if (recognized()) {
			throw BusinessException.conflict("recognition.done");
		}
		if (!overOn(today)) {
			throw BusinessException.conflict("recognition.publicityRunning", endsOn.toString());
		}
		return new Publicity(callId, days, startsOn, endsOn, startedAt, at);
	}

	public boolean openOn(LocalDate day) {
		return days > 0 && !day.isBefore(startsOn) && !day.isAfter(endsOn);
	}

	public boolean overOn(LocalDate day) {
		return day.isAfter(endsOn);
	}

	public boolean recognized() {
		return recognizedAt != null;
	}
}
