package cn.cebase.evaluation;

import java.security.SecureRandom;
import java.sql.Timestamp;
import java.time.Clock;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

import cn.cebase.call.Call;
import cn.cebase.call.CallManagement;
import cn.cebase.declaration.DeclarationProgress;
import cn.cebase.declaration.DeclarationStatus;
import cn.cebase.identity.CurrentUser;
import cn.cebase.identity.Role;
import cn.cebase.review.AcceptedApplication;
import cn.cebase.review.ReviewManagement;
import cn.cebase.shared.AuditableAction;
import cn.cebase.shared.BusinessException;

import org.springframework.context.ApplicationEventPublisher;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * 专家评审组: the authority draws a panel for a call from its pool; members accept or decline (a
 * reserve steps in); each member declares for each application whether it has a conflict before it
 * may open the file, and a declared conflict calls the next reserve for that application.
 */
@Service
@Transactional
public class Panels {

	static final int MAX_SIZE = 50;

	private final JdbcClient jdbc;

	private final ExpertPool experts;

	private final ReviewManagement reviews;

	private final CallManagement calls;

	private final ApplicationEventPublisher events;

	private final Clock clock;

	private final DeclarationProgress progress;

	private final SecureRandom random = new SecureRandom();

	Panels(JdbcClient jdbc, ExpertPool experts, ReviewManagement reviews, CallManagement calls,
			ApplicationEventPublisher events, Clock clock, DeclarationProgress progress) {
		this.progress = progress;
		this.jdbc = jdbc;
		this.experts = experts;
		this.reviews = reviews;
		this.calls = calls;
		this.events = events;
		this.clock = clock;
	}

	/** 抽取: draws the panel for the call's accepted applications (of one key field, if given). */
	public Panel draw(CurrentUser actor, long callId, PanelRequest request) {
		List<AcceptedApplication> applications = reviews.accepted(actor, callId)
			.stream()
			.filter(a -> blank(request.keyField()) == null || blank(request.keyField()).equals(a.keyField()))
			.toList();
		List<BusinessException> problems = new ArrayList<>();
		if (request.size() == null) {
			problems.add(BusinessException.invalidField("size", "validation.required"));
		}
		else if (request.size() < 1 || request.size() > MAX_SIZE) {
			problems.add(BusinessException.invalidField("size", "panel.sizeRange", MAX_SIZE));
		}
		int reserves = request.reserves() == null ? 0 : request.reserves();
		if (reserves < 0 || reserves > MAX_SIZE) {
			problems.add(BusinessException.invalidField("reserves", "panel.sizeRange", MAX_SIZE));
		}
		if (!problems.isEmpty()) {
			throw BusinessException.invalid(problems);
		}
		if (applications.isEmpty()) {
			throw BusinessException.conflict("panel.noApplications");
		}
		long seed = request.seed() != null ? request.seed() : random.nextLong();
		PanelDraw.Result result = PanelDraw.draw(experts.activePoolOf(actor.organizationId()), applications,
				blank(request.keyField()), request.avoidSameRegion(), request.size(), reserves, seed);
		long panelId = jdbc.sql("insert into panel (call_id, key_field, size, reserves, seed, avoid_same_region, candidates,"
				+ " drawn_by, drawn_at) values (?,?,?,?,?,?,?,?,?) returning id")
			.params(callId, blank(request.keyField()), request.size(), reserves, seed, request.avoidSameRegion(),
					result.candidates(), actor.id(), Timestamp.from(clock.instant()))
			.query(Long.class)
			.single();
		int position = 1;
		for (Expert member : result.members()) {
			insertMember(panelId, member.id(), position++, Panel.Role.MEMBER, Panel.Status.INVITED);
			applications.forEach(a -> assign(panelId, member.id(), a.declarationId()));
		}
		for (Expert reserve : result.reserves()) {
			insertMember(panelId, reserve.id(), position++, Panel.Role.RESERVE, Panel.Status.WAITING);
		}
		applications.forEach(a -> progress.advanceTo(a.declarationId(), DeclarationStatus.EXPERT_REVIEW));
		Map<String, String> changes = new LinkedHashMap<>();
		changes.put("call", String.valueOf(callId));
		changes.put("seed", String.valueOf(seed));
		changes.put("candidates", String.valueOf(result.candidates()));
		changes.put("members", result.members().stream().map(e -> String.valueOf(e.id())).toList().toString());
		changes.put("reserves", result.reserves().stream().map(e -> String.valueOf(e.id())).toList().toString());
		events.publishEvent(AuditableAction.of("panel.draw", "panel", panelId).withChanges(changes));
		events.publishEvent(new ExpertsInvited(panelId, callId,
				result.members().stream().map(Expert::userId).toList()));
		return get(actor, panelId);
	}

