package cn.cebase.notification;

import java.sql.Timestamp;
import java.time.Clock;
import java.util.Arrays;
import java.util.List;

import cn.cebase.identity.CurrentUser;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/** The inbox of the signed-in user. */
@Service
@Transactional
public class Notifications {

	/** Arguments are joined with the unit separator, which no typed text contains. */
	private static final String SEPARATOR = "\u001f";

	private final JdbcClient jdbc;

	private final Clock clock;

	Notifications(JdbcClient jdbc, Clock clock) {
		this.jdbc = jdbc;
		this.clock = clock;
	}

	void send(long recipientId, String messageKey, String link, String... args) {
		jdbc.sql("insert into notification (recipient_id, message_key, args, link, created_at) values (?,?,?,?,?)")
			.params(recipientId, messageKey, String.join(SEPARATOR, args), link, Timestamp.from(clock.instant()))
			.update();
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
}
