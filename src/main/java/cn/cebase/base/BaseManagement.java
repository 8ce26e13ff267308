package cn.cebase.base;

import java.time.Clock;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.EnumSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

import cn.cebase.call.CallConcluded;
import cn.cebase.call.CallManagement;
import cn.cebase.declaration.Declaration;
import cn.cebase.declaration.DeclarationProgress;
import cn.cebase.document.FileKind;
import cn.cebase.document.FileStore;
import cn.cebase.identity.CurrentUser;
import cn.cebase.identity.Role;
import cn.cebase.institution.Institution;
import cn.cebase.institution.InstitutionManagement;
import cn.cebase.organization.OrganizationManagement;
import cn.cebase.policy.PolicyProfile;
import cn.cebase.policy.PolicyProfiles;
import cn.cebase.policy.ProfileEditing;
import cn.cebase.policy.TrackKind;
import cn.cebase.shared.AuditableAction;
import cn.cebase.shared.BusinessException;

import org.springframework.context.ApplicationEventPublisher;
import org.springframework.context.event.EventListener;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * 继续教育基地: what other modules and the pages ask of a base. Establishes the bases recognition
 * decides on, keeps them through 重新确认 (SD 三（三）), and changes their standing only through the
 * verbs of {@link Base}: rectification, paused work, revocation, cancellation, lapse — each with its
 * ground, article, reason, day and actor, audited and kept as the base's public history.
 */
@Service
@Transactional
public class BaseManagement {

	static final int REASON_MAX = 2000;

	static final int BASIS_MAX = 200;

	private static final Set<FileKind> EVIDENCE_KINDS = EnumSet.of(FileKind.PDF, FileKind.JPEG, FileKind.PNG);

	private final Bases bases;

	private final BaseTitles titles;

	private final DeclarationProgress declarations;

	private final CallManagement calls;

	private final InstitutionManagement institutions;

	private final OrganizationManagement organizations;

	private final PolicyProfiles profiles;

	private final FileStore files;

	private final ApplicationEventPublisher events;

	private final Clock clock;

	BaseManagement(Bases bases, BaseTitles titles, DeclarationProgress declarations, CallManagement calls,
			InstitutionManagement institutions, OrganizationManagement organizations, PolicyProfiles profiles,
			FileStore files, ApplicationEventPublisher events, Clock clock) {
		this.bases = bases;
		this.titles = titles;
		this.declarations = declarations;
		this.calls = calls;
		this.institutions = institutions;
		this.organizations = organizations;
		this.profiles = profiles;
		this.files = files;
		this.events = events;
		this.clock = clock;
	}

	/**
	 * A new base, ACTIVE from the day it was recognised, with a fresh verification code for its plaque.
	 * The caller has numbered it ({@link #numbersStartingWith}) under the authority's numbering lock.
	 */
	public BaseView establish(BaseView recognised) {
		BaseView base = new BaseView(0, recognised.number(), null, recognised.institutionId(),
				recognised.name(), recognised.creditCode(), recognised.level(), recognised.authorityId(), null,
				recognised.regionCode(), null, recognised.fields(), recognised.recognizedOn(), BaseStatus.ACTIVE,
				recognised.callId(), recognised.declarationId(), recognised.source(), recognised.subsidyYuan(),
				recognised.address(), recognised.contactPerson(), recognised.contactPhone(), null, null);
		long id = bases.insert(base, clock.instant());
		return bases.find(id).orElseThrow();
	}

	/** The numbers already given under a prefix (闽继基〔2026〕), so that the next one follows them. */
	@Transactional(readOnly = true)
	public List<String> numbersStartingWith(String prefix) {
		return bases.numbersStartingWith(prefix);
	}

	@Transactional(readOnly = true)
	public Optional<BaseView> find(long id) {
		return bases.find(id);
	}

	/** The bases a call produced or re-confirmed, for its publication (公布). */
	@Transactional(readOnly = true)
	public List<BaseView> ofCall(long callId) {
		return bases.ofCall(callId);
	}

	/** The base an application became, if it did. */
	@Transactional(readOnly = true)
	public Optional<BaseView> ofDeclaration(long declarationId) {
		return bases.findByDeclaration(declarationId);
	}

	/** The title as the plaque and the publication notice print it (福建省专业技术人员继续教育基地). */
	@Transactional(readOnly = true)
	public String title(BaseView base, Locale locale) {
		return titles.of(base, locale);
	}

	/** The authority's region as the notice writes it before the bases' addresses (福建省). */
	@Transactional(readOnly = true)
	public String authorityRegionFullName(long authorityId) {
		return titles.authorityRegionFullName(authorityId);
	}