	/** Draws again from the recorded seed and the pool as it is now; the same pool gives the same panel. */
	@Transactional(readOnly = true)
	public List<Long> redraw(CurrentUser actor, long panelId) {
		Panel panel = get(actor, panelId);
		List<AcceptedApplication> applications = reviews.accepted(actor, panel.callId())
			.stream()
			.filter(a -> panel.keyField() == null || panel.keyField().equals(a.keyField()))
			.toList();
		PanelDraw.Result result = PanelDraw.draw(experts.activePoolOf(actor.organizationId()), applications,
				panel.keyField(), panel.avoidSameRegion(), panel.size(), panel.reserves(), panel.seed());
		List<Long> ids = new ArrayList<>(result.members().stream().map(Expert::id).toList());
		ids.addAll(result.reserves().stream().map(Expert::id).toList());
		return ids;
	}

	/** A member accepts, or declines with a reason and the first waiting reserve is invited in its place. */
	public Panel respond(CurrentUser actor, long panelId, boolean accept, String reason) {
		Expert me = expertOf(actor);
		Panel panel = lockedPanel(panelId);
		Panel.Member member = panel.members()
			.stream()
			.filter(m -> m.expertId() == me.id() && m.status() == Panel.Status.INVITED)
			.findFirst()
			.orElseThrow(() -> BusinessException.conflict("panel.notInvited"));
		if (accept) {
			setStatus(panelId, me.id(), Panel.Status.ACCEPTED, null);
			events.publishEvent(AuditableAction.of("panel.accept", "panel", panelId));
			return find(panelId).orElseThrow();
		}
		String why = required(reason);
		setStatus(panelId, me.id(), Panel.Status.DECLINED, why);
		List<Long> mine = panel.assignments()
			.stream()
			.filter(a -> a.expertId() == me.id())
			.map(Panel.Assignment::declarationId)
			.toList();
		jdbc.sql("delete from expert_assignment where panel_id = ? and expert_id = ?").params(panelId, me.id()).update();
		nextReserve(panel).ifPresent(reserve -> {
			promote(panelId, reserve);
			mine.forEach(d -> assign(panelId, reserve.expertId(), d));
		});
		events.publishEvent(AuditableAction.of("panel.decline", "panel", panelId).withReason(why));
		return find(panelId).orElseThrow();
	}

