package cn.cebase.recognition;

import java.time.Clock;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.regex.Pattern;

import cn.cebase.call.Call;
import cn.cebase.call.CallManagement;
import cn.cebase.call.CallStatus;
import cn.cebase.declaration.DeclarationProgress;
import cn.cebase.declaration.DeclarationStatus;
import cn.cebase.identity.CurrentUser;
import cn.cebase.organization.OrganizationManagement;
import cn.cebase.policy.Cited;
import cn.cebase.policy.PolicyProfile;
import cn.cebase.shared.AuditableAction;
import cn.cebase.shared.BusinessException;
import cn.cebase.shared.TypedText;

import org.springframework.context.ApplicationEventPublisher;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * 公示: the committee's results of a call are shown to the public for the profile's number of days
 * (none of the five documents fixes one, so the authority sets it when the profile does not, and
 * zero means no publicity); anyone may object with contact details while it runs, and the authority
 * upholds or dismisses each objection with reasons. An upheld objection means the application is
 * not recognised.
 */
@Service
@Transactional
public class PublicityManagement {

	static final int MAX_DAYS = Publicity.MAX_DAYS;

	/** A telephone number (7 or more digits, with the usual separators) or an e-mail address. */
	private static final Pattern CONTACT = Pattern.compile("(\\+?[0-9][0-9 ()\\-]{6,29})|([^@\\s]+@[^@\\s]+\\.[^@\\s]+)");

	private final Publicities publicities;

	private final DecisionManagement decisions;

	private final CallManagement calls;

	private final DeclarationProgress progress;

	private final ApplicationEventPublisher events;

	private final Clock clock;

	private final OrganizationManagement organizations;

	PublicityManagement(Publicities publicities, DecisionManagement decisions, CallManagement calls,
			DeclarationProgress progress, ApplicationEventPublisher events, Clock clock, OrganizationManagement organizations) {
		this.organizations = organizations;
		this.publicities = publicities;
		this.decisions = decisions;
		this.calls = calls;
		this.progress = progress;
		this.events = events;
		this.clock = clock;
	}

	/** The publicity period the profile sets, with its source; unset in all five documents. */
	@Transactional(readOnly = true)
	public Cited<Integer> profileDays(CurrentUser actor, long callId) {
		Call call = decisions.ownCall(actor, callId);
		PolicyProfile profile = calls.profileOf(call);
		return profile.review().publicityDays();
	}

	/**
	 * Starts publicity once every accepted application has a decision: those to be recognised go
	 * into publicity, the others are not recognised now, with the committee's reasons.
	 */
	public Publicity start(CurrentUser actor, long callId, Integer requestedDays) {
		Call call = decisions.ownCall(actor, callId);
		if (call.status() != CallStatus.CLOSED && call.status() != CallStatus.REVIEWING) {
			throw BusinessException.conflict("publicity.callNotClosed");
		}
		publicities.lockStart(callId);
		if (find(callId).isPresent()) {
			throw BusinessException.conflict("publicity.alreadyStarted");
		}
		Cited<Integer> fromProfile = calls.profileOf(call).review().publicityDays();
		int days;
		if (fromProfile != null && fromProfile.isSet()) {
			days = fromProfile.value();
		}
		else if (requestedDays == null) {
			throw BusinessException.invalidField("days", "validation.required");
		}
		else {
			days = requestedDays;
		}
		LocalDate today = LocalDate.now(clock);
		Publicity publicity = Publicity.start(callId, days, today, clock.instant());
		List<Candidate> candidates = decisions.candidatesOf(callId);
		long undecided = candidates.stream()
			.filter(c -> c.decision() == null && (c.status() == DeclarationStatus.ACCEPTED
					|| c.status() == DeclarationStatus.EXPERT_REVIEW || c.status() == DeclarationStatus.SITE_INSPECTION))
			.count();
		if (undecided > 0) {
			throw BusinessException.conflict("publicity.undecided", undecided);
		}
		if (candidates.stream().noneMatch(c -> c.decision() != null)) {
			throw BusinessException.conflict("publicity.nothingDecided");
		}
		publicities.insert(publicity, actor.id());
		if (call.status() == CallStatus.CLOSED) {
			calls.startReview(actor, callId, null);
		}
		for (Candidate c : candidates) {
			if (c.decision() == null || c.status() == DeclarationStatus.PUBLICITY) {
				continue;
			}
			if (c.decision().outcome() == CommitteeDecision.Outcome.RECOGNIZE) {
				progress.advanceTo(c.declarationId(), DeclarationStatus.PUBLICITY);
			}
			else {
				progress.notRecognize(c.declarationId(), c.decision().reasons());
				events.publishEvent(new ApplicationNotRecognized(c.declarationId(), callId, c.applicantOrganizationId(),
						c.decision().reasons()));
			}
		}
		events.publishEvent(AuditableAction.of("publicity.start", "call", callId)
			.withChanges(Map.of("days", String.valueOf(days), "endsOn", publicity.endsOn().toString())));
		events.publishEvent(new PublicityStarted(callId, days, publicity.startsOn(), publicity.endsOn()));
		return find(callId).orElseThrow();
	}

	@Transactional(readOnly = true)
	public Optional<Publicity> of(long callId) {
		return find(callId);
	}

