package cn.cebase.shared;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneId;
import java.util.concurrent.atomic.AtomicReference;

/**
 * The application's one clock: the real time, plus an offset that only the default mode's demo
 * world (to build its past through the services, not by rewriting dates in SQL) and the tests move.
 * In production ({@code cebase.clock.movable=false}) it cannot be moved at all.
 */
public final class MovableClock extends Clock {

	private final ZoneId zone;

	private final AtomicReference<Duration> offset;

	private final Clock system;

	private final boolean movable;

	MovableClock(ZoneId zone, boolean movable) {
		this(zone, new AtomicReference<>(Duration.ZERO), movable);
	}

	private MovableClock(ZoneId zone, AtomicReference<Duration> offset, boolean movable) {
		this.zone = zone;
		this.offset = offset;
		this.movable = movable;
		this.system = Clock.system(zone);
	}

	/** Moves the clock forward (or back, with a negative amount); it keeps running from there. */
	public void advance(Duration amount) {
		if (!movable) {
			throw new IllegalStateException("The clock of a production run cannot be moved");
		}
		offset.updateAndGet(d -> d.plus(amount));
	}

	/** Puts the clock at {@code instant}, from where it runs on. */
	public void travelTo(Instant instant) {
		advance(Duration.between(instant(), instant));
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
		return new MovableClock(other, offset, movable);
	}
}
