package cn.cebase.evaluation;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Timestamp;
import java.time.Instant;
import java.util.LinkedHashMap;
import java.util.Map;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

/** The chairs' summaries ({@code chair_summary}), one per panel and application. */
@Repository
class ChairSummaries {

	private static final String SUMMARY = "select s.*, e.name from chair_summary s join expert e on e.id = s.expert_id";

	private final JdbcClient jdbc;

	ChairSummaries(JdbcClient jdbc) {
		this.jdbc = jdbc;
	}

	/** The panel's summaries, by application. */
	Map<Long, ChairSummary> ofPanel(long panelId) {
		return byApplication(SUMMARY + " where s.panel_id = ? order by s.declaration_id", panelId);
	}

	/** The summaries of a call's applications, by application: the latest where two panels wrote one. */
	Map<Long, ChairSummary> ofCall(long callId) {
		return byApplication(SUMMARY + " join panel p on p.id = s.panel_id where p.call_id = ? order by s.written_at", callId);
	}

	private Map<Long, ChairSummary> byApplication(String sql, long id) {
		Map<Long, ChairSummary> result = new LinkedHashMap<>();
		jdbc.sql(sql).param(id).query(ChairSummaries::summary).list().forEach(s -> result.put(s.declarationId(), s));
		return result;
	}

	/** Writes or rewrites the panel's summary of the application. */
	void write(long panelId, long declarationId, ChairSummary.Recommendation recommendation, String text, long expertId,
			Instant at) {
		jdbc.sql("insert into chair_summary (panel_id, declaration_id, recommendation, text, expert_id, written_at)"
				+ " values (?,?,?,?,?,?) on conflict (panel_id, declaration_id) do update set"
				+ " recommendation = excluded.recommendation, text = excluded.text, expert_id = excluded.expert_id,"
				+ " written_at = excluded.written_at")
			.params(panelId, declarationId, recommendation.name(), text, expertId, Timestamp.from(at))
			.update();
	}

	private static ChairSummary summary(ResultSet rs, int n) throws SQLException {
		return new ChairSummary(rs.getLong("panel_id"), rs.getLong("declaration_id"),
				ChairSummary.Recommendation.valueOf(rs.getString("recommendation")), rs.getString("text"),
				rs.getLong("expert_id"), rs.getString("name"), rs.getTimestamp("written_at").toInstant());
	}
}
