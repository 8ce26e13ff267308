package cn.cebase.evaluation;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Timestamp;
import java.time.Instant;
import java.util.List;
import java.util.Optional;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

/**
 * The panels' members ({@code panel_member}) with their applications ({@code expert_assignment}) and
 * the chair they may be designated ({@code panel.chair_expert_id}): loads and saves {@link PanelMember},
 * and answers who may score, read or chair what.
 */
@Repository
class PanelMembers {

	private final JdbcClient jdbc;

	PanelMembers(JdbcClient jdbc) {
		this.jdbc = jdbc;
	}

	/** The panel's members and reserves, in the order they were drawn. */
	List<PanelMember> ofPanel(long panelId) {
		return jdbc.sql("select m.*, p.call_id, p.chair_expert_id from panel_member m join panel p on p.id = m.panel_id"
				+ " where m.panel_id = ? order by m.position")
			.param(panelId)
			.query(this::member)
			.list();
	}

	/** Seats a member or reserve just drawn, with its applications. */
	void add(PanelMember member) {
		jdbc.sql("insert into panel_member (panel_id, expert_id, position, role, status) values (?,?,?,?,?)")
			.params(member.panelId(), member.expertId(), member.position(), member.role().name(), member.status().name())
			.update();
		writeAssignments(member);
	}

	/** Writes where the member stands, its applications as it holds them, and its designation as chair. */
	void save(PanelMember member) {
		jdbc.sql("update panel_member set role = ?, status = ?, reason = ?, responded_at = ? where panel_id = ? and expert_id = ?")
			.params(member.role().name(), member.status().name(), member.reason(), timestamp(member.respondedAt()),
					member.panelId(), member.expertId())
			.update();
		// under the panel's row lock: the member's applications are written again as it holds them
		jdbc.sql("delete from expert_assignment where panel_id = ? and expert_id = ?")
			.params(member.panelId(), member.expertId())
			.update();
		writeAssignments(member);
		if (member.chairDesignated()) {
			jdbc.sql("update panel set chair_expert_id = ? where id = ?").params(member.expertId(), member.panelId()).update();
		}
	}

	private void writeAssignments(PanelMember member) {
		for (PanelMember.Assignment a : member.assignments()) {
			jdbc.sql("insert into expert_assignment (panel_id, expert_id, declaration_id, conflict, reason, declared_at)"
					+ " values (?,?,?,?,?,?)")
				.params(member.panelId(), member.expertId(), a.declarationId(), a.conflict(), a.reason(),
						timestamp(a.declaredAt()))
				.update();
		}
	}

	/** How many invitations the expert has yet to answer. */
	long invitationCount(long expertId) {
		return jdbc.sql("select count(*) from panel_member where expert_id = ? and status = 'INVITED'")
			.param(expertId)
			.query(Long.class)
			.single();
	}

	/** The panels the expert was drawn for or called in to, newest first. */
	List<Long> panelsOf(long expertId) {
		return jdbc.sql("select panel_id from panel_member where expert_id = ? and status <> 'WAITING' order by panel_id desc")
			.param(expertId)
			.query(Long.class)
			.list();
	}

	/** Drawn for the panel or called in to it: a reserve still waiting is not. */
	boolean seated(long panelId, long expertId) {
		return jdbc.sql("select exists (select 1 from panel_member where panel_id = ? and expert_id = ? and status <> 'WAITING')")
			.params(panelId, expertId)
			.query(Boolean.class)
			.single();
	}

	/** Accepted on the panel, assigned to the application and declared no conflict with it. */
	boolean mayScore(long panelId, long expertId, long declarationId) {
		return jdbc.sql("select exists (select 1 from expert_assignment a join panel_member m"
				+ " on m.panel_id = a.panel_id and m.expert_id = a.expert_id where a.panel_id = ? and a.expert_id = ?"
				+ " and a.declaration_id = ? and a.conflict = false and m.status = 'ACCEPTED')")
			.params(panelId, expertId, declarationId)
			.query(Boolean.class)
			.single();
	}

	/** The user, as an expert, is assigned to the application and declared no conflict with it. */
	boolean mayRead(long userId, long declarationId) {
		return jdbc.sql("select exists (select 1 from expert_assignment a join expert e"
				+ " on e.id = a.expert_id where e.user_id = ? and a.declaration_id = ? and a.conflict = false)")
			.params(userId, declarationId)
			.query(Boolean.class)
			.single();
	}

	/** The expert declared a conflict with the application on this panel. */
	boolean declaredConflict(long panelId, long expertId, long declarationId) {
		return jdbc.sql("select exists (select 1 from expert_assignment where panel_id = ? and expert_id = ?"
				+ " and declaration_id = ? and conflict = true)")
			.params(panelId, expertId, declarationId)
			.query(Boolean.class)
			.single();
	}

	/** The applicant's name, where the panel reviews the application. */
	Optional<String> institutionReviewed(long panelId, long declarationId) {
		return jdbc.sql("select i.name from declaration_states d join institution_directory i on i.id = d.institution_id"
				+ " where d.id = ? and exists (select 1 from expert_assignment a where a.panel_id = ? and a.declaration_id = d.id)")
			.params(declarationId, panelId)
			.query(String.class)
			.optional();
	}

	private PanelMember member(ResultSet rs, int n) throws SQLException {
		long panelId = rs.getLong("panel_id");
		long expertId = rs.getLong("expert_id");
		Timestamp responded = rs.getTimestamp("responded_at");
		return new PanelMember(panelId, rs.getLong("call_id"), expertId, rs.getInt("position"),
				Panel.Role.valueOf(rs.getString("role")), Panel.Status.valueOf(rs.getString("status")),
				rs.getString("reason"), responded == null ? null : responded.toInstant(),
				Long.valueOf(expertId).equals(rs.getObject("chair_expert_id", Long.class)), assignments(panelId, expertId));
	}

	private List<PanelMember.Assignment> assignments(long panelId, long expertId) {
		return jdbc.sql("select declaration_id, conflict, reason, declared_at from expert_assignment"
				+ " where panel_id = ? and expert_id = ? order by declaration_id")
			.params(panelId, expertId)
			.query((rs, n) -> {
				Timestamp declared = rs.getTimestamp("declared_at");
				return new PanelMember.Assignment(rs.getLong("declaration_id"), rs.getObject("conflict", Boolean.class),
						rs.getString("reason"), declared == null ? null : declared.toInstant());
			})
			.list();
	}

	private static Timestamp timestamp(Instant at) {
		return at == null ? null : Timestamp.from(at);
	}
}