	/**
	 * 重新确认: the application on the re-confirmation track was recognised, so the institution's base
	 * from this authority stays what it is — same number, same plaque code, same status — instead of a
	 * new base being created. The re-confirmation is recorded against the call, and a base imported
	 * before the institution registered is linked to it now. Calling it again for the same call
	 * changes nothing.
	 *
	 * @return the base re-confirmed (the earliest, should the institution hold several from the authority)
	 */
	public BaseView reconfirm(long institutionId, long authorityId, long declarationId) {
		Declaration declaration = declarations.read(declarationId);
		if (declaration.track() != TrackKind.RECONFIRMATION) {
			throw BusinessException.conflict("base.reconfirm.notReconfirmation");
		}
		if (declaration.institutionId() != institutionId
				|| calls.get(null, declaration.callId()).authorityId() != authorityId) {
			throw BusinessException.conflict("base.reconfirm.notTheApplicant");
		}
		String creditCode = institutions.find(institutionId).map(Institution::creditCode).orElse(null);
		List<BaseView> held = bases.heldFromAuthorityForUpdate(authorityId, institutionId, creditCode);
		if (held.isEmpty()) {
			throw BusinessException.conflict("base.reconfirm.noBase");
		}
		for (BaseView base : held) {
			if (base.institutionId() == null) {
				bases.linkInstitution(base.id(), institutionId);
			}
			if (bases.recordReconfirmation(base.id(), declaration.callId(), declarationId, LocalDate.now(clock),
					clock.instant())) {
				Map<String, String> changes = new LinkedHashMap<>();
				changes.put("number", base.number());
				changes.put("call", String.valueOf(declaration.callId()));
				changes.put("declaration", String.valueOf(declarationId));
				events.publishEvent(AuditableAction.of("base.reconfirm", "base", base.id()).withChanges(changes));
			}
		}
		return bases.find(held.get(0).id()).orElseThrow();
	}

	/** The calls in which a base was re-confirmed, oldest first. */
	@Transactional(readOnly = true)
	public List<Long> reconfirmedIn(long baseId) {
		return bases.reconfirmedIn(baseId);
	}

	/** In the conclusion's own transaction: the call ends together with the titles it ends. */
	@EventListener
	void on(CallConcluded concluded) {
		lapseNotReconfirmed(concluded);
	}

	/**
	 * The bases that lose their title as the call concludes: of its authority and level, holding
	 * their title, recognised before the day the call was published (a base recognised since could
	 * not have been on the list to re-confirm), and neither re-confirmed through {@link #reconfirm}
	 * nor held by an institution whose re-confirmation application in this call was recognised.
	 */
	List<BaseView> lapseNotReconfirmed(CallConcluded concluded) {
		if (!concluded.tracks().contains(TrackKind.RECONFIRMATION) || concluded.publishedAt() == null) {
			return List.of();
		}
		LocalDate publishedOn = LocalDate.ofInstant(concluded.publishedAt(), clock.getZone());
		List<Long> reconfirmedHolders = declarations.institutionsRecognizedIn(concluded.callId(), TrackKind.RECONFIRMATION);
		List<String> reconfirmedCodes = reconfirmedHolders.stream()
			.map(institutions::find)
			.flatMap(Optional::stream)
			.map(Institution::creditCode)
			.toList();
		// under the bases' row locks: a re-confirmation running at the same moment waits, then finds the base lapsed
		List<BaseView> due = bases
			.dueToLapseForUpdate(concluded.authorityId(), concluded.level(), publishedOn, concluded.callId())
			.stream()
			.filter(b -> !(b.institutionId() != null && reconfirmedHolders.contains(b.institutionId()))
					&& !(b.creditCode() != null && reconfirmedCodes.contains(b.creditCode())))
			.toList();
		if (due.isEmpty()) {
			return List.of();
		}
		String reason = lapseReason(concluded.profileCode());
		String basis = profiles.latest(concluded.profileCode()).map(this::reconfirmationSource).orElse(reason);
		LocalDate today = LocalDate.now(clock);
		List<BaseView> lapsed = new ArrayList<>();
		for (BaseView view : due) {
			Base base = bases.lock(view.id()).orElseThrow();
			base.lapse(new Base.Change(null, basis, reason, today, null, clock.instant()));
			save(base, List.of(), "base.lapse", Map.of("call", String.valueOf(concluded.callId())));
			Institution holder = holder(view).orElse(null);
			events.publishEvent(new BaseLapsed(view.id(), view.number(), view.name(), holder == null ? null : holder.id(),
					holder == null ? null : holder.organizationId(), view.authorityId(), concluded.callId(),
					concluded.title(), reason));
			lapsed.add(bases.find(view.id()).orElseThrow());
		}
		return lapsed;
	}

