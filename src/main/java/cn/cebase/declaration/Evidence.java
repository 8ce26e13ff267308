package cn.cebase.declaration;

import java.time.Instant;

/** 佐证材料: one file attached to a section of the form, with its fingerprint. */
public record Evidence(long id, String section, long fileId, String name, long size, String mediaType, String sha256,
		Instant uploadedAt) {
}
