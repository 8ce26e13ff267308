package cn.cebase.declaration;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Timestamp;
import java.time.Instant;
import java.util.List;
import java.util.Optional;

import cn.cebase.policy.TrackKind;
import tools.jackson.databind.json.JsonMapper;

import org.springframework.dao.OptimisticLockingFailureException;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

@Repository
class Declarations {

	private final JdbcClient jdbc;

	private final JsonMapper json;

	Declarations(JdbcClient jdbc, JsonMapper json) {
		this.jdbc = jdbc;
		this.json = json;
	}

	long insert(Declaration d) {
		return jdbc.sql("insert into declaration (call_id, institution_id, track, status, form, created_at, updated_at)"
				+ " values (?,?,?,?,?,?,?) returning id")
			.params(d.callId(), d.institutionId(), d.track().name(), d.status().name(), json.writeValueAsString(d.form()),
					ts(d.createdAt()), ts(d.updatedAt()))
			.query(Long.class)
			.single();
	}

	void update(Declaration d) {
		int updated = jdbc.sql("update declaration set status = ?, form = ?, submitted_at = ?, updated_at = ?,"
				+ " channel_id = ?, note = ?, version = version + 1 where id = ? and version = ?")
			.params(d.status().name(), json.writeValueAsString(d.form()), ts(d.submittedAt()), ts(d.updatedAt()),
					d.channelId(), d.note(), d.id(), d.version())
			.update();
		if (updated == 0) {
			throw new OptimisticLockingFailureException("declaration " + d.id() + " changed since it was read");
		}
	}

	/**
	 * Waits for the row: an autosave still under way when the person clicks 提交 must finish
	 * first, not make the submission fail on a version it bumped meanwhile.
	 */
	void lock(long id) {
		jdbc.sql("select id from declaration where id = ? for update").param(id).query(Long.class).optional();
	}

	java.util.List<Long> institutionsWith(long callId, cn.cebase.policy.TrackKind track, DeclarationStatus status) {
		return jdbc.sql("select institution_id from declaration where call_id = ? and track = ? and status = ?")
			.params(callId, track.name(), status.name())
			.query(Long.class)
			.list();
	}

	Optional<Declaration> findById(long id) {
		return jdbc.sql("select * from declaration where id = ?").param(id).query(this::map).optional();
	}

	List<Declaration> findByInstitution(long institutionId) {
		return jdbc.sql("select * from declaration where institution_id = ? order by created_at desc")
			.param(institutionId)
			.query(this::map)
			.list();
	}

	Optional<Declaration> findLive(long callId, long institutionId) {
		return jdbc.sql("select * from declaration where call_id = ? and institution_id = ?"
				+ " and status not in ('WITHDRAWN', 'INADMISSIBLE')")
			.params(callId, institutionId)
			.query(this::map)
			.optional();
	}

	int insertVersion(long declarationId, DeclarationForm form, Instant at, long by) {
		int number = jdbc.sql("select coalesce(max(number), 0) + 1 from declaration_version where declaration_id = ?")
			.param(declarationId)
			.query(Integer.class)
			.single();
		jdbc.sql("insert into declaration_version (declaration_id, number, form, submitted_at, submitted_by) values (?,?,?,?,?)")
			.params(declarationId, number, json.writeValueAsString(form), ts(at), by)
			.update();
		return number;
	}

	List<DeclarationVersion> versions(long declarationId) {
		return jdbc.sql("select * from declaration_version where declaration_id = ? order by number")
			.param(declarationId)
			.query((rs, n) -> new DeclarationVersion(rs.getInt("number"),
					json.readValue(rs.getString("form"), DeclarationForm.class), rs.getTimestamp("submitted_at").toInstant(),
					rs.getLong("submitted_by")))
			.list();
	}

	/** Who submitted each version, by the name their account shows (the account is identity's; only its name is read). */
	java.util.Map<Integer, String> submitters(long declarationId) {
		java.util.Map<Integer, String> names = new java.util.HashMap<>();
		jdbc.sql("select v.number, u.display_name from declaration_version v left join user_names u on u.id = v.submitted_by"
				+ " where v.declaration_id = ?")
			.param(declarationId)
			.query(rs -> {
				names.put(rs.getInt(1), rs.getString(2));
			});
		return names;
	}

	private Declaration map(ResultSet rs, int n) throws SQLException {
		Timestamp submitted = rs.getTimestamp("submitted_at");
		return new Declaration(rs.getLong("id"), rs.getLong("call_id"), rs.getLong("institution_id"),
				TrackKind.valueOf(rs.getString("track")), DeclarationStatus.valueOf(rs.getString("status")),
				json.readValue(rs.getString("form"), DeclarationForm.class), submitted == null ? null : submitted.toInstant(),
				rs.getTimestamp("created_at").toInstant(), rs.getTimestamp("updated_at").toInstant(), rs.getInt("version"),
				rs.getObject("channel_id", Long.class), rs.getString("note"));
	}

	private static Timestamp ts(Instant instant) {
		return instant == null ? null : Timestamp.from(instant);
	}
}
