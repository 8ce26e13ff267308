package cn.cebase.evaluation;

import java.util.Map;
import java.util.Set;

/**
 * Where a panel stands for its chair: how many of the sheets it owes are locked (an application a
 * member declared a conflict with owes none from that member; a member who has not yet answered
 * or declared still owes one), and the summaries written so far, by application.
 */
public record ChairProgress(long panelId, int sheetsLocked, int sheetsExpected, Map<Long, ChairSummary> summaries,
		Set<Long> decidedOn) {

	/** The committee decided on the application: its summary stands and is only read. */
	public boolean decided(long declarationId) {
		return decidedOn.contains(declarationId);
	}

	/** Every sheet locked: the chair may write. */
	public boolean ready() {
		return sheetsExpected > 0 && sheetsLocked == sheetsExpected;
	}

	public int sheetsOpen() {
		return sheetsExpected - sheetsLocked;
	}
}
