package cn.cebase.evaluation;

/**
 * 指定组长: the call's authority designated an accepted member as the panel's chair;
 * {@code previousChairId} is null for the first chair.
 */
public record PanelChairDesignated(long panelId, long callId, long expertId, Long previousChairId)
		implements PanelMemberEvent {
}
