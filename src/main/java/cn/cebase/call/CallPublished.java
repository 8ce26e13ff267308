package cn.cebase.call;

/** A call was published: institutions may now apply. */
public record CallPublished(long callId, String title, long authorityId) {
}
