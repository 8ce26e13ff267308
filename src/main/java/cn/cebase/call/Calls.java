package cn.cebase.call;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Timestamp;
import java.time.Instant;
import java.util.Arrays;
import java.util.List;
import java.util.Optional;
import java.util.stream.Collectors;

import cn.cebase.policy.TrackKind;

import org.springframework.dao.OptimisticLockingFailureException;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

/** The calls' rows; an update names the version it read, so two decisions cannot both win. */
@Repository
class Calls {

	/** Separates list items in one column; no title, field or hint contains it. */
	private static final String SEPARATOR = "\u001f";

	private final JdbcClient jdbc;

	Calls(JdbcClient jdbc) {
		this.jdbc = jdbc;
	}

	long insert(Call call) {
		CallDetails d = call.details();
		return jdbc.sql("insert into call_for_applications (profile_code, profile_version, authority_id, title, year,"
				+ " batch_name, notice, opens_at, closes_at, tracks, key_fields, priority_hints, status, created_by, created_at)"
				+ " values (?,?,?,?,?,?,?,?,?,?,?,?,?,?,?) returning id")
			.params(call.profileCode(), call.profileVersion(), call.authorityId(), d.title(), d.year(), d.batchName(),
					d.notice(), ts(d.opensAt()), ts(d.closesAt()), tracks(d.tracks()), String.join(SEPARATOR, d.keyFields()),
					String.join(SEPARATOR, call.priorityHints()), call.status().name(), call.createdBy(), ts(call.createdAt()))
			.query(Long.class)
			.single();
	}

	void update(Call call) {
		CallDetails d = call.details();
		int updated = jdbc.sql("update call_for_applications set title = ?, year = ?, batch_name = ?, notice = ?,"
				+ " opens_at = ?, closes_at = ?, tracks = ?, key_fields = ?, status = ?, published_at = ?, closed_at = ?,"
				+ " version = version + 1 where id = ? and version = ?")
			.params(d.title(), d.year(), d.batchName(), d.notice(), ts(d.opensAt()), ts(d.closesAt()), tracks(d.tracks()),
					String.join(SEPARATOR, d.keyFields()), call.status().name(), ts(call.publishedAt()), ts(call.closedAt()),
					call.id(), call.version())
			.update();
		if (updated == 0) {
			throw new OptimisticLockingFailureException("call " + call.id() + " changed since it was read");
		}
	}

	Optional<Call> findById(long id) {
		return jdbc.sql("select * from call_for_applications where id = ?").param(id).query(Calls::map).optional();
	}

	List<Call> findByStatus(CallStatus status) {
		return jdbc.sql("select * from call_for_applications where status = ? order by closes_at")
			.param(status.name())
			.query(Calls::map)
			.list();
	}

	List<Call> findDue(Instant now) {
		return jdbc.sql("select * from call_for_applications where status = 'PUBLISHED' and closes_at < ?")
			.param(ts(now))
			.query(Calls::map)
			.list();
	}

	List<Call> findByAuthorityPaths(String pathPrefix) {
		return jdbc.sql("select c.* from call_for_applications c join organization_paths o on o.id = c.authority_id"
				+ " where o.path like ? order by c.created_at desc")
			.param(pathPrefix)
			.query(Calls::map)
			.list();
	}

	void insertDeadlineChange(long callId, Instant oldCloses, Instant newCloses, String reason, long by, Instant at) {
		jdbc.sql("insert into call_deadline_change (call_id, old_closes, new_closes, reason, changed_by, changed_at)"
				+ " values (?,?,?,?,?,?)")
			.params(callId, ts(oldCloses), ts(newCloses), reason, by, ts(at))
			.update();
	}

	/** The track name of the row holding a recommender's overall quota. */
	static final String TOTAL = "TOTAL";

