package cn.cebase.evaluation;

/** An expert declined its seat on a panel, with its reason; its applications go to the next reserve, if any. */
public record PanelMemberDeclined(long panelId, long callId, long expertId, String reason) implements PanelMemberEvent {
}
