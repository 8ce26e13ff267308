package cn.cebase.evaluation;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Timestamp;
import java.util.List;
import java.util.Optional;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

/**
 * The experts' score sheets ({@code score_sheet}), their lines ({@code score}) and every change of
 * their points or vetoes ({@code score_change}): loads and saves {@link ScoreSheet}, and reads
 * {@link ScoreSheetView}s.
 */
@Repository
class ScoreSheets {

	private static final String VIEW = "select s.*, e.name from score_sheet s join expert e on e.id = s.expert_id";

	private final JdbcClient jdbc;

	ScoreSheets(JdbcClient jdbc) {
		this.jdbc = jdbc;
	}

	/** The sheet under its row lock, opened (with no lines) if the expert has none yet. */
	ScoreSheet lockOrOpen(long panelId, long expertId, long declarationId) {
		jdbc.sql("insert into score_sheet (panel_id, expert_id, declaration_id) values (?,?,?) on conflict do nothing")
			.params(panelId, expertId, declarationId)
			.update();
		return lock(panelId, expertId, declarationId).orElseThrow();
	}

	/** The sheet under its row lock; empty when the expert has saved none. */
	Optional<ScoreSheet> lock(long panelId, long expertId, long declarationId) {
		return jdbc.sql("select comment, locked_at from score_sheet where panel_id = ? and expert_id = ? and declaration_id = ?"
				+ " for update")
			.params(panelId, expertId, declarationId)
			.query((rs, n) -> new ScoreSheet(panelId, expertId, declarationId, lines(panelId, expertId, declarationId),
					rs.getString("comment"), instant(rs, "locked_at")))
			.optional();
	}

	/** Writes the sheet: its changes first, then its lines, comment and lock. */
	void save(ScoreSheet sheet) {
		for (ScoreSheet.Change c : sheet.pendingChanges()) {
			jdbc.sql("insert into score_change (panel_id, expert_id, declaration_id, seq, old_points, new_points,"
					+ " old_vetoed, new_vetoed, changed_at) values (?,?,?,?,?,?,?,?,?)")
				.params(sheet.panelId(), sheet.expertId(), sheet.declarationId(), c.seq(), c.oldPoints(), c.newPoints(),
						c.oldVetoed(), c.newVetoed(), Timestamp.from(c.at()))
				.update();
		}
		for (ScoreSheetView.Line line : sheet.lines()) {
			jdbc.sql("insert into score (panel_id, expert_id, declaration_id, seq, points, vetoed, comment) values (?,?,?,?,?,?,?)"
					+ " on conflict (panel_id, expert_id, declaration_id, seq) do update set points = excluded.points,"
					+ " vetoed = excluded.vetoed, comment = excluded.comment")
				.params(sheet.panelId(), sheet.expertId(), sheet.declarationId(), line.seq(), line.points(), line.vetoed(),
						line.comment())
				.update();
		}
		jdbc.sql("update score_sheet set comment = ?, locked_at = ? where panel_id = ? and expert_id = ? and declaration_id = ?")
			.params(sheet.comment(), sheet.lockedAt() == null ? null : Timestamp.from(sheet.lockedAt()), sheet.panelId(),
					sheet.expertId(), sheet.declarationId())
			.update();
	}

	Optional<ScoreSheetView> find(long panelId, long expertId, long declarationId) {
		return jdbc.sql(VIEW + " where s.panel_id = ? and s.expert_id = ? and s.declaration_id = ?")
			.params(panelId, expertId, declarationId)
			.query(this::view)
			.optional();
	}

	/** Every sheet of the call, by application and expert. */
	List<ScoreSheetView> ofCall(long callId) {
		return jdbc.sql(VIEW + " join panel p on p.id = s.panel_id where p.call_id = ? order by s.declaration_id, s.expert_id")
			.param(callId)
			.query(this::view)
			.list();
	}

	/** The panel's sheets on one application, by expert. */
	List<ScoreSheetView> onApplication(long panelId, long declarationId) {
		return jdbc.sql(VIEW + " where s.panel_id = ? and s.declaration_id = ? order by s.expert_id")
			.params(panelId, declarationId)
			.query(this::view)
			.list();
	}

	/** Whether any expert has opened a sheet in the call. */
	boolean anyInCall(long callId) {
		return jdbc.sql("select exists (select 1 from score_sheet s join panel p on p.id = s.panel_id where p.call_id = ?)")
			.param(callId)
			.query(Boolean.class)
			.single();
	}

	int changeCount(long panelId, long expertId, long declarationId) {
		return jdbc.sql("select count(*) from score_change where panel_id = ? and expert_id = ? and declaration_id = ?")
			.params(panelId, expertId, declarationId)
			.query(Integer.class)
			.single();
	}

	/**
	 * Sheets a panel owes, and how many of them are locked: one per assignment of a member that has
	 * not declined, unless it declared a conflict. A member yet to answer or to declare owes one too.
	 */
	Owed owed(long panelId) {
		return jdbc.sql("select count(*) filter (where s.locked_at is not null), count(*) from expert_assignment a"
				+ " join panel_member m on m.panel_id = a.panel_id and m.expert_id = a.expert_id"
				+ " left join score_sheet s on s.panel_id = a.panel_id and s.expert_id = a.expert_id"
				+ " and s.declaration_id = a.declaration_id"
				+ " where a.panel_id = ? and a.conflict is distinct from true and m.status <> 'DECLINED'")
			.param(panelId)
			.query((rs, n) -> new Owed(rs.getInt(1), rs.getInt(2)))
			.single();
	}

	record Owed(int locked, int expected) {
	}

	private ScoreSheetView view(ResultSet rs, int n) throws SQLException {
		long panelId = rs.getLong("panel_id");
		long expertId = rs.getLong("expert_id");
		long declarationId = rs.getLong("declaration_id");
		return new ScoreSheetView(panelId, expertId, rs.getString("name"), declarationId,
				lines(panelId, expertId, declarationId), rs.getString("comment"), instant(rs, "locked_at"));
	}

	private List<ScoreSheetView.Line> lines(long panelId, long expertId, long declarationId) {
		return jdbc.sql("select seq, points, vetoed, comment from score where panel_id = ? and expert_id = ?"
				+ " and declaration_id = ? order by seq")
			.params(panelId, expertId, declarationId)
			.query((r, m) -> new ScoreSheetView.Line(r.getInt(1), r.getBigDecimal(2), r.getBoolean(3), r.getString(4)))
			.list();
	}

	private static java.time.Instant instant(ResultSet rs, String column) throws SQLException {
		Timestamp at = rs.getTimestamp(column);
		return at == null ? null : at.toInstant();
	}
}
