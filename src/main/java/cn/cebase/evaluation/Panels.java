package cn.cebase.evaluation;

import java.security.SecureRandom;
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
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * 专家评审组, the module's entry point for panels: the authority draws a panel for a call from its
 * pool ({@link PanelDraw}); members accept or decline (a reserve steps in); each member declares for
 * each application whether it has a conflict before it may open the file, and a declared conflict
 * calls the next reserve for that application; the authority designates the chair. Each member's
 * seat is a {@link PanelMember}, which checks and registers what happens to it; this class checks
 * who acts, saves the members through {@link PanelMembers} and publishes their events.
 */
@Service
@Transactional
public class Panels {

	static final int MAX_SIZE = 50;

	private final DrawnPanels panels;

	private final PanelMembers members;

	private final ExpertPool experts;

	private final ReviewManagement reviews;

	private final CallManagement calls;

	private final ApplicationEventPublisher events;

	private final Clock clock;

	private final DeclarationProgress progress;

	private final SecureRandom random = new SecureRandom();

	Panels(DrawnPanels panels, PanelMembers members, ExpertPool experts, ReviewManagement reviews, CallManagement calls,
			ApplicationEventPublisher events, Clock clock, DeclarationProgress progress) {
		this.panels = panels;
		this.members = members;
		this.progress = progress;
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
		long panelId = panels.insert(callId, blank(request.keyField()), request.size(), reserves, seed,
				request.avoidSameRegion(), result.candidates(), actor.id(), clock.instant());
		List<Long> declarationIds = applications.stream().map(AcceptedApplication::declarationId).toList();
		int position = 1;
		for (Expert member : result.members()) {
			members.add(PanelMember.drawn(panelId, callId, member.id(), position++, declarationIds));
		}
		for (Expert reserve : result.reserves()) {
			members.add(PanelMember.reserve(panelId, callId, reserve.id(), position++));
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
		List<PanelMember> seats = lockedMembers(panelId);
		PanelMember member = seats.stream()
			.filter(m -> m.expertId() == me.id())
			.findFirst()
			.orElseThrow(() -> BusinessException.conflict("panel.notInvited"));
		if (accept) {
			member.accept(clock.instant());
			save(member);
			return find(panelId).orElseThrow();
		}
		List<Long> given = member.decline(reason, clock.instant());
		save(member);
		nextReserve(seats).ifPresent(reserve -> {
			reserve.standIn(given);
			save(reserve);
		});
		return find(panelId).orElseThrow();
	}

	/**
	 * 回避申报: before opening an application, the member says whether it has a conflict with it.
	 * Said once; a conflict takes the application from the member and gives it to the next reserve.
	 */
	public Panel declare(CurrentUser actor, long panelId, long declarationId, Boolean conflict, String reason) {
		Expert me = expertOf(actor);
		List<PanelMember> seats = lockedMembers(panelId);
		PanelMember member = seats.stream()
			.filter(m -> m.expertId() == me.id())
			.findFirst()
			.orElseThrow(BusinessException::notFound);
		member.declare(declarationId, conflict, reason, clock.instant());
		save(member);
		if (conflict) {
			nextReserve(seats).ifPresent(reserve -> {
				reserve.standIn(List.of(declarationId));
				save(reserve);
			});
		}
		return find(panelId).orElseThrow();
	}

	/**
	 * 指定组长: the call's authority designates one accepted member as the panel's chair, who writes
	 * the panel's summary on each application. It may designate another later (the summaries already
	 * written stay, with who wrote them).
	 */
	public Panel designateChair(CurrentUser actor, long panelId, Long expertId) {
		List<PanelMember> seats = lockedMembers(panelId);
		Panel panel = find(panelId).orElseThrow();
		ownCall(actor, panel.callId());
		if (expertId == null) {
			throw BusinessException.invalidField("expertId", "validation.required");
		}
		PanelMember member = seats.stream()
			.filter(m -> m.expertId() == expertId)
			.findFirst()
			.orElseThrow(() -> BusinessException.invalidField("expertId", "panel.chair.notAccepted"));
		member.designateChair(panel.chairId());
		if (member.pendingEvents().isEmpty()) {
			return panel;
		}
		save(member);
		return find(panelId).orElseThrow();
	}

	/** The panels of a call, for its authority. */
	@Transactional(readOnly = true)
	public List<Panel> ofCall(CurrentUser actor, long callId) {
		ownCall(actor, callId);
		return panels.idsOfCall(callId).stream().map(id -> find(id).orElseThrow()).toList();
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
		return me == null ? 0 : members.invitationCount(me);
	}

	/** The panels the signed-in expert was drawn for. */
	@Transactional(readOnly = true)
	public List<Panel> mine(CurrentUser actor) {
		Optional<Expert> me = actor.has(Role.EXPERT) ? experts.ofUser(actor.id()) : Optional.empty();
		if (me.isEmpty()) {
			return List.of();
		}
		return members.panelsOf(me.get().id()).stream().map(id -> find(id).orElseThrow()).toList();
	}

	Optional<Panel> find(long panelId) {
		return panels.find(panelId);
	}

	/** The panel's seats under its row lock. */
	private List<PanelMember> lockedMembers(long panelId) {
		if (!panels.lock(panelId)) {
			throw BusinessException.notFound();
		}
		return members.ofPanel(panelId);
	}

	private static Optional<PanelMember> nextReserve(List<PanelMember> seats) {
		return seats.stream().filter(PanelMember::waitingReserve).findFirst();
	}

	/** Writes the member, then publishes what happened to it, with the audit record and the invitation it calls for. */
	private void save(PanelMember member) {
		members.save(member);
		for (PanelMemberEvent event : member.pendingEvents()) {
			if (event instanceof PanelMemberAccepted accepted) {
				events.publishEvent(AuditableAction.of("panel.accept", "panel", accepted.panelId()));
			}
			else if (event instanceof PanelMemberDeclined declined) {
				events.publishEvent(AuditableAction.of("panel.decline", "panel", declined.panelId())
					.withReason(declined.reason()));
			}
			else if (event instanceof ReserveCalledIn called) {
				experts.find(called.expertId())
					.ifPresent(e -> events.publishEvent(new ExpertsInvited(called.panelId(), called.callId(),
							List.of(e.userId()))));
			}
			else if (event instanceof ConflictDeclared declared) {
				events.publishEvent(AuditableAction.of("panel.declare", "declaration", declared.declarationId())
					.withChanges(Map.of("panel", String.valueOf(declared.panelId()), "conflict",
							String.valueOf(declared.conflict())))
					.withReason(declared.reason()));
			}
			else if (event instanceof PanelChairDesignated designated) {
				Map<String, String> changes = new LinkedHashMap<>();
				changes.put("chair", (designated.previousChairId() == null ? "-" : designated.previousChairId()) + " → "
						+ designated.expertId());
				events.publishEvent(AuditableAction.of("panel.chair", "panel", designated.panelId()).withChanges(changes));
			}
			events.publishEvent(event);
		}
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

	private static String blank(String s) {
		return s == null || s.isBlank() ? null : s.strip();
	}
}
