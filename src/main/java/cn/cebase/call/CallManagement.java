package cn.cebase.call;

import java.time.Clock;
import java.time.Instant;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import cn.cebase.identity.CurrentUser;
import cn.cebase.identity.Role;
import cn.cebase.institution.Institution;
import cn.cebase.policy.EligibilityFacts;
import cn.cebase.policy.EligibilityReport;
import cn.cebase.organization.Organization;
import cn.cebase.organization.OrganizationManagement;
import cn.cebase.policy.BaseHolding;
import cn.cebase.policy.Cited;
import cn.cebase.policy.PolicyProfile;
import cn.cebase.policy.PolicyProfiles;
import cn.cebase.policy.RecommenderKind;
import cn.cebase.policy.TrackKind;
import cn.cebase.shared.AuditableAction;
import cn.cebase.shared.BusinessException;

import org.springframework.context.ApplicationEventPublisher;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * 申报批次管理: an authority opens a call from its own jurisdiction's profile, publishes it and
 * extends it with a reason; the public reads published calls. Every change is audited. The door other
 * modules use: the call's quotas ({@link QuotaAllocation}), its eligibility rules ({@link CallEligibility})
 * and its route ({@link CallRoutes}) are concepts of their own behind it.
 */
@Service
@Transactional
public class CallManagement {

	private final Calls calls;

	private final PolicyProfiles profiles;

	private final OrganizationManagement organizations;

	private final ApplicationEventPublisher events;

	private final Clock clock;

	private final cn.cebase.document.FileStore files;

	private final CallRoutes routes;

	private final CallAccess access;

	private final CallEligibility eligibility;

	private final QuotaAllocation quotas;

	CallManagement(Calls calls, PolicyProfiles profiles, OrganizationManagement organizations,
			ApplicationEventPublisher events, Clock clock, cn.cebase.document.FileStore files, CallRoutes routes,
			CallAccess access, CallEligibility eligibility, QuotaAllocation quotas) {
		this.access = access;
		this.eligibility = eligibility;
		this.quotas = quotas;
		this.files = files;
		this.routes = routes;
		this.calls = calls;
		this.profiles = profiles;
		this.organizations = organizations;
		this.events = events;
		this.clock = clock;
	}

	/** A draft call from the newest version of a profile of the authority's own jurisdiction. */
	public Call create(CurrentUser actor, String profileCode, CallDetails requested) {
		Organization authority = access.authorityOf(actor);
		PolicyProfile profile = profiles.latest(profileCode)
			.orElseThrow(() -> BusinessException.invalidField("profileCode", "call.profileUnknown", profileCode));
		if (!fits(profile, authority)) {
			throw BusinessException.invalidField("profileCode", "call.profileNotYours", profile.title());
		}
		CallDetails details = withProfileDefaults(requested, profile);
		List<BusinessException> problems = problemsWith(details, profile);
		if (!problems.isEmpty()) {
			throw BusinessException.invalid(problems);
		}
		Call draft = new Call(null, profile.code(), profile.version(), authority.id(), details,
				profile.application().priorityHints().stream().map(Cited::value).toList(), CallStatus.DRAFT, null, null, actor.id(),
				clock.instant(), 0);
		long id = calls.insert(draft);
		events.publishEvent(AuditableAction.of("call.create", "call", id).withChanges(summary(details, profile)));
		return calls.findById(id).orElseThrow();
	}

	public Call edit(CurrentUser actor, long id, CallDetails requested, Integer version) {
		Call call = access.ownCall(actor, id, version);
		PolicyProfile profile = profileOf(call);
		CallDetails details = withProfileDefaults(requested, profile);
		List<BusinessException> problems = problemsWith(details, profile);
		if (!problems.isEmpty()) {
			throw BusinessException.invalid(problems);
		}
		call.edit(details);
		calls.update(call);
		events.publishEvent(AuditableAction.of("call.edit", "call", id).withChanges(summary(details, profile)));
		return calls.findById(id).orElseThrow();
	}

	public Call publish(CurrentUser actor, long id, Integer version) {
		Call call = access.ownCall(actor, id, version);
		call.publish(clock.instant());
		calls.update(call);
		events.publishEvent(AuditableAction.of("call.publish", "call", id)
			.withChanges(Map.of("closesAt", call.details().closesAt().toString())));
		events.publishEvent(new CallPublished(id, call.details().title(), call.authorityId()));
		return calls.findById(id).orElseThrow();
	}

