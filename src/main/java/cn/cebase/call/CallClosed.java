package cn.cebase.call;

/** A call reached its deadline: no submission is accepted any more. */
public record CallClosed(long callId, String title, long authorityId) {
}
