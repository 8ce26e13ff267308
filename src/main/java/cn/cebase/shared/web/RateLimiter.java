package cn.cebase.shared.web;

import java.sql.Timestamp;
import java.time.Duration;
import java.time.Instant;
import java.time.InstantSource;

import org.springframework.jdbc.core.simple.JdbcClient;

/**
 * Fixed windows in PostgreSQL, one per limit and client, so that every node counts against the same
 * allowance: a window opens with a client's first request and admits the limit's number of requests until it
 * ends. One upsert counts a request and answers the count and the window's end, so two nodes counting at the
 * same moment cannot both take the last request. Ended windows are swept out now and then by the requests
 * themselves, so the table holds only the clients of the last window.
 *
 * <p>Time is the system's, not the application's clock: a test that moves the business date neither opens nor
 * extends a window. Nodes' clocks differ by the milliseconds NTP leaves, which shift a window's end by as much.
 */
final class RateLimiter {

	private static final Duration SWEEP_EVERY = Duration.ofMinutes(1);

	private final JdbcClient jdbc;

	private final InstantSource time;

	private volatile Instant nextSweep;

	RateLimiter(JdbcClient jdbc) {
		this(jdbc, InstantSource.system());
	}

	RateLimiter(JdbcClient jdbc, InstantSource time) {
		this.jdbc = jdbc;
		this.time = time;
		this.nextSweep = time.instant().plus(SWEEP_EVERY);
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
		Instant now = time.instant();
		sweepIfDue(now);
		// refused requests count too, so that hammering does not pay; the count stops short of overflowing
		Window window = jdbc.sql("""
				insert into rate_limit_window (name, client, ends_at, requests) values (:name, :client, :ends, 1)
				on conflict (name, client) do update set
				    ends_at = case when rate_limit_window.ends_at <= :now then excluded.ends_at else rate_limit_window.ends_at end,
				    requests = case when rate_limit_window.ends_at <= :now then 1
				                    else least(rate_limit_window.requests, 2147483646) + 1 end
				returning ends_at, requests""")
			.param("name", name)
			.param("client", client)
			.param("ends", Timestamp.from(now.plus(limit.window())))
			.param("now", Timestamp.from(now))
			.query((rs, n) -> new Window(rs.getTimestamp("ends_at").toInstant(), rs.getInt("requests")))
			.single();
		if (window.count() <= limit.requests()) {
			return new Decision(true, Duration.ZERO);
		}
		return new Decision(false, Duration.between(now, window.end()));
	}

	/** The clients with a window under the limit {@code name}, ended or not. */
	int clients(String name) {
		return jdbc.sql("select count(*) from rate_limit_window where name = ?").param(name).query(Integer.class).single();
	}

	private void sweepIfDue(Instant now) {
		if (now.isBefore(nextSweep)) {
			return;
		}
		nextSweep = now.plus(SWEEP_EVERY);
		jdbc.sql("delete from rate_limit_window where ends_at <= ?").param(Timestamp.from(now)).update();
	}

	private record Window(Instant end, int count) {
	}
}
