package cn.cebase.recognition;

import java.time.Instant;
import java.time.LocalDate;

/**
 * 公示 of a call's results: from {@code startsOn} to {@code endsOn} inclusive anyone may object. A
 * period of zero days ends before it starts: the results go straight to recognition.
 */
public record Publicity(long callId, int days, LocalDate startsOn, LocalDate endsOn, Instant startedAt,
		Instant recognizedAt) {

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
