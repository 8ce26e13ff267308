package cn.cebase.recognition;

import java.sql.Date;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Timestamp;
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
import org.springframework.jdbc.core.simple.JdbcClient;
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
public class Publicities {

	static final int MAX_DAYS = 60;

	/** The first key of the advisory lock that starts one call's publicity at a time (the second is the call). */
	private static final int START_LOCK = 20261203;

	/** A telephone number (7 or more digits, with the usual separators) or an e-mail address. */
	private static final Pattern CONTACT = Pattern.compile("(\\+?[0-9][0-9 ()\\-]{6,29})|([^@\\s]+@[^@\\s]+\\.[^@\\s]+)");

	private final JdbcClient jdbc;

	private final Decisions decisions;

	private final CallManagement calls;

	private final DeclarationProgress progress;

	private final ApplicationEventPublisher events;

	private final Clock clock;

	private final OrganizationManagement organizations;

	Publicities(JdbcClient jdbc, Decisions decisions, CallManagement calls, DeclarationProgress progress,
			ApplicationEventPublisher events, Clock clock, OrganizationManagement organizations) {
		this.organizations = organizations;
		this.jdbc = jdbc;
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
		// one at a time per call: a double click must not start it twice (a lock of the publicity's own, not of
		// the call module's row)
		jdbc.sql("select 1 from (select pg_advisory_xact_lock(?, ?)) l").params(START_LOCK, (int) callId)
			.query(Integer.class)
			.single();
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
		else if (requestedDays < 0 || requestedDays > MAX_DAYS) {
			throw BusinessException.invalidField("days", "publicity.daysRange", MAX_DAYS);
		}
		else {
			days = requestedDays;
		}
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
		LocalDate today = LocalDate.now(clock);
		jdbc.sql("insert into publicity (call_id, days, starts_on, ends_on, started_by, started_at) values (?,?,?,?,?,?)")
			.params(callId, days, Date.valueOf(today), Date.valueOf(today.plusDays(days - 1L)), actor.id(),
					Timestamp.from(clock.instant()))
			.update();
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
			.withChanges(Map.of("days", String.valueOf(days), "endsOn", today.plusDays(days - 1L).toString())));
		return find(callId).orElseThrow();
	}

	@Transactional(readOnly = true)
	public Optional<Publicity> of(long callId) {
		return find(callId);
	}

	/** 公示公告: the calls whose publicity runs today, the soonest to end first; for anyone. */
	@Transactional(readOnly = true)
	public List<PublicityNotice> running() {
		Date today = Date.valueOf(LocalDate.now(clock));
		return jdbc.sql("select * from publicity where days > 0 and starts_on <= ? and ends_on >= ? order by ends_on, call_id")
			.params(today, today)
			.query(Publicities::mapPublicity)
			.list()
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
							&& objectionUpheld(c.declarationId())))
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
		long id = jdbc.sql("insert into objection (call_id, declaration_id, name, contact, text, submitted_at)"
				+ " values (?,?,?,?,?,?) returning id")
			.params(callId, declarationId, cleanName, cleanContact, cleanText, Timestamp.from(clock.instant()))
			.query(Long.class)
			.single();
		events.publishEvent(AuditableAction.of("objection.submit", "declaration", declarationId)
			.withChanges(Map.of("objection", String.valueOf(id))));
		return objection(id).orElseThrow();
	}

	@Transactional(readOnly = true)
	public List<Objection> objections(CurrentUser actor, long callId) {
		decisions.ownCall(actor, callId);
		return jdbc.sql(OBJECTIONS + " where o.call_id = ? order by o.status = 'OPEN' desc, o.submitted_at")
			.param(callId)
			.query(Publicities::mapObjection)
			.list();
	}

	/** 异议处理: upheld (the application is not recognised, for the reasons given) or dismissed. */
	public Objection handle(CurrentUser actor, long callId, long objectionId, Boolean upheld, String reasons) {
		decisions.ownCall(actor, callId);
		Objection objection = jdbc.sql(OBJECTIONS + " where o.id = ? and o.call_id = ? for update of o")
			.params(objectionId, callId)
			.query(Publicities::mapObjection)
			.optional()
			.orElseThrow(BusinessException::notFound);
		List<BusinessException> problems = new ArrayList<>();
		if (upheld == null) {
			problems.add(BusinessException.invalidField("upheld", "validation.required"));
		}
		String cleanReasons = TypedText.checked(problems, "handling", reasons, 2000, true);
		if (!problems.isEmpty()) {
			throw BusinessException.invalid(problems);
		}
		if (objection.status() != Objection.Status.OPEN) {
			throw BusinessException.conflict("objection.alreadyHandled");
		}
		Objection.Status status = upheld ? Objection.Status.UPHELD : Objection.Status.DISMISSED;
		jdbc.sql("update objection set status = ?, handling = ?, handled_by = ?, handled_at = ? where id = ?")
			.params(status.name(), cleanReasons, actor.id(), Timestamp.from(clock.instant()), objectionId)
			.update();
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
		return objection(objectionId).orElseThrow();
	}

	@Transactional(readOnly = true)
	public long openObjections(long callId) {
		return jdbc.sql("select count(*) from objection where call_id = ? and status = 'OPEN'")
			.param(callId)
			.query(Long.class)
			.single();
	}

	void markRecognized(long callId) {
		jdbc.sql("update publicity set recognized_at = ? where call_id = ?")
			.params(Timestamp.from(clock.instant()), callId)
			.update();
	}

	/** Locks the call's publicity row, so that two recognitions of the same call queue up. */
	Optional<Publicity> lock(long callId) {
		return jdbc.sql("select * from publicity where call_id = ? for update")
			.param(callId)
			.query(Publicities::mapPublicity)
			.optional();
	}

	private boolean objectionUpheld(long declarationId) {
		return jdbc.sql("select count(*) from objection where declaration_id = ? and status = 'UPHELD'")
			.param(declarationId)
			.query(Long.class)
			.single() > 0;
	}

	private Optional<Publicity> find(long callId) {
		return jdbc.sql("select * from publicity where call_id = ?")
			.param(callId)
			.query(Publicities::mapPublicity)
			.optional();
	}

	private Optional<Objection> objection(long id) {
		return jdbc.sql(OBJECTIONS + " where o.id = ?").param(id).query(Publicities::mapObjection).optional();
	}

	private static final String OBJECTIONS = "select o.*, i.name as institution_name from objection o"
			+ " join declaration_states d on d.id = o.declaration_id join institution_directory i on i.id = d.institution_id";

	private static Publicity mapPublicity(ResultSet rs, int row) throws SQLException {
		Timestamp recognized = rs.getTimestamp("recognized_at");
		return new Publicity(rs.getLong("call_id"), rs.getInt("days"), rs.getDate("starts_on").toLocalDate(),
				rs.getDate("ends_on").toLocalDate(), rs.getTimestamp("started_at").toInstant(),
				recognized == null ? null : recognized.toInstant());
	}

	private static Objection mapObjection(ResultSet rs, int row) throws SQLException {
		Timestamp handled = rs.getTimestamp("handled_at");
		return new Objection(rs.getLong("id"), rs.getLong("call_id"), rs.getLong("declaration_id"),
				rs.getString("institution_name"), rs.getString("name"), rs.getString("contact"), rs.getString("text"),
				rs.getTimestamp("submitted_at").toInstant(), Objection.Status.valueOf(rs.getString("status")),
				rs.getString("handling"), handled == null ? null : handled.toInstant());
	}
}
