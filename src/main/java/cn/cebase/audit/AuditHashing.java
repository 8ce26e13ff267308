package cn.cebase.audit;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.time.temporal.ChronoUnit;
import java.util.HexFormat;

/** SHA-256 over the previous hash and every field of the row, in a fixed order with explicit separators. */
final class AuditHashing {

	static final String GENESIS = "0".repeat(64);

	private AuditHashing() {
	}

	static String hash(String prevHash, long id, java.time.Instant occurredAt, Long actorId, String actorName, Long orgId,
			String remoteAddr, String action, String targetType, String targetId, String changes, String reason) {
		StringBuilder content = new StringBuilder();
		for (Object part : new Object[] { prevHash, id, occurredAt.truncatedTo(ChronoUnit.MICROS).toString(), actorId,
				actorName, orgId, remoteAddr, action, targetType, targetId, changes, reason }) {
			String text = part == null ? "\u2400" : part.toString();
			content.append(text.length()).append(':').append(text).append('\u001f');
		}
		try {
			return HexFormat.of()
				.formatHex(MessageDigest.getInstance("SHA-256").digest(content.toString().getBytes(StandardCharsets.UTF_8)));
		}
		catch (NoSuchAlgorithmException ex) {
			throw new IllegalStateException(ex);
		}
	}

	static String hash(AuditEvent e) {
		return hash(e.prevHash(), e.id(), e.occurredAt(), e.actorId(), e.actorName(), e.orgId(), e.remoteAddr(), e.action(),
				e.targetType(), e.targetId(), e.changes(), e.reason());
	}
}