	/**
	 * 回避申报: before opening an application, the member says whether it has a conflict with it.
	 * Said once; a conflict takes the application from the member and gives it to the next reserve.
	 */
	public Panel declare(CurrentUser actor, long panelId, long declarationId, Boolean conflict, String reason) {
		Expert me = expertOf(actor);
		Panel panel = lockedPanel(panelId);
		Panel.Assignment assignment = panel.assignments()
			.stream()
			.filter(a -> a.expertId() == me.id() && a.declarationId() == declarationId)
			.findFirst()
			.orElseThrow(BusinessException::notFound);
		boolean accepted = panel.members()
			.stream()
			.anyMatch(m -> m.expertId() == me.id() && m.status() == Panel.Status.ACCEPTED);
		if (!accepted) {
			throw BusinessException.conflict("panel.acceptFirst");
		}
		if (assignment.conflict() != null) {
			throw BusinessException.conflict("panel.alreadyDeclared");
		}
		if (conflict == null) {
			throw BusinessException.invalidField("conflict", "validation.required");
		}
		String why = conflict ? required(reason) : blank(reason);
		jdbc.sql("update expert_assignment set conflict = ?, reason = ?, declared_at = ?"
				+ " where panel_id = ? and expert_id = ? and declaration_id = ?")
			.params(conflict, why, Timestamp.from(clock.instant()), panelId, me.id(), declarationId)
			.update();
		if (conflict) {
			nextReserve(panel).ifPresent(reserve -> {
				promote(panelId, reserve);
				assign(panelId, reserve.expertId(), declarationId);
			});
		}
		events.publishEvent(AuditableAction.of("panel.declare", "declaration", declarationId)
			.withChanges(Map.of("panel", String.valueOf(panelId), "conflict", String.valueOf(conflict)))
			.withReason(why));
		return find(panelId).orElseThrow();
	}

	/**
	 * 指定组长: the call's authority designates one accepted member as the panel's chair, who writes
	 * the panel's summary on each application. It may designate another later (the summaries already
	 * written stay, with who wrote them).
	 */
	public Panel designateChair(CurrentUser actor, long panelId, Long expertId) {
		Panel panel = lockedPanel(panelId);
		ownCall(actor, panel.callId());
		if (expertId == null) {
			throw BusinessException.invalidField("expertId", "validation.required");
		}
		Panel.Member member = panel.members()
			.stream()
			.filter(m -> m.expertId() == expertId && m.role() == Panel.Role.MEMBER && m.status() == Panel.Status.ACCEPTED)
			.findFirst()
			.orElseThrow(() -> BusinessException.invalidField("expertId", "panel.chair.notAccepted"));
		if (panel.chairedBy(expertId)) {
			return panel;
		}
		jdbc.sql("update panel set chair_expert_id = ? where id = ?").params(expertId, panelId).update();
		Map<String, String> changes = new LinkedHashMap<>();
		changes.put("chair", (panel.chairId() == null ? "-" : panel.chairId()) + " → " + member.expertId());
		events.publishEvent(AuditableAction.of("panel.chair", "panel", panelId).withChanges(changes));
		return find(panelId).orElseThrow();
	}

	/** The panels of a call, for its authority. */
	@Transactional(readOnly = true)
	public List<Panel> ofCall(CurrentUser actor, long callId) {
		ownCall(actor, callId);
		return jdbc.sql("select id from panel where call_id = ? order by id")
			.param(callId)
			.query(Long.class)
			.list()
			.stream()
			.map(id -> find(id).orElseThrow())
			.toList();
	}

	/** A panel, for the call's authority or one of the panel's experts. */
	@Transactional(readOnly = true)
	public Panel get(CurrentUser actor, long panelId) {
		Panel panel = find(panelId).orElseThrow(BusinessException::notFound);
		if (actor.has(Role.EXPERT)) {
			Optional<Expert> me = experts.ofUser(actor.id());
			if (me.isPresent() && panel.members().stream().anyMatch(m -> m.expertId() == me.get().id())) {
				return panel;
			}
		}
		ownCall(actor, panel.callId());
		return panel;
	}

	/** The signed-in expert's id in the pool, or null for anyone else. */
	@Transactional(readOnly = true)
	public Long expertIdOf(CurrentUser actor) {
		return actor.has(Role.EXPERT) ? experts.ofUser(actor.id()).map(Expert::id).orElse(null) : null;
	}

	/** How many invitations the signed-in expert has yet to answer. */
	@Transactional(readOnly = true)
	public long invitationCount(CurrentUser actor) {
		Long me = expertIdOf(actor);
		return me == null ? 0 : jdbc.sql("select count(*) from panel_member where expert_id = ? and status = 'INVITED'")
			.param(me)
			.query(Long.class)
			.single();
	}

