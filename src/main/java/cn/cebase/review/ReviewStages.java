package cn.cebase.review;

import java.sql.Timestamp;
import java.time.Instant;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

import cn.cebase.call.RouteStop;
import cn.cebase.policy.TrackKind;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

/** The route, its history and the recommendations, in the review module's own tables. */
@Repository
class ReviewStages {

	private final JdbcClient jdbc;

	ReviewStages(JdbcClient jdbc) {
		this.jdbc = jdbc;
	}

	/** A (re)submission starts the route afresh at its first stage, as resolved at submission. */
	void replaceRoute(long declarationId, List<RouteStop> route) {
		jdbc.sql("delete from review_stage where declaration_id = ?").param(declarationId).update();
		for (RouteStop stop : route) {
			jdbc.sql("insert into review_stage (declaration_id, seq, name, actor_id, recommends, intake, source, state)"
					+ " values (?,?,?,?,?,?,?,?)")
				.params(declarationId, stop.seq(), stop.name(), stop.actor().id(), stop.recommends(), stop.intake(),
						stop.source(), stop.seq() == 1 ? "CURRENT" : "WAITING")
				.update();
		}
	}

	List<ReviewStage> route(long declarationId) {
		return jdbc.sql("select s.*, o.name as actor_name from review_stage s join organization_names o on o.id = s.actor_id"
				+ " where s.declaration_id = ? order by s.seq")
			.param(declarationId)
			.query((rs, n) -> new ReviewStage(rs.getInt("seq"), rs.getString("name"), rs.getLong("actor_id"),
					rs.getString("actor_name"), rs.getBoolean("recommends"), rs.getBoolean("intake"), rs.getString("source"),
					ReviewStage.State.valueOf(rs.getString("state"))))
			.list();
	}

	/** Makes {@code seq} the current stage: the ones before it passed, the ones after it waiting. */
	void moveTo(long declarationId, int seq) {
		jdbc.sql("update review_stage set state = case when seq < ? then 'PASSED' when seq = ? then 'CURRENT'"
				+ " else 'WAITING' end where declaration_id = ?")
			.params(seq, seq, declarationId)
			.update();
	}

	/** Nobody acts now: returned to the applicant, rejected, or decided. */
	void stop(long declarationId) {
		jdbc.sql("update review_stage set state = case when state = 'CURRENT' then 'PASSED' else state end"
				+ " where declaration_id = ?")
			.param(declarationId)
			.update();
	}

	/** Who applied to which call, as pages, messages and the form's PDF name them. */
	record Titles(String institutionName, String callTitle, long applicantOrganizationId, String creditCode) {
	}

	Titles titles(long declarationId) {
		return jdbc.sql("select i.name, c.title, i.organization_id, i.credit_code from declaration_states d"
				+ " join institution_directory i on i.id = d.institution_id join call_summaries c on c.id = d.call_id where d.id = ?")
			.param(declarationId)
			.query((rs, n) -> new Titles(rs.getString(1), rs.getString(2), rs.getLong(3), rs.getString(4)))
			.single();
	}

	/** The applicant's filed details, for the form's PDF. */
	cn.cebase.institution.InstitutionProfile applicant(long declarationId) {
		return jdbc.sql("select i.* from declaration_states d join institution_directory i on i.id = d.institution_id where d.id = ?")
			.param(declarationId)
			.query((rs, n) -> new cn.cebase.institution.InstitutionProfile(rs.getString("name"),
					cn.cebase.institution.InstitutionType.valueOf(rs.getString("type")), rs.getString("region_code"),
					rs.getString("address"), rs.getString("legal_representative"), rs.getString("contact_name"),
					rs.getString("contact_phone"), rs.getString("contact_email")))
			.single();
	}

	boolean isOnRoute(long declarationId, long organizationId) {
		return jdbc.sql("select exists (select 1 from review_stage where declaration_id = ? and actor_id = ?)")
			.params(declarationId, organizationId)
			.query(Boolean.class)
			.single();
	}

