package cn.cebase.call;

/** 附件 of a call's notice. */
public record CallAttachment(long fileId, String name, long size, String mediaType) {
}