	/** 公示公告: the calls whose publicity runs today, the soonest to end first; for anyone. */
	@Transactional(readOnly = true)
	public List<PublicityNotice> running() {
		return publicities.runningOn(LocalDate.now(clock))
			.stream()
			.map(p -> {
				Call call = calls.get(null, p.callId());
				return new PublicityNotice(p.callId(), call.details().title(), organizations.get(call.authorityId()).name(),
						p.startsOn(), p.endsOn());
			})
			.toList();
	}

	/** What the public page lists: the applications in (or through) publicity that the committee proposes. */
	@Transactional(readOnly = true)
	public List<Candidate> publicList(long callId) {
		if (find(callId).isEmpty()) {
			throw BusinessException.notFound();
		}
		return decisions.candidatesOf(callId)
			.stream()
			.filter(c -> c.status() == DeclarationStatus.PUBLICITY || c.status() == DeclarationStatus.RECOGNIZED
					|| (c.decision() != null && c.status() == DeclarationStatus.NOT_RECOGNIZED
							&& publicities.objectionUpheld(c.declarationId())))
			.toList();
	}

	/** 提出异议: anyone, while the period runs, against an application in publicity, with a way to reach them. */
	public Objection object(long callId, long declarationId, String name, String contact, String text) {
		Publicity publicity = find(callId).orElseThrow(BusinessException::notFound);
		LocalDate today = LocalDate.now(clock);
		if (!publicity.openOn(today)) {
			throw BusinessException.conflict("objection.closed", publicity.startsOn().toString(),
					publicity.endsOn().toString());
		}
		List<BusinessException> problems = new ArrayList<>();
		String cleanName = TypedText.checked(problems, "name", name, 50, true);
		String cleanContact = TypedText.checked(problems, "contact", contact, 100, true);
		if (cleanContact != null && !CONTACT.matcher(cleanContact).matches()) {
			problems.add(BusinessException.invalidField("contact", "objection.contactInvalid"));
		}
		String cleanText = TypedText.checked(problems, "text", text, 2000, true);
		if (cleanText != null && cleanText.length() < 10) {
			problems.add(BusinessException.invalidField("text", "objection.textTooShort", 10));
		}
		Candidate target = decisions.candidatesOf(callId)
			.stream()
			.filter(c -> c.declarationId() == declarationId && c.status() == DeclarationStatus.PUBLICITY)
			.findFirst()
			.orElse(null);
		if (target == null) {
			problems.add(BusinessException.invalidField("declarationId", "objection.unknownApplication"));
		}
		if (!problems.isEmpty()) {
			throw BusinessException.invalid(problems);
		}
		long id = publicities.insert(Objection.submit(callId, declarationId, cleanName, cleanContact, cleanText, clock.instant()));
		events.publishEvent(AuditableAction.of("objection.submit", "declaration", declarationId)
			.withChanges(Map.of("objection", String.valueOf(id))));
		return publicities.objection(id).orElseThrow();
	}

	@Transactional(readOnly = true)
	public List<Objection> objections(CurrentUser actor, long callId) {
		decisions.ownCall(actor, callId);
		return publicities.objectionsOf(callId);
	}

	/** 异议处理: upheld (the application is not recognised, for the reasons given) or dismissed. */
	public Objection handle(CurrentUser actor, long callId, long objectionId, Boolean upheld, String reasons) {
		decisions.ownCall(actor, callId);
		Objection objection = publicities.lockObjection(objectionId, callId).orElseThrow(BusinessException::notFound);
		List<BusinessException> problems = new ArrayList<>();
		if (upheld == null) {
			problems.add(BusinessException.invalidField("upheld", "validation.required"));
		}
		String cleanReasons = TypedText.checked(problems, "handling", reasons, 2000, true);
		if (!problems.isEmpty()) {
			throw BusinessException.invalid(problems);
		}
		Objection handled = objection.handle(upheld, cleanReasons, clock.instant());
		publicities.save(handled, actor.id());
		Objection.Status status = handled.status();
		if (upheld && progress.lock(objection.declarationId()).status() == DeclarationStatus.PUBLICITY) {
			progress.notRecognize(objection.declarationId(), cleanReasons);
			decisions.overturn(objection.declarationId(), cleanReasons, actor.id());
			long applicant = decisions.candidatesOf(callId)
				.stream()
				.filter(c -> c.declarationId() == objection.declarationId())
				.findFirst()
				.orElseThrow()
				.applicantOrganizationId();
			events.publishEvent(new ApplicationNotRecognized(objection.declarationId(), callId, applicant, cleanReasons));
		}
		events.publishEvent(AuditableAction.of("objection.handle", "declaration", objection.declarationId())
			.withChanges(Map.of("objection", String.valueOf(objectionId), "status", status.name()))
			.withReason(cleanReasons));
		events.publishEvent(new ObjectionHandled(objectionId, callId, objection.declarationId(), status));
		return publicities.objection(objectionId).orElseThrow();
	}

	@Transactional(readOnly = true)
	public long openObjections(long callId) {
		return publicities.openObjections(callId);
	}

	/** Records the recognition that {@link Publicity#recognize} allowed (under the row lock of {@link #lock}). */
	void recordRecognition(Publicity recognized) {
		publicities.saveRecognized(recognized);
	}

	/** Locks the call's publicity row, so that two recognitions of the same call queue up. */
	Optional<Publicity> lock(long callId) {
		return publicities.lock(callId);
	}

	private Optional<Publicity> find(long callId) {
		return publicities.find(callId);
	}
}
