package cn.cebase.document;

/** A file as stored: its id, fingerprint, size and the type read from its content. */
public record StoredFile(long id, String sha256, long size, String mediaType) {
}
