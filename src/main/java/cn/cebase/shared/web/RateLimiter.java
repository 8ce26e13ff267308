package cn.cebase.shared.web;

import java.time.Duration;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.TimeUnit;
import java.util.function.LongSupplier;

/**
 * Fixed windows in memory, one per limit and client: a window opens with a client's first request and
 * admits the limit's number of requests until it ends. Ended windows are swept out now and then by the
 * requests themselves, so the map holds only the clients of the last window. Each node counts for itself;
 * with several nodes a client gets the limit once per node, which is still a limit.
 *
 * <p>Time is the monotonic {@link System#nanoTime()}, not the application's clock: a test that moves the
 * business date, or an adjusted wall clock, neither opens nor extends a window.
 */
final class RateLimiter {

	private static final long SWEEP_EVERY = TimeUnit.MINUTES.toNanos(1);

	private final ConcurrentHashMap<String, Window> windows = new ConcurrentHashMap<>();

	private final LongSupplier nanoTime;

	private volatile long nextSweep;

	RateLimiter() {
		this(System::nanoTime);
	}

	RateLimiter(LongSupplier nanoTime) {
		this.nanoTime = nanoTime;
		this.nextSweep = nanoTime.getAsLong() + SWEEP_EVERY;
	}

	/** What became of one request: admitted, or refused until the window ends. */
	record Decision(boolean admitted, Duration retryAfter) {

		/** Whole seconds, rounded up, as the Retry-After header takes them; at least one. */
		long retryAfterSeconds() {
			return Math.max(1, (retryAfter.toMillis() + 999) / 1000);
		}
	}

	/** Counts one request of {@code client} under the limit {@code name}. */
	Decision acquire(String name, String client, RateLimitProperties.Limit limit) {
		long now = nanoTime.getAsLong();
		sweepIfDue(now);
		long length = limit.window().toNanos();
		Window window = windows.compute(name + ' ' + client,
				(key, current) -> current == null || current.endedBy(now) ? new Window(now + length, 1) : current.counted());
		if (window.count() <= limit.requests()) {
			return new Decision(true, Duration.ZERO);
		}
		return new Decision(false, Duration.ofNanos(window.end() - now));
	}

	int clients() {
		return windows.size();
	}

	private void sweepIfDue(long now) {
		if (now - nextSweep < 0) {
			return;
		}
		nextSweep = now + SWEEP_EVERY;
		windows.values().removeIf(window -> window.endedBy(now));
	}

	/** A window's end and the requests counted in it (refused ones too, so that hammering does not pay). */
	private record Window(long end, int count) {

		boolean endedBy(long now) {
			return now - end >= 0;
		}

		Window counted() {
			return new Window(end, count == Integer.MAX_VALUE ? count : count + 1);
		}
	}
}
