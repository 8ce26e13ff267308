package cn.cebase.call;

import java.time.LocalDate;
import java.util.Optional;

/**
 * Whether a call's results went to publicity (公示), so that the call's public page leads to the
 * list the public may object to. The recognition module answers; the call module cannot depend on it.
 */
public interface CallPublicity {

	/** The call's publicity, once it started. */
	Optional<Period> of(long callId);

	/**
	 * From {@code startsOn} to {@code endsOn} inclusive; {@code days} zero when the results went
	 * to recognition without a period. {@code open} while anyone may object.
	 */
	record Period(int days, LocalDate startsOn, LocalDate endsOn, boolean open) {
	}
}
