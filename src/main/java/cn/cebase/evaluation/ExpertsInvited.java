package cn.cebase.evaluation;

import java.util.List;

/** Experts were drawn (or stepped in from the reserves) for a panel and are asked to accept. */
public record ExpertsInvited(long panelId, long callId, List<Long> userIds) {
}