	/**
	 * An authority changes the standing of one of its own bases: orders or ends rectification, pauses or
	 * resumes its work, revokes it on a ground of its document, or cancels it at the holder's request.
	 * Only the recognising authority's staff may; the base's status must allow the change (409
	 * otherwise); evidence is PDF or images, kept with the change.
	 */
	public BaseView change(CurrentUser actor, long baseId, BaseAction action, ChangeRequest request,
			List<EvidenceUpload> evidence) {
		BaseView view = managed(actor, baseId);
		if (action == null || action == BaseAction.LAPSE) {
			throw BusinessException.invalidField("action", "base.change.actionRequired");
		}
		Base base = bases.lock(baseId).orElseThrow(BusinessException::notFound);
		Base.Change change = checked(actor, view, action, request);
		base.apply(action, change);
		List<StoredEvidence> stored = new ArrayList<>();
		for (EvidenceUpload upload : evidence == null ? List.<EvidenceUpload>of() : evidence) {
			if (upload.content() != null && upload.content().length > 0) {
				stored.add(new StoredEvidence(files.store(upload.content(), EVIDENCE_KINDS, "evidence").id(),
						upload.name() == null || upload.name().isBlank() ? "evidence" : upload.name().strip()));
			}
		}
		save(base, stored, "base." + action.name().toLowerCase(Locale.ROOT), Map.of());
		return bases.find(baseId).orElseThrow();
	}

	/** The grounds the base's authority may choose from for a revocation or a cancellation of it. */
	@Transactional(readOnly = true)
	public List<RevocationGround> grounds(CurrentUser actor, long baseId, BaseAction action) {
		BaseView base = managed(actor, baseId);
		return RevocationGround.of(profileCodeOf(base).orElse(null), action);
	}

	/**
	 * How long a revocation bars the holder from applying again under the recognising authority's
	 * document (FJ 第二十四条: 三年), with its article; empty where the document says nothing.
	 */
	@Transactional(readOnly = true)
	public Optional<cn.cebase.policy.Cited<Integer>> revocationBan(long baseId) {
		BaseView base = bases.find(baseId).orElseThrow(BusinessException::notFound);
		return profileCodeOf(base).flatMap(profiles::latest)
			.map(profile -> profile.supervision().revokedBanYears())
			.filter(ban -> ban != null && ban.isSet());
	}

	/** The history of a base's standing, oldest first: public, as the registry shows it. */
	@Transactional(readOnly = true)
	public List<BaseStatusChange> history(long baseId) {
		return bases.history(baseId);
	}

	/** A file filed as evidence of a change of this base, for its authority. */
	@Transactional(readOnly = true)
	public byte[] evidence(CurrentUser actor, long baseId, long fileId) {
		managed(actor, baseId);
		if (!bases.isEvidenceOf(baseId, fileId)) {
			throw BusinessException.notFound();
		}
		return files.content(fileId).orElseThrow(BusinessException::notFound);
	}

	/** Whether the signed-in user may change this base's standing: the staff of its recognising authority. */
	public static boolean mayManage(CurrentUser actor, BaseView base) {
		return actor != null && actor.has(Role.AUTHORITY) && actor.organizationId() == base.authorityId();
	}

	/**
	 * The day the newest revocation of a base of this authority held by the institution took effect,
	 * for FJ 第二十四条 (三年内不再受理).
	 */
	@Transactional(readOnly = true)
	public Optional<LocalDate> lastRevokedOn(long authorityId, long institutionId, String creditCode) {
		return bases.lastRevokedOn(authorityId, institutionId, creditCode);
	}

	private BaseView managed(CurrentUser actor, long baseId) {
		BaseView base = bases.find(baseId).orElseThrow(BusinessException::notFound);
		if (actor == null || !actor.has(Role.AUTHORITY) || !actor.scope().covers(organizations.get(base.authorityId()).path())) {
			throw BusinessException.notFound();
		}
		if (!mayManage(actor, base)) {
			throw BusinessException.forbidden("base.change.notYourBase");
		}
		return base;
	}