	void replaceQuota(long callId, long recommenderId, int total, java.util.Map<TrackKind, Integer> perTrack, String reason) {
		jdbc.sql("delete from call_quota where call_id = ? and recommender_id = ?").params(callId, recommenderId).update();
		jdbc.sql("insert into call_quota (call_id, recommender_id, track, quota, reason) values (?,?,?,?,?)")
			.params(callId, recommenderId, TOTAL, total, reason)
			.update();
		perTrack.forEach((track, quota) -> jdbc
			.sql("insert into call_quota (call_id, recommender_id, track, quota, reason) values (?,?,?,?,?)")
			.params(callId, recommenderId, track.name(), quota, reason)
			.update());
	}

	java.util.Map<String, Integer> quotaRows(long callId, long recommenderId) {
		java.util.Map<String, Integer> rows = new java.util.LinkedHashMap<>();
		jdbc.sql("select track, quota from call_quota where call_id = ? and recommender_id = ?")
			.params(callId, recommenderId)
			.query((rs, n) -> rows.put(rs.getString(1), rs.getInt(2)))
			.list();
		return rows;
	}

	String quotaReason(long callId, long recommenderId) {
		return jdbc.sql("select reason from call_quota where call_id = ? and recommender_id = ? and track = 'TOTAL'")
			.params(callId, recommenderId)
			.query(String.class)
			.optional()
			.orElse(null);
	}

	void insertAttachment(long callId, long fileId, String name, long by, Instant at) {
		jdbc.sql("insert into call_attachment (call_id, file_id, name, uploaded_by, uploaded_at) values (?,?,?,?,?)"
				+ " on conflict (call_id, file_id) do update set name = excluded.name")
			.params(callId, fileId, name, by, ts(at))
			.update();
	}

	List<CallAttachment> attachments(long callId) {
		return jdbc.sql("select a.file_id, a.name, f.size, f.media_type from call_attachment a"
				+ " join stored_file_info f on f.id = a.file_id where a.call_id = ? order by a.uploaded_at")
			.param(callId)
			.query((rs, n) -> new CallAttachment(rs.getLong(1), rs.getString(2), rs.getLong(3), rs.getString(4)))
			.list();
	}

	List<DeadlineChange> deadlineChanges(long callId) {
		return jdbc.sql("select * from call_deadline_change where call_id = ? order by changed_at desc, id desc")
			.param(callId)
			.query((rs, n) -> new DeadlineChange(instant(rs, "old_closes"), instant(rs, "new_closes"), rs.getString("reason"),
					rs.getLong("changed_by"), instant(rs, "changed_at")))
			.list();
	}

	private static String tracks(List<TrackKind> tracks) {
		return tracks.stream().map(Enum::name).collect(Collectors.joining(","));
	}

	private static Timestamp ts(Instant instant) {
		return instant == null ? null : Timestamp.from(instant);
	}

	private static List<String> list(String joined) {
		return joined == null || joined.isEmpty() ? List.of() : Arrays.asList(joined.split(SEPARATOR));
	}

	private static Instant instant(ResultSet rs, String column) throws SQLException {
		Timestamp t = rs.getTimestamp(column);
		return t == null ? null : t.toInstant();
	}

	static Call map(ResultSet rs, int n) throws SQLException {
		List<TrackKind> tracks = Arrays.stream(rs.getString("tracks").split(",")).filter(s -> !s.isBlank())
			.map(TrackKind::valueOf)
			.toList();
		CallDetails details = new CallDetails(rs.getString("title"), rs.getInt("year"), rs.getString("batch_name"),
				rs.getString("notice"), instant(rs, "opens_at"), instant(rs, "closes_at"), tracks, list(rs.getString("key_fields")));
		return new Call(rs.getLong("id"), rs.getString("profile_code"), rs.getInt("profile_version"), rs.getLong("authority_id"),
				details, list(rs.getString("priority_hints")), CallStatus.valueOf(rs.getString("status")),
				instant(rs, "published_at"), instant(rs, "closed_at"), rs.getLong("created_by"), instant(rs, "created_at"),
				rs.getInt("version"));
	}
}
