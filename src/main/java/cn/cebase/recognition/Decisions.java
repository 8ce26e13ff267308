package cn.cebase.recognition;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Timestamp;
import java.util.List;
import java.util.Optional;
import java.util.function.Function;

import cn.cebase.base.BaseView;
import cn.cebase.declaration.DeclarationStatus;
import cn.cebase.policy.TrackKind;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

/** The {@code committee_decision} table, with the call's accepted applications from the published views. */
@Repository
class Decisions {

	static final List<String> AFTER_INTAKE = List.of(DeclarationStatus.ACCEPTED.name(),
			DeclarationStatus.EXPERT_REVIEW.name(), DeclarationStatus.SITE_INSPECTION.name(),
			DeclarationStatus.PUBLICITY.name(), DeclarationStatus.RECOGNIZED.name(),
			DeclarationStatus.NOT_RECOGNIZED.name());

	private final JdbcClient jdbc;

	Decisions(JdbcClient jdbc) {
		this.jdbc = jdbc;
	}

	/** Records a decision, or replaces the one before it (a decision may be retaken until publicity starts). */
	void save(CommitteeDecision decision, long actorId) {
		jdbc.sql("insert into committee_decision (declaration_id, call_id, outcome, reasons, fields, decided_by, decided_at)"
				+ " values (?,?,?,?,?,?,?) on conflict (declaration_id) do update set outcome = excluded.outcome,"
				+ " reasons = excluded.reasons, fields = excluded.fields, decided_by = excluded.decided_by,"
				+ " decided_at = excluded.decided_at")
			.params(decision.declarationId(), decision.callId(), decision.outcome().name(), decision.reasons(),
					decision.fields().isEmpty() ? null : String.join(BaseView.FIELD_SEPARATOR, decision.fields()), actorId,
					Timestamp.from(decision.decidedAt()))
			.update();
	}

	Optional<CommitteeDecision> find(long declarationId) {
		return jdbc.sql("select * from committee_decision where declaration_id = ?")
			.param(declarationId)
			.query(Decisions::map)
			.optional();
	}

	/** The applications of a call past intake, oldest first, each with its decision if it has one. */
	<T> List<T> candidatesOf(long callId, Function<Row, T> toCandidate) {
		return jdbc.sql("select d.id, d.institution_id, i.organization_id as applicant_org, i.name, i.region_code, d.track, d.status,"
				+ " d.key_field, c.declaration_id, c.call_id, c.outcome, c.reasons,"
				+ " c.fields, c.decided_at from declaration_states d join institution_directory i on i.id = d.institution_id"
				+ " left join committee_decision c on c.declaration_id = d.id"
				+ " where d.call_id = :call and d.status in (:statuses) order by d.id")
			.param("call", callId)
			.param("statuses", AFTER_INTAKE)
			.query((rs, n) -> toCandidate.apply(new Row(rs.getLong("id"), rs.getLong("institution_id"), rs.getLong("applicant_org"),
					rs.getString("name"), rs.getString("region_code"), TrackKind.valueOf(rs.getString("track")),
					rs.getString("key_field"), DeclarationStatus.valueOf(rs.getString("status")),
					rs.getObject("declaration_id") == null ? null : map(rs, n))))
			.list();
	}

	/** One application past intake as read, before the region's full name is added. */
	record Row(long declarationId, long institutionId, long applicantOrganizationId, String name, String regionCode,
			TrackKind track, String keyField, DeclarationStatus status, CommitteeDecision decision) {
	}

	private static CommitteeDecision map(ResultSet rs, int row) throws SQLException {
		return new CommitteeDecision(rs.getLong("declaration_id"), rs.getLong("call_id"),
				CommitteeDecision.Outcome.valueOf(rs.getString("outcome")), rs.getString("reasons"),
				fields(rs.getString("fields")), rs.getTimestamp("decided_at").toInstant());
	}

	private static List<String> fields(String stored) {
		return stored == null || stored.isBlank() ? List.of()
				: java.util.Arrays.stream(stored.split(BaseView.FIELD_SEPARATOR)).map(String::strip).filter(f -> !f.isEmpty()).toList();
	}
}