	/** 开始评审: a closed call goes to review; no extension is possible after this. */
	public Call startReview(CurrentUser actor, long id, Integer version) {
		Call call = access.ownCall(actor, id, version);
		call.startReview();
		calls.update(call);
		events.publishEvent(AuditableAction.of("call.startReview", "call", id));
		return calls.findById(id).orElseThrow();
	}

	/**
	 * 结束: the call's business is done. Listeners act in the same transaction: on a call with the
	 * re-confirmation track, the bases that were not re-confirmed lose their title (SD 三(三)).
	 */
	public Call conclude(CurrentUser actor, long id, Integer version) {
		Call call = access.ownCall(actor, id, version);
		call.conclude();
		calls.update(call);
		events.publishEvent(AuditableAction.of("call.conclude", "call", id));
		events.publishEvent(new CallConcluded(id, call.details().title(), call.authorityId(), call.profileCode(),
				profileOf(call).level(), call.details().tracks(), call.publishedAt()));
		return calls.findById(id).orElseThrow();
	}

	/** 延期: a later deadline, with the reason kept beside the old and new deadlines. */
	public Call extend(CurrentUser actor, long id, Instant newClosesAt, String reason, Integer version) {
		Call call = access.ownCall(actor, id, version);
		if (reason == null || reason.isBlank()) {
			throw BusinessException.invalidField("reason", "validation.reasonRequired");
		}
		if (reason.length() > 500) {
			throw BusinessException.invalidField("reason", "validation.tooLong", 500);
		}
		Instant old = call.details().closesAt();
		call.extend(newClosesAt, clock.instant());
		calls.update(call);
		calls.insertDeadlineChange(id, old, newClosesAt, reason.strip(), actor.id(), clock.instant());
		events.publishEvent(AuditableAction.of("call.extend", "call", id)
			.withChanges(Map.of("closesAt", old + " → " + newClosesAt))
			.withReason(reason.strip()));
		return calls.findById(id).orElseThrow();
	}

	/** Closes every published call whose deadline has passed; called by the scheduled job on one node. */
	public int closeDue(Instant now) {
		List<Call> due = calls.findDue(now);
		for (Call call : due) {
			call.close(now);
			calls.update(call);
			events.publishEvent(AuditableAction.of("call.close", "call", call.id())
				.withChanges(Map.of("closesAt", call.details().closesAt().toString())));
			events.publishEvent(new CallClosed(call.id(), call.details().title(), call.authorityId()));
		}
		return due.size();
	}

	/** 逾期不予受理: whether the call takes a submission now, by the server's clock. */
	@Transactional(readOnly = true)
	public boolean acceptsSubmissionNow(long id) {
		return calls.findById(id).map(call -> call.acceptsSubmissionAt(clock.instant())).orElse(false);
	}

	/** 公告: the calls the public sees, open ones first. */
	@Transactional(readOnly = true)
	public List<Call> published() {
		List<Call> visible = new ArrayList<>(calls.findByStatus(CallStatus.PUBLISHED));
		visible.addAll(calls.findByStatus(CallStatus.CLOSED));
		visible.addAll(calls.findByStatus(CallStatus.REVIEWING));
		visible.addAll(calls.findByStatus(CallStatus.CONCLUDED));
		return visible;
	}

	/** The calls of the authority's organisation and those below it, drafts included. */
	@Transactional(readOnly = true)
	public List<Call> ofMyAuthority(CurrentUser actor) {
		if (!actor.has(Role.AUTHORITY) && !actor.has(Role.ADMIN)) {
			throw BusinessException.forbidden();
		}
		return calls.findByAuthorityPaths(actor.scope().pathPrefix());
	}

	/**
	 * Everything wrong with a call's details: a window that closes before it opens, tracks the
	 * profile does not offer, texts too long, each beside its field.
	 */
	static List<BusinessException> problemsWith(CallDetails details, PolicyProfile profile) {
		List<BusinessException> problems = new ArrayList<>();
		text(problems, "title", details.title(), 200, true);
		text(problems, "batchName", details.batchName(), 50, false);
		text(problems, "notice", details.notice(), 20000, true);
		if (details.year() == null) {
			problems.add(BusinessException.invalidField("year", "validation.required"));
		}
		else if (details.year() < 2000 || details.year() > 2100) {
			problems.add(BusinessException.invalidField("year", "call.yearRange"));
		}
		if (details.opensAt() == null) {
			problems.add(BusinessException.invalidField("opensAt", "validation.required"));
		}
		if (details.closesAt() == null) {
			problems.add(BusinessException.invalidField("closesAt", "validation.required"));
		}
		if (details.opensAt() != null && details.closesAt() != null && !details.closesAt().isAfter(details.opensAt())) {
			problems.add(BusinessException.invalidField("closesAt", "call.closesBeforeOpens"));
		}
		if (details.tracks().isEmpty()) {
			problems.add(BusinessException.invalidField("tracks", "call.tracksRequired"));
		}
		for (TrackKind track : details.tracks()) {
			if (!profile.application().hasTrack(track)) {
				problems.add(BusinessException.invalidField("tracks", "policy.trackNotOffered", track.name(), profile.code()));
			}
		}
		for (String field : details.keyFields()) {
			if (field.length() > 50) {
				problems.add(BusinessException.invalidField("keyFields", "validation.tooLong", 50));
			}
		}
		return problems;
	}

