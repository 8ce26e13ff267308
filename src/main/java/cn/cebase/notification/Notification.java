package cn.cebase.notification;

import java.time.Instant;
import java.util.List;

/** A message to one user, rendered from {@code messageKey} with {@code args}. */
public record Notification(long id, String messageKey, List<String> args, String link, Instant createdAt, Instant readAt) {

	public boolean unread() {
		return readAt == null;
	}

	public Object[] argsArray() {
		return args.toArray();
	}
}
