package cn.cebase;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneId;
import java.util.concurrent.atomic.AtomicReference;

/**
 * The application's one clock in tests: the real time plus an offset that a test moves forward
 * (a publicity period runs out, a ban ends) instead of moving the records' dates back by SQL.
 * {@link ClockReset} puts it back after every test, so one test's future never leaks into the next.
 */
public final class MovableClock extends Clock {

	private final ZoneId zone;

	private final AtomicReference<Duration> offset;

	private final Clock system;

	MovableClock(ZoneId zone) {
		this(zone, new AtomicReference<>(Duration.ZERO));
	}

	private MovableClock(ZoneId zone, AtomicReference<Duration> offset) {
		this.zone = zone;
		this.offset = offset;
		this.system = Clock.system(zone);
	}

	/** Moves the clock forward (or back, with a negative amount) and keeps it running from there. */
	public void advance(Duration amount) {
		offset.updateAndGet(d -> d.plus(amount));
	}

	/** Back to the real time. */
	public void reset() {
		offset.set(Duration.ZERO);
	}

	@Override
	public Instant instant() {
		return system.instant().plus(offset.get());
	}

	@Override
	public ZoneId getZone() {
		return zone;
	}

	@Override
	public Clock withZone(ZoneId other) {
		// shares the offset: a moved clock stays moved in every zone
		return new MovableClock(other, offset);
	}
}