	/** Every field at fault at once; the ground's own article where it has one, else the provision typed. */
	private Base.Change checked(CurrentUser actor, BaseView base, BaseAction action, ChangeRequest request) {
		List<BusinessException> problems = new ArrayList<>();
		RevocationGround ground = null;
		if (action == BaseAction.REVOKE || action == BaseAction.CANCEL) {
			List<RevocationGround> offered = RevocationGround.of(profileCodeOf(base).orElse(null), action);
			if (request.ground() == null) {
				problems.add(BusinessException.invalidField("ground", "base.change.groundRequired"));
			}
			else if (!offered.contains(request.ground())) {
				problems.add(BusinessException.invalidField("ground", "base.change.groundNotOffered"));
			}
			else {
				ground = request.ground();
			}
		}
		String basis = ground != null && ground.namesItsBasis() ? ground.basis() : clean(request.basis());
		if (basis == null && !(ground == null && (action == BaseAction.REVOKE || action == BaseAction.CANCEL))) {
			problems.add(BusinessException.invalidField("basis", "base.change.basisRequired"));
		}
		else if (basis != null && basis.length() > BASIS_MAX) {
			problems.add(BusinessException.invalidField("basis", "base.change.basisTooLong", BASIS_MAX));
		}
		String reason = clean(request.reason());
		if (reason == null) {
			problems.add(BusinessException.invalidField("reason", "base.change.reasonRequired"));
		}
		else if (reason.length() > REASON_MAX) {
			problems.add(BusinessException.invalidField("reason", "base.change.reasonTooLong", REASON_MAX));
		}
		LocalDate today = LocalDate.now(clock);
		LocalDate effectiveOn = request.effectiveOn() == null ? today : request.effectiveOn();
		LocalDate earliest = base.statusChangedOn() != null ? base.statusChangedOn() : base.recognizedOn();
		if (effectiveOn.isAfter(today)) {
			problems.add(BusinessException.invalidField("effectiveOn", "base.change.effectiveInFuture"));
		}
		else if (effectiveOn.isBefore(earliest)) {
			problems.add(BusinessException.invalidField("effectiveOn", "base.change.effectiveTooEarly", earliest.toString()));
		}
		if (!problems.isEmpty()) {
			throw BusinessException.invalid(problems);
		}
		return new Base.Change(ground, basis, reason, effectiveOn, actor.id(), clock.instant());
	}

	/** Writes the aggregate, files its evidence with its change, and publishes its events and the audit record. */
	private void save(Base base, List<StoredEvidence> evidence, String auditAction, Map<String, String> extra) {
		List<Long> changeIds = bases.save(base);
		for (long changeId : changeIds) {
			evidence.forEach(e -> bases.attachEvidence(changeId, e.fileId(), e.name()));
		}
		for (BaseStatusChanged changed : base.pendingEvents()) {
			Map<String, String> changes = new LinkedHashMap<>();
			changes.put("status", changed.from().name() + " → " + changed.to().name());
			changes.put("number", changed.number());
			if (changed.ground() != null) {
				changes.put("ground", changed.ground());
			}
			changes.put("basis", changed.basis());
			changes.put("effectiveOn", changed.effectiveOn().toString());
			if (!evidence.isEmpty()) {
				changes.put("evidence", String.valueOf(evidence.size()));
			}
			changes.putAll(extra);
			events.publishEvent(AuditableAction.of(auditAction, "base", changed.baseId())
				.withChanges(changes)
				.withReason(changed.reason()));
			BaseView view = bases.find(changed.baseId()).orElseThrow();
			events.publishEvent(changed.about(view.name(), holder(view).map(Institution::organizationId).orElse(null)));
		}
	}

	/** The profile of the recognising authority's jurisdiction, whose articles govern the base. */
	private Optional<String> profileCodeOf(BaseView base) {
		return organizations.find(base.authorityId())
			.flatMap(authority -> profiles.allLatest().stream().filter(p -> ProfileEditing.belongsTo(p, authority)).findFirst())
			.map(PolicyProfile::code);
	}

	private Optional<Institution> holder(BaseView base) {
		return base.institutionId() != null ? institutions.find(base.institutionId())
				: base.creditCode() == null ? Optional.empty() : institutions.findByCreditCode(base.creditCode());
	}

	/** The profile's own words for the track, with their article: "鲁人社 … 三（三）：…不再保留…资格". */
	private String lapseReason(String profileCode) {
		PolicyProfile profile = profiles.latest(profileCode).orElseThrow();
		String reason = profile.application().tracks()
			.stream()
			.filter(t -> t.kind() == TrackKind.RECONFIRMATION)
			.findFirst()
			.map(t -> t.note() == null || t.note().isBlank() ? t.source() : t.source() + "：" + t.note())
			.orElse(profile.document());
		return reason.length() > 500 ? reason.substring(0, 500) : reason;
	}

	private String reconfirmationSource(PolicyProfile profile) {
		return profile.application().tracks()
			.stream()
			.filter(t -> t.kind() == TrackKind.RECONFIRMATION && t.source() != null)
			.findFirst()
			.map(t -> t.source())
			.orElse(profile.document());
	}

	private static String clean(String text) {
		return text == null || text.isBlank() ? null : text.strip();
	}

	/** What an authority gives for a change of a base's standing. */
	public record ChangeRequest(RevocationGround ground, String basis, String reason, LocalDate effectiveOn) {
	}

	/** A file the authority attaches as evidence (the decision, the findings, the request to cancel). */
	public record EvidenceUpload(String name, byte[] content) {
	}

	private record StoredEvidence(long fileId, String name) {
	}
}
