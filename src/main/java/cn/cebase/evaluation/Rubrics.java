package cn.cebase.evaluation;

import java.sql.Timestamp;
import java.time.Instant;
import java.util.Optional;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

/** The calls' rubrics ({@code rubric}, {@code rubric_criterion}). */
@Repository
class Rubrics {

	private final JdbcClient jdbc;

	Rubrics(JdbcClient jdbc) {
		this.jdbc = jdbc;
	}

	Optional<Rubric> find(long callId) {
		Optional<String> aggregation = jdbc.sql("select aggregation from rubric where call_id = ?")
			.param(callId)
			.query(String.class)
			.optional();
		return aggregation.map(a -> new Rubric(callId, Rubric.Aggregation.valueOf(a),
				jdbc.sql("select * from rubric_criterion where call_id = ? order by seq")
					.param(callId)
					.query((rs, n) -> new Rubric.Criterion(rs.getInt("seq"), rs.getString("name"),
							rs.getBigDecimal("max_points"), rs.getBigDecimal("weight"), rs.getBoolean("veto"),
							rs.getString("source")))
					.list()));
	}

	/** The rubric of the panel's call; empty while the authority has set none. */
	Optional<Rubric> ofPanel(long panelId) {
		long callId = jdbc.sql("select call_id from panel where id = ?").param(panelId).query(Long.class).single();
		return find(callId);
	}

	/** Replaces the call's rubric, criteria and all. */
	void replace(Rubric rubric, long actorId, Instant at) {
		jdbc.sql("delete from rubric_criterion where call_id = ?").param(rubric.callId()).update();
		jdbc.sql("delete from rubric where call_id = ?").param(rubric.callId()).update();
		jdbc.sql("insert into rubric (call_id, aggregation, updated_by, updated_at) values (?,?,?,?)")
			.params(rubric.callId(), rubric.aggregation().name(), actorId, Timestamp.from(at))
			.update();
		for (Rubric.Criterion c : rubric.criteria()) {
			jdbc.sql("insert into rubric_criterion (call_id, seq, name, max_points, weight, veto, source) values (?,?,?,?,?,?,?)")
				.params(rubric.callId(), c.seq(), c.name(), c.maxPoints(), c.weight(), c.veto(), c.source())
				.update();
		}
	}
}