	void log(long declarationId, ReviewStage stage, ReviewActionKind action, Integer targetSeq, InadmissibleReason reason,
			String opinion, long by, Instant at) {
		jdbc.sql("insert into review_action (declaration_id, seq, stage, actor_id, action, target_seq, reason, opinion,"
				+ " acted_by, acted_at) values (?,?,?,?,?,?,?,?,?,?)")
			.params(declarationId, stage.seq(), stage.name(), stage.actorId(), action.name(), targetSeq,
					reason == null ? null : reason.name(), opinion, by, Timestamp.from(at))
			.update();
	}

	List<ReviewAction> history(long declarationId) {
		return jdbc.sql("select a.*, o.name as actor_name, u.display_name from review_action a"
				+ " join organization_names o on o.id = a.actor_id left join user_names u on u.id = a.acted_by"
				+ " where a.declaration_id = ? order by a.id")
			.param(declarationId)
			.query((rs, n) -> new ReviewAction(rs.getLong("id"), rs.getInt("seq"), rs.getString("stage"),
					rs.getLong("actor_id"), rs.getString("actor_name"), ReviewActionKind.valueOf(rs.getString("action")),
					rs.getObject("target_seq", Integer.class),
					rs.getString("reason") == null ? null : InadmissibleReason.valueOf(rs.getString("reason")),
					rs.getString("opinion"), rs.getString("display_name"), rs.getTimestamp("acted_at").toInstant()))
			.list();
	}

	/** 待我审核: applications whose current stage is the organisation's, oldest waiting first. */
	List<WorkItem> waitingFor(long organizationId, int limit) {
		return jdbc.sql(WORK_ITEMS + " where s.actor_id = ? and s.state = 'CURRENT'"
				+ " and d.status in ('SUBMITTED', 'IN_REVIEW', 'RECOMMENDED') order by d.updated_at, d.id limit ?")
			.params(organizationId, limit)
			.query(ReviewStages::workItem)
			.list();
	}

	long countWaitingFor(long organizationId) {
		return jdbc.sql("select count(*) from review_stage s join declaration_states d on d.id = s.declaration_id"
				+ " where s.actor_id = ? and s.state = 'CURRENT' and d.status in ('SUBMITTED', 'IN_REVIEW', 'RECOMMENDED')")
			.param(organizationId)
			.query(Long.class)
			.single();
	}

	/** What passed through the organisation's hands: on its route, no longer waiting for it. */
	List<WorkItem> handledBy(long organizationId, int limit) {
		return jdbc.sql(WORK_ITEMS + " where s.actor_id = ? and not (s.state = 'CURRENT'"
				+ " and d.status in ('SUBMITTED', 'IN_REVIEW', 'RECOMMENDED'))"
				+ " and exists (select 1 from review_action a where a.declaration_id = d.id and a.actor_id = s.actor_id)"
				+ " order by d.updated_at desc, d.id desc limit ?")
			.params(organizationId, limit)
			.query(ReviewStages::workItem)
			.list();
	}

	private static final String WORK_ITEMS = "select d.id, d.call_id, c.title, i.name as institution_name, d.track,"
			+ " d.status, s.seq, s.name as stage_name, s.recommends, s.intake, d.submitted_at, d.updated_at"
			+ " from review_stage s join declaration_states d on d.id = s.declaration_id"
			+ " join call_summaries c on c.id = d.call_id join institution_directory i on i.id = d.institution_id";

	private static WorkItem workItem(java.sql.ResultSet rs, int n) throws java.sql.SQLException {
		Timestamp submitted = rs.getTimestamp("submitted_at");
		return new WorkItem(rs.getLong("id"), rs.getLong("call_id"), rs.getString("title"),
				rs.getString("institution_name"), TrackKind.valueOf(rs.getString("track")), rs.getString("status"),
				rs.getInt("seq"), rs.getString("stage_name"), rs.getBoolean("recommends"), rs.getBoolean("intake"),
				submitted == null ? null : submitted.toInstant(), rs.getTimestamp("updated_at").toInstant());
	}

