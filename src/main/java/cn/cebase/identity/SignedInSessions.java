package cn.cebase.identity;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

/**
 * The users' sessions, which Spring Session keeps in PostgreSQL for every node (spring_session, its schema in
 * db/migration/identity). Ending a user's sessions deletes their rows in the caller's transaction: the next
 * request of that session, on whichever node, finds none and is anonymous.
 */
@Repository
class SignedInSessions {

	private final JdbcClient jdbc;

	SignedInSessions(JdbcClient jdbc) {
		this.jdbc = jdbc;
	}

	/** Ends every session of the user; how many there were. */
	int endAllOf(String username) {
		return jdbc.sql("delete from spring_session where principal_name = ?").param(username).update();
	}
}
