package cn.cebase.evaluation;

import java.util.List;

/** A reserve was called in for a member who declined or declared a conflict, and given these applications. */
public record ReserveCalledIn(long panelId, long callId, long expertId, List<Long> declarationIds) implements PanelMemberEvent {
}