	/** Takes the recommender's place in line for this call: counting and inserting happen one at a time. */
	void lockSlots(long callId, long recommenderId) {
		jdbc.sql("insert into recommendation_slot_lock (call_id, recommender_id) values (?,?) on conflict do nothing")
			.params(callId, recommenderId)
			.update();
		jdbc.sql("select call_id from recommendation_slot_lock where call_id = ? and recommender_id = ? for update")
			.params(callId, recommenderId)
			.query(Long.class)
			.single();
	}

	/** Counted recommendations of a recommender in a call, by track. */
	Map<TrackKind, Integer> usedPerTrack(long callId, long recommenderId) {
		Map<TrackKind, Integer> used = new EnumMap<>(TrackKind.class);
		jdbc.sql("select track, count(*) from recommendation where call_id = ? and recommender_id = ? and counted"
				+ " group by track")
			.params(callId, recommenderId)
			.query((rs, n) -> used.put(TrackKind.valueOf(rs.getString(1)), rs.getInt(2)))
			.list();
		return used;
	}

	void insertRecommendation(long declarationId, long callId, long recommenderId, TrackKind track, boolean counted,
			RecommendationLetter letter, long by, Instant at) {
		int rank = jdbc.sql("select coalesce(max(rank), 0) + 1 from recommendation where call_id = ? and recommender_id = ?")
			.params(callId, recommenderId)
			.query(Integer.class)
			.single();
		jdbc.sql("insert into recommendation (declaration_id, call_id, recommender_id, track, counted, rank, builds_bases,"
				+ " builds_bases_note, relation, reason, contact_name, contact_phone, recommended_by, recommended_at)"
				+ " values (?,?,?,?,?,?,?,?,?,?,?,?,?,?)")
			.params(declarationId, callId, recommenderId, track.name(), counted, rank, letter.buildsBases(),
					letter.buildsBasesNote(), letter.relation(), letter.reason(), letter.contactName(),
					letter.contactPhone(), by, Timestamp.from(at))
			.update();
	}

	/** A recommendation sent back down the route no longer holds its place; the ones below it move up. */
	void withdrawRecommendation(long declarationId) {
		Optional<Recommendation> existing = recommendation(declarationId);
		if (existing.isEmpty()) {
			return;
		}
		Recommendation r = existing.get();
		jdbc.sql("delete from recommendation where declaration_id = ?").param(declarationId).update();
		jdbc.sql("update recommendation set rank = rank - 1 where call_id = ? and recommender_id = ? and rank > ?")
			.params(r.callId(), r.recommenderId(), r.rank())
			.update();
	}

	Optional<Recommendation> recommendation(long declarationId) {
		return jdbc.sql(RECOMMENDATIONS + " where r.declaration_id = ?")
			.param(declarationId)
			.query(ReviewStages::recommendation)
			.optional();
	}

	List<Recommendation> recommendationsOf(long callId, long recommenderId) {
		return jdbc.sql(RECOMMENDATIONS + " where r.call_id = ? and r.recommender_id = ? order by r.rank")
			.params(callId, recommenderId)
			.query(ReviewStages::recommendation)
			.list();
	}

	List<Recommendation> recommendationsIn(long callId) {
		return jdbc.sql(RECOMMENDATIONS + " where r.call_id = ? order by o.name, r.rank")
			.param(callId)
			.query(ReviewStages::recommendation)
			.list();
	}