	/** The panels the signed-in expert was drawn for. */
	@Transactional(readOnly = true)
	public List<Panel> mine(CurrentUser actor) {
		Optional<Expert> me = actor.has(Role.EXPERT) ? experts.ofUser(actor.id()) : Optional.empty();
		if (me.isEmpty()) {
			return List.of();
		}
		return jdbc.sql("select panel_id from panel_member where expert_id = ? and status <> 'WAITING' order by panel_id desc")
			.param(me.get().id())
			.query(Long.class)
			.list()
			.stream()
			.map(id -> find(id).orElseThrow())
			.toList();
	}

	Optional<Panel> find(long panelId) {
		return jdbc.sql("select p.*, c.title from panel p join call_summaries c on c.id = p.call_id where p.id = ?")
			.param(panelId)
			.query((rs, n) -> new Panel(rs.getLong("id"), rs.getLong("call_id"), rs.getString("title"), rs.getString("key_field"), rs.getInt("size"), rs.getInt("reserves"), rs.getLong("seed"),
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

	private Panel lockedPanel(long panelId) {
		jdbc.sql("select id from panel where id = ? for update").param(panelId).query(Long.class).optional()
			.orElseThrow(BusinessException::notFound);
		return find(panelId).orElseThrow();
	}

	private Optional<Panel.Member> nextReserve(Panel panel) {
		return panel.members()
			.stream()
			.filter(m -> m.role() == Panel.Role.RESERVE && m.status() == Panel.Status.WAITING)
			.findFirst();
	}

	private void promote(long panelId, Panel.Member reserve) {
		jdbc.sql("update panel_member set role = 'MEMBER', status = 'INVITED' where panel_id = ? and expert_id = ?")
			.params(panelId, reserve.expertId())
			.update();
		experts.find(reserve.expertId()).ifPresent(e -> events.publishEvent(
				new ExpertsInvited(panelId, find(panelId).orElseThrow().callId(), List.of(e.userId()))));
	}

	private void insertMember(long panelId, long expertId, int position, Panel.Role role, Panel.Status status) {
		jdbc.sql("insert into panel_member (panel_id, expert_id, position, role, status) values (?,?,?,?,?)")
			.params(panelId, expertId, position, role.name(), status.name())
			.update();
	}

	private void assign(long panelId, long expertId, long declarationId) {
		jdbc.sql("insert into expert_assignment (panel_id, expert_id, declaration_id) values (?,?,?) on conflict do nothing")
			.params(panelId, expertId, declarationId)
			.update();
	}

	private void setStatus(long panelId, long expertId, Panel.Status status, String reason) {
		jdbc.sql("update panel_member set status = ?, reason = ?, responded_at = ? where panel_id = ? and expert_id = ?")
			.params(status.name(), reason, Timestamp.from(clock.instant()), panelId, expertId)
			.update();
	}

	private Expert expertOf(CurrentUser actor) {
		if (!actor.has(Role.EXPERT)) {
			throw BusinessException.forbidden();
		}
		return experts.ofUser(actor.id()).orElseThrow(BusinessException::forbidden);
	}

	private Call ownCall(CurrentUser actor, long callId) {
		Call call = calls.get(actor, callId);
		if (!actor.has(Role.AUTHORITY) || call.authorityId() != actor.organizationId()) {
			throw BusinessException.notFound();
		}
		return call;
	}

	private static String required(String reason) {
		String clean = blank(reason);
		if (clean == null) {
			throw BusinessException.invalidField("reason", "panel.reasonRequired");
		}
		if (clean.length() > 500) {
			throw BusinessException.invalidField("reason", "validation.tooLong", 500);
		}
		return clean;
	}

	private static String blank(String s) {
		return s == null || s.isBlank() ? null : s.strip();
	}
}