	private static void text(List<BusinessException> problems, String field, String value, int max, boolean required) {
		if (value == null || value.isBlank()) {
			if (required) {
				problems.add(BusinessException.invalidField(field, "validation.required"));
			}
		}
		else if (value.length() > max) {
			problems.add(BusinessException.invalidField(field, "validation.tooLong", max));
		}
	}

	/** A call offers the profile's regular track and key fields unless the authority chose otherwise. */
	private static CallDetails withProfileDefaults(CallDetails d, PolicyProfile profile) {
		List<TrackKind> tracks = d.tracks().isEmpty() ? List.of(TrackKind.REGULAR) : d.tracks();
		List<String> keyFields = d.keyFields().isEmpty() ? profile.application().keyFields().stream().map(Cited::value).toList()
				: d.keyFields().stream().map(String::strip).filter(s -> !s.isEmpty()).toList();
		return new CallDetails(strip(d.title()), d.year(), strip(d.batchName()), d.notice(), d.opensAt(), d.closesAt(), tracks,
				keyFields);
	}

	private static String strip(String s) {
		return s == null ? null : s.strip();
	}


	/** Whether the applicant chooses a recommender, may name an industry authority, or chooses nothing. */
	@Transactional(readOnly = true)
	public String channelMode(long callId) {
		return channelMode(callId, TrackKind.REGULAR);
	}

	/** As {@link #channelMode(long)}, on a track: on 直接申请 (ZB 第二十五条) the applicant chooses nothing. */
	@Transactional(readOnly = true)
	public String channelMode(long callId, TrackKind track) {
		Call call = calls.findById(callId).orElseThrow(BusinessException::notFound);
		return routes.channelOf(profileOf(call), track).name();
	}

	/** The organisations an applicant in {@code regionCode} may apply through in this call. */
	@Transactional(readOnly = true)
	public List<Organization> channels(long callId, String regionCode) {
		return channels(callId, regionCode, TrackKind.REGULAR);
	}

	/** As {@link #channels(long, String)}, on a track: none on 直接申请. */
	@Transactional(readOnly = true)
	public List<Organization> channels(long callId, String regionCode, TrackKind track) {
		Call call = calls.findById(callId).orElseThrow(BusinessException::notFound);
		return routes.channels(call, profileOf(call), regionCode, track);
	}

	/**
	 * The call's route for one applicant, stage by stage; refused with a field error when the
	 * chosen channel is missing or not allowed, or no organisation can act at a stage.
	 */
	@Transactional(readOnly = true)
	public List<RouteStop> route(long callId, String regionCode, Long channelId) {
		return route(callId, regionCode, channelId, TrackKind.REGULAR);
	}

	/**
	 * As {@link #route(long, String, Long)}, on a track: 直接申请 (ZB 第二十五条) goes straight to the
	 * authority's intake, and a channel named for it is refused.
	 */
	@Transactional(readOnly = true)
	public List<RouteStop> route(long callId, String regionCode, Long channelId, TrackKind track) {
		Call call = calls.findById(callId).orElseThrow(BusinessException::notFound);
		return routes.resolve(call, profileOf(call), regionCode, channelId, track);
	}

	/** 附件: a document of the notice (application form, summary table…), checked and kept once. */
	public CallAttachment attach(CurrentUser actor, long callId, String name, byte[] content) {
		Call call = access.ownCall(actor, callId, null);
		if (call.status() != CallStatus.DRAFT && call.status() != CallStatus.PUBLISHED) {
			throw BusinessException.conflict("call.attachment.closed");
		}
		if (name == null || name.isBlank()) {
			throw BusinessException.invalidField("file", "file.nameRequired");
		}
		String cleanName = name.strip().length() > 200 ? name.strip().substring(0, 200) : name.strip();
		var stored = files.store(content, java.util.EnumSet.allOf(cn.cebase.document.FileKind.class), "file");
		calls.insertAttachment(callId, stored.id(), cleanName, actor.id(), clock.instant());
		events.publishEvent(AuditableAction.of("call.attach", "call", callId)
			.withChanges(Map.of("file", cleanName, "sha256", stored.sha256())));
		return new CallAttachment(stored.id(), cleanName, stored.size(), stored.mediaType());
	}

