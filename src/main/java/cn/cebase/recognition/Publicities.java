package cn.cebase.recognition;

import java.sql.Date;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Timestamp;
import java.time.LocalDate;
import java.util.List;
import java.util.Optional;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

/** The {@code publicity} and {@code objection} tables; the applicant's name from the published views. */
@Repository
class Publicities {

	/** The first key of the advisory lock that starts one call's publicity at a time (the second is the call). */
	private static final int START_LOCK = 20261203;

	private static final String OBJECTIONS = "select o.*, i.name as institution_name from objection o"
			+ " join declaration_states d on d.id = o.declaration_id join institution_directory i on i.id = d.institution_id";

	private final JdbcClient jdbc;

	Publicities(JdbcClient jdbc) {
		this.jdbc = jdbc;
	}

	/** One start at a time per call: a double click must not start it twice (a lock of the publicity's own). */
	void lockStart(long callId) {
		jdbc.sql("select 1 from (select pg_advisory_xact_lock(?, ?)) l").params(START_LOCK, (int) callId)
			.query(Integer.class)
			.single();
	}

	void insert(Publicity publicity, long actorId) {
		jdbc.sql("insert into publicity (call_id, days, starts_on, ends_on, started_by, started_at) values (?,?,?,?,?,?)")
			.params(publicity.callId(), publicity.days(), Date.valueOf(publicity.startsOn()),
					Date.valueOf(publicity.endsOn()), actorId, Timestamp.from(publicity.startedAt()))
			.update();
	}

	void saveRecognized(Publicity publicity) {
		jdbc.sql("update publicity set recognized_at = ? where call_id = ?")
			.params(Timestamp.from(publicity.recognizedAt()), publicity.callId())
			.update();
	}

	Optional<Publicity> find(long callId) {
		return jdbc.sql("select * from publicity where call_id = ?").param(callId).query(Publicities::mapPublicity).optional();
	}

	/** Locks the call's publicity row, so that two recognitions of the same call queue up. */
	Optional<Publicity> lock(long callId) {
		return jdbc.sql("select * from publicity where call_id = ? for update")
			.param(callId)
			.query(Publicities::mapPublicity)
			.optional();
	}

	List<Publicity> runningOn(LocalDate day) {
		Date today = Date.valueOf(day);
		return jdbc.sql("select * from publicity where days > 0 and starts_on <= ? and ends_on >= ? order by ends_on, call_id")
			.params(today, today)
			.query(Publicities::mapPublicity)
			.list();
	}

	long insert(Objection objection) {
		return jdbc.sql("insert into objection (call_id, declaration_id, name, contact, text, submitted_at)"
				+ " values (?,?,?,?,?,?) returning id")
			.params(objection.callId(), objection.declarationId(), objection.name(), objection.contact(), objection.text(),
					Timestamp.from(objection.submittedAt()))
			.query(Long.class)
			.single();
	}

	void save(Objection objection, long actorId) {
		jdbc.sql("update objection set status = ?, handling = ?, handled_by = ?, handled_at = ? where id = ?")
			.params(objection.status().name(), objection.handling(), actorId, Timestamp.from(objection.handledAt()),
					objection.id())
			.update();
	}

	Optional<Objection> objection(long id) {
		return jdbc.sql(OBJECTIONS + " where o.id = ?").param(id).query(Publicities::mapObjection).optional();
	}

	Optional<Objection> lockObjection(long id, long callId) {
		return jdbc.sql(OBJECTIONS + " where o.id = ? and o.call_id = ? for update of o")
			.params(id, callId)
			.query(Publicities::mapObjection)
			.optional();
	}

	List<Objection> objectionsOf(long callId) {
		return jdbc.sql(OBJECTIONS + " where o.call_id = ? order by o.status = 'OPEN' desc, o.submitted_at")
			.param(callId)
			.query(Publicities::mapObjection)
			.list();
	}

	long openObjections(long callId) {
		return jdbc.sql("select count(*) from objection where call_id = ? and status = 'OPEN'")
			.param(callId)
			.query(Long.class)
			.single();
	}

	boolean objectionUpheld(long declarationId) {
		return jdbc.sql("select count(*) from objection where declaration_id = ? and status = 'UPHELD'")
			.param(declarationId)
			.query(Long.class)
			.single() > 0;
	}

	private static Publicity mapPublicity(ResultSet rs, int row) throws SQLException {
		Timestamp recognized = rs.getTimestamp("recognized_at");
		return new Publicity(rs.getLong("call_id"), rs.getInt("days"), rs.getDate("starts_on").toLocalDate(),
				rs.getDate("ends_on").toLocalDate(), rs.getTimestamp("started_at").toInstant(),
				recognized == null ? null : recognized.toInstant());
	}

	private static Objection mapObjection(ResultSet rs, int row) throws SQLException {
		Timestamp handled = rs.getTimestamp("handled_at");
		return new Objection(rs.getLong("id"), rs.getLong("call_id"), rs.getLong("declaration_id"),
				rs.getString("institution_name"), rs.getString("name"), rs.getString("contact"), rs.getString("text"),
				rs.getTimestamp("submitted_at").toInstant(), Objection.Status.valueOf(rs.getString("status")),
				rs.getString("handling"), handled == null ? null : handled.toInstant());
	}
}
