package cn.cebase.evaluation;

import java.sql.Timestamp;
import java.time.Instant;
import java.util.List;
import java.util.Optional;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

/**
 * The panels drawn ({@code panel}) and the {@link Panel} as it is read, with its members and their
 * assignments; the members themselves change through {@link PanelMembers}.
 */
@Repository
class DrawnPanels {

	private final JdbcClient jdbc;

	DrawnPanels(JdbcClient jdbc) {
		this.jdbc = jdbc;
	}

	/** Records a draw; returns the panel's id. */
	long insert(long callId, String keyField, int size, int reserves, long seed, boolean avoidSameRegion, int candidates,
			long drawnBy, Instant drawnAt) {
		return jdbc.sql("insert into panel (call_id, key_field, size, reserves, seed, avoid_same_region, candidates,"
				+ " drawn_by, drawn_at) values (?,?,?,?,?,?,?,?,?) returning id")
			.params(callId, keyField, size, reserves, seed, avoidSameRegion, candidates, drawnBy, Timestamp.from(drawnAt))
			.query(Long.class)
			.single();
	}

	/** Takes the panel's row lock, under which its members change; false when there is no such panel. */
	boolean lock(long panelId) {
		return jdbc.sql("select id from panel where id = ? for update").param(panelId).query(Long.class).optional().isPresent();
	}

	List<Long> idsOfCall(long callId) {
		return jdbc.sql("select id from panel where call_id = ? order by id").param(callId).query(Long.class).list();
	}

	/** The panel's chair: empty when there is no such panel, an empty inner optional while it has none. */
	Optional<Optional<Long>> chairOf(long panelId) {
		return jdbc.sql("select chair_expert_id from panel where id = ?")
			.param(panelId)
			.query((rs, n) -> Optional.ofNullable(rs.getObject(1, Long.class)))
			.optional();
	}

	Optional<Panel> find(long panelId) {
		return jdbc.sql("select p.*, c.title from panel p join call_summaries c on c.id = p.call_id where p.id = ?")
			.param(panelId)
			.query((rs, n) -> new Panel(rs.getLong("id"), rs.getLong("call_id"), rs.getString("title"),
					rs.getString("key_field"), rs.getInt("size"), rs.getInt("reserves"), rs.getLong("seed"),
					rs.getBoolean("avoid_same_region"), rs.getInt("candidates"), rs.getTimestamp("drawn_at").toInstant(),
					members(panelId), assignments(panelId), rs.getObject("chair_expert_id", Long.class)))
			.optional();
	}

	private List<Panel.Member> members(long panelId) {
		return jdbc.sql("select m.*, e.name, e.employer, e.title_level from panel_member m join expert e on e.id = m.expert_id"
				+ " where m.panel_id = ? order by m.position")
			.param(panelId)
			.query((rs, n) -> new Panel.Member(rs.getLong("expert_id"), rs.getString("name"), rs.getString("employer"),
					TitleLevel.valueOf(rs.getString("title_level")), rs.getInt("position"),
					Panel.Role.valueOf(rs.getString("role")), Panel.Status.valueOf(rs.getString("status")),
					rs.getString("reason")))
			.list();
	}

	private List<Panel.Assignment> assignments(long panelId) {
		return jdbc.sql("select a.*, i.name as institution_name from expert_assignment a"
				+ " join declaration_states d on d.id = a.declaration_id join institution_directory i on i.id = d.institution_id"
				+ " where a.panel_id = ? order by a.expert_id, a.declaration_id")
			.param(panelId)
			.query((rs, n) -> new Panel.Assignment(rs.getLong("expert_id"), rs.getLong("declaration_id"),
					rs.getString("institution_name"), rs.getObject("conflict", Boolean.class), rs.getString("reason")))
			.list();
	}
}
