package cn.cebase.notification;

import java.sql.Timestamp;
import java.time.Clock;
import java.util.Arrays;
import java.util.List;

import cn.cebase.identity.CurrentUser;
import cn.cebase.identity.IdentityManagement;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import org.springframework.beans.factory.ObjectProvider;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;
import org.springframework.transaction.support.TransactionSynchronization;
import org.springframework.transaction.support.TransactionSynchronizationManager;

/** The inbox of the signed-in user, and a copy by e-mail to those who gave an address when mail is configured. */
@Service
@Transactional
public class Notifications {

	private static final Logger log = LoggerFactory.getLogger(Notifications.class);

	/** Arguments are joined with the unit separator, which no typed text contains. */
	private static final String SEPARATOR = "\u001f";

	private final JdbcClient jdbc;

	private final Clock clock;

	private final IdentityManagement identity;

	private final ObjectProvider<NotificationMail> mail;

	Notifications(JdbcClient jdbc, Clock clock, IdentityManagement identity, ObjectProvider<NotificationMail> mail) {
		this.jdbc = jdbc;
		this.clock = clock;
		this.identity = identity;
		this.mail = mail;
	}

	/**
	 * Stores the message; when mail is configured and the recipient has an address, also mails it
	 * once the message is committed, so that a mail is never sent for a message that was not kept
	 * and a mail server's trouble never reaches the caller.
	 */
	void send(long recipientId, String messageKey, String link, String... args) {
		jdbc.sql("insert into notification (recipient_id, message_key, args, link, created_at) values (?,?,?,?,?)")
			.params(recipientId, messageKey, String.join(SEPARATOR, args), link, Timestamp.from(clock.instant()))
			.update();
		mail.ifAvailable(out -> identity.emailOf(recipientId).ifPresent(address -> afterCommit(
				() -> out.deliver(recipientId, address, messageKey, link, Arrays.asList(args)))));
	}

	@Transactional(readOnly = true)
	public List<Notification> recent(CurrentUser user, int limit) {
		return jdbc.sql("select * from notification where recipient_id = ? order by created_at desc, id desc limit ?")
			.params(user.id(), limit)
			.query((rs, n) -> {
				String args = rs.getString("args");
				Timestamp read = rs.getTimestamp("read_at");
				return new Notification(rs.getLong("id"), rs.getString("message_key"),
						args.isEmpty() ? List.of() : Arrays.asList(args.split(SEPARATOR, -1)), rs.getString("link"),
						rs.getTimestamp("created_at").toInstant(), read == null ? null : read.toInstant());
			})
			.list();
	}

	@Transactional(readOnly = true)
	public long unreadCount(CurrentUser user) {
		return jdbc.sql("select count(*) from notification where recipient_id = ? and read_at is null")
			.param(user.id())
			.query(Long.class)
			.single();
	}

	/** Marks the user's own messages read; other users' ids are ignored, not refused, since they change nothing. */
	public void markAllRead(CurrentUser user) {
		jdbc.sql("update notification set read_at = ? where recipient_id = ? and read_at is null")
			.params(Timestamp.from(clock.instant()), user.id())
			.update();
	}

	/** Runs the mail hand-over once the transaction has committed; nothing it throws reaches the caller. */
	private static void afterCommit(Runnable handOver) {
		Runnable safely = () -> {
			try {
				handOver.run();
			}
			catch (RuntimeException ex) {
				log.warn("Could not hand a notification over to mail: {}", ex.toString());
			}
		};
		if (TransactionSynchronizationManager.isSynchronizationActive()) {
			TransactionSynchronizationManager.registerSynchronization(new TransactionSynchronization() {
				@Override
				public void afterCommit() {
					safely.run();
				}
			});
		}
		else {
			safely.run();
		}
	}
}
