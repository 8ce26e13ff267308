package cn.cebase.identity;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Timestamp;
import java.time.Instant;
import java.util.Arrays;
import java.util.EnumSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.stream.Collectors;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

@Repository
class UserAccounts {

	private static final String SELECT = "select u.*, o.name as organization_name, o.path as organization_path"
			+ " from user_account u join organization_paths o on o.id = u.organization_id";

	private final JdbcClient jdbc;

	UserAccounts(JdbcClient jdbc) {
		this.jdbc = jdbc;
	}

	record Row(UserAccount account, String passwordHash, String organizationPath) {
	}

	long insert(String username, String hash, String displayName, long organizationId, Set<Role> roles, String email,
			String phone, boolean mustChangePassword) {
		return jdbc.sql("insert into user_account (username, password_hash, display_name, organization_id, roles, email,"
				+ " phone, must_change_password) values (?,?,?,?,?,?,?,?) returning id")
			.params(username, hash, displayName, organizationId, encode(roles), email, phone, mustChangePassword)
			.query(Long.class)
			.single();
	}

	Optional<Row> findByUsername(String username) {
		return jdbc.sql(SELECT + " where lower(u.username) = lower(?)").param(username).query(UserAccounts::map).optional();
	}

	Optional<Row> findById(long id) {
		return jdbc.sql(SELECT + " where u.id = ?").param(id).query(UserAccounts::map).optional();
	}

	boolean usernameTaken(String username) {
		return jdbc.sql("select count(*) from user_account where lower(username) = lower(?)")
			.param(username)
			.query(Long.class)
			.single() > 0;
	}

	List<UserAccount> find(String text, String pathPrefix, int limit, int offset) {
		return jdbc.sql(SELECT + " where o.path like :prefix and (cast(:text as varchar) is null"
				+ " or u.username ilike '%' || :text || '%' or u.display_name like '%' || :text || '%')"
				+ " order by u.id limit :limit offset :offset")
			.param("prefix", pathPrefix)
			.param("text", text)
			.param("limit", limit)
			.param("offset", offset)
			.query((rs, n) -> map(rs, n).account())
			.list();
	}

	long count(String text, String pathPrefix) {
		return jdbc.sql("select count(*) from user_account u join organization_paths o on o.id = u.organization_id"
				+ " where o.path like :prefix and (cast(:text as varchar) is null"
				+ " or u.username ilike '%' || :text || '%' or u.display_name like '%' || :text || '%')")
			.param("prefix", pathPrefix)
			.param("text", text)
			.query(Long.class)
			.single();
	}

	List<Long> idsOf(long organizationId, Role role) {
		return jdbc.sql("select id from user_account where organization_id = ? and enabled"
				+ " and (',' || roles || ',') like ?")
			.params(organizationId, "%," + role.name() + ",%")
			.query(Long.class)
			.list();
	}

	void setEnabled(long id, boolean enabled) {
		jdbc.sql("update user_account set enabled = ?, version = version + 1 where id = ?").params(enabled, id).update();
	}

	void setPassword(long id, String hash, boolean mustChange) {
		jdbc.sql("update user_account set password_hash = ?, must_change_password = ?, failed_attempts = 0,"
				+ " locked_until = null, version = version + 1 where id = ?")
			.params(hash, mustChange, id)
			.update();
	}

	/**
	 * Counts one more attempt, locking when the count reaches the limit, unless the account is locked
	 * already. One statement: PostgreSQL re-checks the condition on a row another attempt has just
	 * updated, so concurrent attempts are counted one by one.
	 */
	boolean recordAttempt(long id, int maxAttempts, Instant now, Instant lockUntil) {
		return jdbc.sql("update user_account set failed_attempts = failed_attempts + 1,"
				+ " locked_until = case when failed_attempts + 1 >= ? then ? else locked_until end"
				+ " where id = ? and (locked_until is null or locked_until <= ?)")
			.params(maxAttempts, Timestamp.from(lockUntil), id, Timestamp.from(now))
			.update() == 1;
	}

	void unlock(long id) {
		jdbc.sql("update user_account set failed_attempts = 0, locked_until = null, version = version + 1 where id = ?")
			.param(id)
			.update();
	}

	void recordSuccess(long id) {
		jdbc.sql("update user_account set failed_attempts = 0, locked_until = null where id = ? and failed_attempts > 0")
			.param(id)
			.update();
	}

	static String encode(Set<Role> roles) {
		return roles.stream().map(Role::name).sorted().collect(Collectors.joining(","));
	}

	static Set<Role> decode(String roles) {
		Set<Role> set = EnumSet.noneOf(Role.class);
		Arrays.stream(roles.split(",")).filter(s -> !s.isBlank()).map(Role::valueOf).forEach(set::add);
		return set;
	}

	static Row map(ResultSet rs, int n) throws SQLException {
		Timestamp locked = rs.getTimestamp("locked_until");
		UserAccount account = new UserAccount(rs.getLong("id"), rs.getString("username"), rs.getString("display_name"),
				rs.getLong("organization_id"), rs.getString("organization_name"), decode(rs.getString("roles")),
				rs.getString("email"), rs.getString("phone"), rs.getBoolean("enabled"), rs.getInt("failed_attempts"),
				locked == null ? null : locked.toInstant(), rs.getBoolean("must_change_password"),
				rs.getTimestamp("created_at").toInstant());
		return new Row(account, rs.getString("password_hash"), rs.getString("organization_path"));
	}
}
