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
import cn.cebase.institution.InstitutionManagement;
import cn.cebase.policy.EligibilityCheck;
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
 * extends it with a reason; the public reads published calls. Every change is audited.
 */
@Service
@Transactional
public class CallManagement {

	private final Calls calls;

	private final PolicyProfiles profiles;

	private final OrganizationManagement organizations;

	private final ApplicationEventPublisher events;

	private final Clock clock;

	private final InstitutionManagement institutions;

	private final cn.cebase.document.FileStore files;

	private final CallRoutes routes;

	private final List<SubmittedApplications> submitted;

	private final List<HeldBases> heldBases;

	CallManagement(Calls calls, PolicyProfiles profiles, OrganizationManagement organizations,
			ApplicationEventPublisher events, Clock clock, InstitutionManagement institutions,
			cn.cebase.document.FileStore files, CallRoutes routes, List<SubmittedApplications> submitted,
			List<HeldBases> heldBases) {
		this.submitted = submitted;
		this.heldBases = heldBases;
		this.files = files;
		this.routes = routes;
		this.calls = calls;
		this.profiles = profiles;
		this.organizations = organizations;
		this.events = events;
		this.clock = clock;
		this.institutions = institutions;
	}

	/**
	 * 资格自查: the call's rules run for the signed-in institution, on what the platform knows of it
	 * (type, region, adverse credit records) and what it declares. Nothing is stored.
	 */
	@Transactional(readOnly = true)
	public EligibilityReport selfCheck(CurrentUser actor, long callId, SelfCheckInput input) {
		Institution institution = institutions.mine(actor);
		Call call = get(actor, callId);
		if (call.status() != CallStatus.PUBLISHED) {
			throw BusinessException.conflict("call.notOpen");
		}
		TrackKind track = input.track() == null ? TrackKind.REGULAR : input.track();
		if (!call.offers(track)) {
			throw BusinessException.invalidField("track", "call.trackNotOffered");
		}
		if (input.annualTrainees() != null && input.annualTrainees().stream().anyMatch(n -> n != null && n < 0)
				|| input.venueSeats() != null && input.venueSeats() < 0
				|| input.fullTimeManagersWithBachelor() != null && input.fullTimeManagersWithBachelor() < 0) {
			throw BusinessException.invalidField("annualTrainees", "policy.invalid.negative");
		}
		PolicyProfile profile = profileOf(call);
		EligibilityFacts facts = eligibilityFacts(actor, call, institution, input, true);
		return EligibilityCheck.run(profile, track, facts);
	}

	/**
	 * What the call's rules look at, assembled here and nowhere else, each fact from the module that
	 * owns it: type, region and adverse credit records (institution); another live application in the
	 * call and a refusal for falsified materials (declaration, review); the bases held and the newest
	 * revocation of a base this authority had recognised (base, FJ 第二十四条); the rest as declared.
	 *
	 * @param otherApplicationsCount false at submission, where the application being submitted is the one in the call
	 */
	@Transactional(readOnly = true)
	public EligibilityFacts eligibilityFacts(CurrentUser actor, Call call, Institution institution, SelfCheckInput declared,
			boolean otherApplicationsCount) {
		long id = institution.id();
		boolean applied = otherApplicationsCount && submitted.stream().anyMatch(a -> a.exists(call.id(), id));
		boolean falsified = submitted.stream().anyMatch(a -> a.falsifiedBefore(id));
		java.time.LocalDate lastRevokedOn = heldBases.stream()
			.map(h -> h.lastRevokedOn(call.authorityId(), id, institution.creditCode()))
			.flatMap(java.util.Optional::stream)
			.max(java.util.Comparator.naturalOrder())
			.orElse(null);
		return new EligibilityFacts(institution.type().name(), institution.regionCode(), declared.independentLegalPerson(),
				declared.venueSeats(), declared.fullTimeManagersWithBachelor(), declared.annualTrainees(),
				institutions.creditRecords(actor, id).size(), declared.platformConnectsToProvince(),
				declared.platformFunctions(), lastRevokedOn, falsified, applied, declared.keyField(),
				java.time.LocalDate.now(clock))
			.withBasesHeld(basesHeld(call, id, institution.creditCode()));
	}

	/**
	 * The bases an institution holds, as the call's eligibility rules see them: whether each was
	 * recognised by the call's own authority (重新确认, SD 三(三)) and its level and region (直接申请,
	 * ZB 第二十五条).
	 */
	@Transactional(readOnly = true)
	public List<BaseHolding> basesHeld(Call call, long institutionId, String creditCode) {
		return heldBases.stream()
			.flatMap(h -> h.heldBy(institutionId, creditCode).stream())
			.map(b -> new BaseHolding(b.level(), b.regionCode(), b.active(), b.authorityId() == call.authorityId()))
			.toList();
	}