	@Transactional(readOnly = true)
	public List<CallAttachment> attachments(long callId) {
		return calls.attachments(callId);
	}

	/** An attachment and its bytes, for anyone who may see the call. */
	@Transactional(readOnly = true)
	public Map.Entry<CallAttachment, byte[]> attachmentContent(CurrentUser actor, long callId, long fileId) {
		get(actor, callId);
		CallAttachment attachment = calls.attachments(callId)
			.stream()
			.filter(a -> a.fileId() == fileId)
			.findFirst()
			.orElseThrow(BusinessException::notFound);
		return Map.entry(attachment, files.content(fileId).orElseThrow(BusinessException::notFound));
	}

	/** The profiles the signed-in authority may open calls from. */
	@Transactional(readOnly = true)
	public List<PolicyProfile> profilesFor(CurrentUser actor) {
		Organization authority = access.authorityOf(actor);
		return profiles.allLatest().stream().filter(p -> fits(p, authority)).toList();
	}

	/** The changes of a call's deadline, newest first. */
	@Transactional(readOnly = true)
	public List<DeadlineChange> deadlineChanges(CurrentUser actor, long id) {
		access.ownCall(actor, id, null);
		return calls.deadlineChanges(id);
	}

	private static boolean fits(PolicyProfile profile, Organization authority) {
		return cn.cebase.policy.ProfileEditing.belongsTo(profile, authority);
	}


	/** A call as the public sees it: published or later; a draft only to its authority's staff. */
	@Transactional(readOnly = true)
	public Call get(CurrentUser actor, long id) {
		return access.get(actor, id);
	}

	@Transactional(readOnly = true)
	public PolicyProfile profileOf(Call call) {
		return access.profileOf(call);
	}

	/**
	 * 资格自查: the call's rules run for the signed-in institution, on what the platform knows of it
	 * (type, region, adverse credit records) and what it declares. Nothing is stored.
	 */
	@Transactional(readOnly = true)
	public EligibilityReport selfCheck(CurrentUser actor, long callId, SelfCheckInput input) {
		return eligibility.selfCheck(actor, callId, input);
	}

	/**
	 * What the call's rules look at, assembled in one place ({@link CallEligibility}), each fact from the
	 * module that owns it.
	 *
	 * @param otherApplicationsCount false at submission, where the application being submitted is the one in the call
	 */
	@Transactional(readOnly = true)
	public EligibilityFacts eligibilityFacts(CurrentUser actor, Call call, Institution institution, SelfCheckInput declared,
			boolean otherApplicationsCount) {
		return eligibility.eligibilityFacts(actor, call, institution, declared, otherApplicationsCount);
	}

	/** The bases an institution holds, as the call's eligibility rules see them (重新确认, 直接申请). */
	@Transactional(readOnly = true)
	public List<BaseHolding> basesHeld(Call call, long institutionId, String creditCode) {
		return eligibility.basesHeld(call, institutionId, creditCode);
	}

	/** 名额调整: one recommender's quota in a call, overall and per track, with a reason ({@link QuotaAllocation}). */
	public RecommenderQuota adjustQuota(CurrentUser actor, long callId, long recommenderId, Integer total,
			Map<TrackKind, Integer> perTrack, String reason) {
		return quotas.adjustQuota(actor, callId, recommenderId, total, perTrack, reason);
	}

	/** One recommender's quota in a call, as it needs it when it recommends; {@code total} null where none is set. */
	@Transactional(readOnly = true)
	public RecommenderQuota quotaFor(long callId, long recommenderId) {
		return quotas.quotaFor(callId, recommenderId);
	}

	/** Every recommender in the authority's scope with its quota in this call. */
	@Transactional(readOnly = true)
	public List<RecommenderQuota> quotas(CurrentUser actor, long callId) {
		return quotas.quotas(actor, callId);
	}

	/** Which quota clause speaks of an organisation, by its kind and level. */
	public static RecommenderKind recommenderKind(Organization organization) {
		return QuotaAllocation.recommenderKind(organization);
	}

	private static Map<String, String> summary(CallDetails details, PolicyProfile profile) {
		Map<String, String> changes = new LinkedHashMap<>();
		changes.put("profile", profile.code() + " v" + profile.version());
		changes.put("title", details.title());
		changes.put("window", details.opensAt() + " – " + details.closesAt());
		changes.put("tracks", details.tracks().toString());
		return changes;
	}
}
