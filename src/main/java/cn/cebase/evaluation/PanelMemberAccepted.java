package cn.cebase.evaluation;

/** An expert drawn for a panel (or called in from its reserves) accepted. */
public record PanelMemberAccepted(long panelId, long callId, long expertId) implements PanelMemberEvent {
}