	/** A draft call from the newest version of a profile of the authority's own jurisdiction. */
	public Call create(CurrentUser actor, String profileCode, CallDetails requested) {
		Organization authority = authorityOf(actor);
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
		Call call = ownCall(actor, id, version);
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
		Call call = ownCall(actor, id, version);
		call.publish(clock.instant());
		calls.update(call);
		events.publishEvent(AuditableAction.of("call.publish", "call", id)
			.withChanges(Map.of("closesAt", call.details().closesAt().toString())));
		events.publishEvent(new CallPublished(id, call.details().title(), call.authorityId()));
		return calls.findById(id).orElseThrow();
	}

	/** 开始评审: a closed call goes to review; no extension is possible after this. */
	public Call startReview(CurrentUser actor, long id, Integer version) {
		Call call = ownCall(actor, id, version);
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
		Call call = ownCall(actor, id, version);
		call.conclude();
		calls.update(call);
		events.publishEvent(AuditableAction.of("call.conclude", "call", id));
		events.publishEvent(new CallConcluded(id, call.details().title(), call.authorityId(), call.profileCode(),
				profileOf(call).level(), call.details().tracks(), call.publishedAt()));
		return calls.findById(id).orElseThrow();
	}

	/** 延期: a later deadline, with the reason kept beside the old and new deadlines. */
	public Call extend(CurrentUser actor, long id, Instant newClosesAt, String reason, Integer version) {
		Call call = ownCall(actor, id, version);
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

	/** A call as the public sees it: published or later; a draft only to its authority's staff. */
	@Transactional(readOnly = true)
	public Call get(CurrentUser actor, long id) {
		Call call = calls.findById(id).orElseThrow(BusinessException::notFound);
		if (call.status() == CallStatus.DRAFT && (actor == null || !actor.has(Role.AUTHORITY)
				|| !actor.scope().covers(organizations.get(call.authorityId()).path()))) {
			throw BusinessException.notFound();
		}
		return call;
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

	@Transactional(readOnly = true)
	public PolicyProfile profileOf(Call call) {
		return profiles.latest(call.profileCode()).orElseThrow();
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

	private Organization authorityOf(CurrentUser actor) {
		if (actor == null || !actor.has(Role.AUTHORITY)) {
			throw BusinessException.forbidden();
		}
		return organizations.get(actor.organizationId());
	}

	/**
	 * 名额调整: sets one recommender's quota in a call, overall and per track, with a reason. A quota
	 * below zero or a track share above the quota is refused.
	 */
	public RecommenderQuota adjustQuota(CurrentUser actor, long callId, long recommenderId, Integer total,
			Map<TrackKind, Integer> perTrack, String reason) {
		Call call = ownCall(actor, callId, null);
		if (call.status() != CallStatus.DRAFT && call.status() != CallStatus.PUBLISHED) {
			throw BusinessException.conflict("call.quota.closed");
		}
		Organization recommender = organizations.find(recommenderId)
			.filter(o -> actor.scope().covers(o.path()) && recommenderKind(o) != null)
			.orElseThrow(() -> BusinessException.invalidField("recommenderId", "call.quota.notARecommender"));
		List<BusinessException> problems = new ArrayList<>();
		if (total == null) {
			problems.add(BusinessException.invalidField("total", "validation.required"));
		}
		else if (total < 0) {
			problems.add(BusinessException.invalidField("total", "policy.invalid.negative"));
		}
		int shares = 0;
		Map<TrackKind, Integer> cleanShares = new java.util.EnumMap<>(TrackKind.class);
		for (Map.Entry<TrackKind, Integer> share : (perTrack == null ? Map.<TrackKind, Integer>of() : perTrack).entrySet()) {
			if (share.getValue() == null) {
				continue;
			}
			if (!call.offers(share.getKey())) {
				problems.add(BusinessException.invalidField("perTrack." + share.getKey(), "call.trackNotOffered"));
			}
			else if (share.getValue() < 0) {
				problems.add(BusinessException.invalidField("perTrack." + share.getKey(), "policy.invalid.negative"));
			}
			else {
				shares += share.getValue();
				cleanShares.put(share.getKey(), share.getValue());
			}
		}
		if (total != null && total >= 0 && shares > total) {
			problems.add(BusinessException.invalidField("perTrack", "policy.invalid.sharesAboveQuota", shares, total));
		}
		if (reason == null || reason.isBlank()) {
			problems.add(BusinessException.invalidField("reason", "validation.reasonRequired"));
		}
		else if (reason.length() > 500) {
			problems.add(BusinessException.invalidField("reason", "validation.tooLong", 500));
		}
		if (!problems.isEmpty()) {
			throw BusinessException.invalid(problems);
		}
		calls.replaceQuota(callId, recommenderId, total, cleanShares, reason.strip());
		Map<String, String> changes = new LinkedHashMap<>();
		changes.put("recommender", recommender.name());
		changes.put("total", String.valueOf(total));
		changes.put("perTrack", cleanShares.toString());
		events.publishEvent(AuditableAction.of("call.adjustQuota", "call", callId).withChanges(changes).withReason(reason.strip()));
		return quotaOf(call, profileOf(call), recommender);
	}

	/**
	 * One recommender's quota in a call, as the recommender itself needs it when it recommends:
	 * the authority's adjustment, else the profile's default for its kind; {@code total} is null
	 * where the documents set no quota (FJ, ZB).
	 */
	@Transactional(readOnly = true)
	public RecommenderQuota quotaFor(long callId, long recommenderId) {
		Call call = calls.findById(callId).orElseThrow(BusinessException::notFound);
		return quotaOf(call, profileOf(call), organizations.get(recommenderId));
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

	/** Every recommender in the authority's scope with its quota in this call. */
	@Transactional(readOnly = true)
	public List<RecommenderQuota> quotas(CurrentUser actor, long callId) {
		Call call = ownCall(actor, callId, null);
		PolicyProfile profile = profileOf(call);
		return organizations.staffOrganizations(actor.scope())
			.stream()
			.filter(o -> o.id() != call.authorityId() && recommenderKind(o) != null)
			.map(o -> quotaOf(call, profile, o))
			.filter(q -> q.total() != null)
			.toList();
	}

	private RecommenderQuota quotaOf(Call call, PolicyProfile profile, Organization recommender) {
		RecommenderKind kind = recommenderKind(recommender);
		var adjusted = calls.quotaRows(call.id(), recommender.id());
		if (!adjusted.isEmpty()) {
			Map<TrackKind, Integer> shares = new java.util.EnumMap<>(TrackKind.class);
			adjusted.forEach((track, quota) -> {
				if (!track.equals(Calls.TOTAL)) {
					shares.put(TrackKind.valueOf(track), quota);
				}
			});
			return new RecommenderQuota(recommender.id(), recommender.name(), kind, adjusted.get(Calls.TOTAL), shares, true,
					calls.quotaReason(call.id(), recommender.id()));
		}
		return profile.review().quotas()
			.stream()
			.filter(q -> q.recommender() == kind)
			.findFirst()
			.map(q -> new RecommenderQuota(recommender.id(), recommender.name(), kind, q.total(), q.perTrack(), false, null))
			.orElse(new RecommenderQuota(recommender.id(), recommender.name(), kind, null, Map.of(), false, null));
	}

	/** Which quota clause speaks of an organisation, by its kind and level. */
	public static RecommenderKind recommenderKind(Organization organization) {
		return switch (organization.kind()) {
			case PROVINCIAL_HRSS -> RecommenderKind.PROVINCE;
			case CITY_HRSS -> RecommenderKind.CITY;
			case COUNTY_HRSS -> RecommenderKind.COUNTY;
			case MINISTRY -> RecommenderKind.MINISTRY;
			case CENTRAL_SOE -> RecommenderKind.CENTRAL_SOE;
			case PROVINCIAL_SOE -> RecommenderKind.PROVINCIAL_SOE;
			// a department under a province is 省直; under a city it is 市直
			case INDUSTRY_DEPARTMENT -> organization.regionCode() != null && organization.regionCode().endsWith("0000")
					? RecommenderKind.PROVINCIAL_DEPARTMENT : RecommenderKind.CITY_DEPARTMENT;
			case PLATFORM, MOHRSS, INSTITUTION -> null;
		};
	}

	/** 附件: a document of the notice (application form, summary table…), checked and kept once. */
	public CallAttachment attach(CurrentUser actor, long callId, String name, byte[] content) {
		Call call = ownCall(actor, callId, null);
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
		Organization authority = authorityOf(actor);
		return profiles.allLatest().stream().filter(p -> fits(p, authority)).toList();
	}

	/** The changes of a call's deadline, newest first. */
	@Transactional(readOnly = true)
	public List<DeadlineChange> deadlineChanges(CurrentUser actor, long id) {
		ownCall(actor, id, null);
		return calls.deadlineChanges(id);
	}

	private static boolean fits(PolicyProfile profile, Organization authority) {
		return cn.cebase.policy.ProfileEditing.belongsTo(profile, authority);
	}

	private Call ownCall(CurrentUser actor, long id, Integer version) {
		authorityOf(actor);
		Call call = calls.findById(id)
			.filter(c -> actor.scope().covers(organizations.get(c.authorityId()).path()))
			.orElseThrow(BusinessException::notFound);
		if (version != null && version != call.version()) {
			throw new org.springframework.dao.OptimisticLockingFailureException("call " + id + " changed since it was shown");
		}
		return call;
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