	/**
	 * 申报汇总表 rows: the recommendations of one recommender (or of all, when null) in a call, in
	 * rank order, with what the applicant declared about itself.
	 */
	List<SummaryRow> summary(long callId, Long recommenderId) {
		return jdbc.sql("select r.declaration_id, r.rank, o.name as recommender_name, i.name, i.credit_code, i.type, i.region_code,"
				+ " r.track, d.key_field, d.annual_trainees as trainees,"
				+ " i.contact_name, i.contact_phone, r.recommended_at, d.status"
				+ " from recommendation r join declaration_states d on d.id = r.declaration_id"
				+ " join institution_directory i on i.id = d.institution_id join organization_names o on o.id = r.recommender_id"
				+ " where r.call_id = :call and (cast(:recommender as bigint) is null or r.recommender_id = :recommender)"
				+ " order by o.name, r.rank")
			.param("call", callId)
			.param("recommender", recommenderId, java.sql.Types.BIGINT)
			.query((rs, n) -> new SummaryRow(rs.getLong("declaration_id"), rs.getInt("rank"), rs.getString("recommender_name"), rs.getString("name"),
					rs.getString("credit_code"), rs.getString("type"), rs.getString("region_code"),
					TrackKind.valueOf(rs.getString("track")), rs.getString("key_field"), rs.getString("trainees"),
					rs.getString("contact_name"), rs.getString("contact_phone"),
					rs.getTimestamp("recommended_at").toInstant(), rs.getString("status")))
			.list();
	}

	/** The applications of a call in the given states, with the names of the organisations on their routes. */
	List<AcceptedApplication> applicationsIn(long callId, List<String> statuses) {
		return jdbc.sql("select d.id, i.name, i.credit_code, i.region_code, d.track, d.key_field,"
				+ " (select string_agg(o.name, E'\n' order by s.seq) from review_stage s join organization_names o on o.id = s.actor_id"
				+ " where s.declaration_id = d.id and not s.intake) as route"
				+ " from declaration_states d join institution_directory i on i.id = d.institution_id"
				+ " where d.call_id = :call and d.status in (:statuses) order by d.id")
			.param("call", callId)
			.param("statuses", statuses)
			.query((rs, n) -> new AcceptedApplication(rs.getLong("id"), rs.getString("name"), rs.getString("credit_code"),
					rs.getString("region_code"), TrackKind.valueOf(rs.getString("track")), rs.getString("key_field"),
					rs.getString("route") == null ? List.of() : List.of(rs.getString("route").split("\n"))))
			.list();
	}

	/** Swaps a recommendation with its neighbour above ({@code -1}) or below ({@code +1}). */
	boolean move(long callId, long recommenderId, long declarationId, int direction) {
		Optional<Recommendation> r = recommendation(declarationId)
			.filter(x -> x.callId() == callId && x.recommenderId() == recommenderId);
		if (r.isEmpty()) {
			return false;
		}
		int from = r.get().rank();
		int to = from + direction;
		int neighbours = jdbc.sql("update recommendation set rank = ? where call_id = ? and recommender_id = ? and rank = ?")
			.params(from, callId, recommenderId, to)
			.update();
		if (neighbours == 0) {
			return false;
		}
		jdbc.sql("update recommendation set rank = ? where declaration_id = ?").params(to, declarationId).update();
		return true;
	}

	private static final String RECOMMENDATIONS = "select r.*, o.name as recommender_name, i.name as institution_name,"
			+ " d.status from recommendation r join organization_names o on o.id = r.recommender_id"
			+ " join declaration_states d on d.id = r.declaration_id join institution_directory i on i.id = d.institution_id";

	private static Recommendation recommendation(java.sql.ResultSet rs, int n) throws java.sql.SQLException {
		return new Recommendation(rs.getLong("declaration_id"), rs.getLong("call_id"), rs.getLong("recommender_id"),
				rs.getString("recommender_name"), rs.getString("institution_name"), TrackKind.valueOf(rs.getString("track")),
				rs.getBoolean("counted"), rs.getInt("rank"),
				new RecommendationLetter(rs.getBoolean("builds_bases"), rs.getString("builds_bases_note"),
						rs.getString("relation"), rs.getString("reason"), rs.getString("contact_name"),
						rs.getString("contact_phone")),
				rs.getTimestamp("recommended_at").toInstant(), rs.getString("status"));
	}
}
