package cn.cebase.recognition;

import java.time.Clock;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

import cn.cebase.base.BaseManagement;
import cn.cebase.base.BaseNumbers;
import cn.cebase.base.BaseStatus;
import cn.cebase.base.BaseView;
import cn.cebase.call.Call;
import cn.cebase.call.CallManagement;
import cn.cebase.declaration.DeclarationProgress;
import cn.cebase.declaration.DeclarationStatus;
import cn.cebase.identity.CurrentUser;
import cn.cebase.policy.Cited;
import cn.cebase.policy.PolicyProfile;
import cn.cebase.policy.TrackKind;
import cn.cebase.shared.AuditableAction;
import cn.cebase.shared.BusinessException;

import org.springframework.context.ApplicationEventPublisher;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * 认定并公布: after publicity (and with every objection handled), the applications still in
 * publicity are recognised — each becomes a base with its level, the recognising authority, a number
 * in the profile's format, the date, its fields and status ACTIVE — and the call concludes. For a
 * national call the one-off subsidy granted to each base is recorded, at most the profile's cap
 * ("中央财政对每个基地提供最高不超过500万元的一次性补助经费", NAT6 三(四)).
 */
@Service
@Transactional
public class Recognitions {

	private final JdbcClient jdbc;

	private final DecisionManagement decisions;

	private final PublicityManagement publicities;

	private final BaseManagement bases;

	private final CallManagement calls;

	private final DeclarationProgress progress;

	private final ApplicationEventPublisher events;

	private final Clock clock;

	private final BaseManagement existing;

	Recognitions(JdbcClient jdbc, DecisionManagement decisions, PublicityManagement publicities, BaseManagement bases, CallManagement calls,
			DeclarationProgress progress, ApplicationEventPublisher events, Clock clock, BaseManagement existing) {
		this.existing = existing;
		this.jdbc = jdbc;
		this.decisions = decisions;
		this.publicities = publicities;
		this.bases = bases;
		this.calls = calls;
		this.progress = progress;
		this.events = events;
		this.clock = clock;
	}

	/** The profile's subsidy cap, when the call's level grants one (only NAT6 does). */
	@Transactional(readOnly = true)
	public Cited<Long> subsidyCap(CurrentUser actor, long callId) {
		return calls.profileOf(decisions.ownCall(actor, callId)).review().subsidyCapYuan();
	}

	/**
	 * Recognises the applications in publicity. {@code subsidies} maps an application to the yuan
	 * granted; it must be empty unless the profile grants a subsidy.
	 */
	public List<BaseView> recognize(CurrentUser actor, long callId, Map<Long, Long> subsidies) {
		Call call = decisions.ownCall(actor, callId);
		Publicity publicity = publicities.lock(callId).orElseThrow(() -> BusinessException.conflict("recognition.noPublicity"));
		LocalDate today = LocalDate.now(clock);
		// once, and only after the period (the aggregate's own check); recorded at the end, with the bases
		Publicity recognized = publicity.recognize(today, clock.instant());
		long open = publicities.openObjections(callId);
		if (open > 0) {
			throw BusinessException.conflict("recognition.openObjections", open);
		}
		PolicyProfile profile = calls.profileOf(call);
		List<Candidate> recognised = decisions.candidatesOf(callId)
			.stream()
			.filter(c -> c.status() == DeclarationStatus.PUBLICITY)
			.toList();
		Map<Long, Long> granted = checkSubsidies(profile.review().subsidyCapYuan(),
				recognised.stream().map(Candidate::declarationId).collect(java.util.stream.Collectors.toSet()),
				subsidies == null ? Map.of() : subsidies);
		String format = profile.review().baseNumberFormat() == null || !profile.review().baseNumberFormat().isSet()
				? BaseNumbers.DEFAULT_FORMAT : profile.review().baseNumberFormat().value();
		// numbers are handed out one authority at a time, so two calls concluding together cannot share one
		jdbc.sql("select 1 from (select pg_advisory_xact_lock(?, ?)) l").params(20261125, (int) call.authorityId()).query(Integer.class).single();
		List<BasesRecognized.Recognized> done = new ArrayList<>();
		List<String> taken = new ArrayList<>(bases.numbersStartingWith(BaseNumbers.prefix(format, today.getYear())));
		for (Candidate c : recognised) {
			progress.lock(c.declarationId());
			if (c.track() == TrackKind.RECONFIRMATION) {
				// 重新确认: the base keeps its number and plaque (SD 三(三)); it does not become a new one
				BaseView kept = bases.reconfirm(c.institutionId(), call.authorityId(), c.declarationId());
				progress.recognize(c.declarationId());
				done.add(new BasesRecognized.Recognized(kept.id(), kept.number(), c.applicantOrganizationId()));
				continue;
			}
			Institution institution = institution(c.institutionId());
			String number = BaseNumbers.next(format, today.getYear(), taken);
			taken.add(number);
			BaseView base = new BaseView(0, number, null, c.institutionId(), institution.name(),
					institution.creditCode(), profile.level(), call.authorityId(), null, institution.regionCode(), null,
					c.decision().fields(), today, BaseStatus.ACTIVE, callId, c.declarationId(), BaseView.Source.RECOGNIZED,
					granted.get(c.declarationId()), institution.address(), institution.contactName(),
					institution.contactPhone(), null, null);
			long id = bases.establish(base).id();
			progress.recognize(c.declarationId());
			done.add(new BasesRecognized.Recognized(id, number, c.applicantOrganizationId()));
			Map<String, String> changes = new LinkedHashMap<>();
			changes.put("number", number);
			changes.put("declaration", String.valueOf(c.declarationId()));
			changes.put("level", profile.level().name());
			if (granted.get(c.declarationId()) != null) {
				changes.put("subsidyYuan", String.valueOf(granted.get(c.declarationId())));
			}
			events.publishEvent(AuditableAction.of("base.recognize", "base", id).withChanges(changes));
		}
		publicities.recordRecognition(recognized);
		Call current = calls.get(actor, callId);
		calls.conclude(actor, callId, current.version());
		events.publishEvent(new BasesRecognized(callId, call.details().title(), done));
		return bases.ofCall(callId);
	}

	/** The bases a call produced, for its publication (公布); public once the call has recognised any. */
	@Transactional(readOnly = true)
	public List<BaseView> ofCall(long callId) {
		return bases.ofCall(callId);
	}

	@Transactional(readOnly = true)
	public Optional<BaseView> baseOf(long declarationId) {
		return bases.ofDeclaration(declarationId);
	}

	/** The subsidies granted, each to an application in publicity and within the profile's cap, if it has one. */
	static Map<Long, Long> checkSubsidies(Cited<Long> cap, java.util.Set<Long> inPublicity, Map<Long, Long> subsidies) {
		boolean grants = cap != null && cap.isSet();
		List<BusinessException> problems = new ArrayList<>();
		Map<Long, Long> granted = new LinkedHashMap<>();
		for (Map.Entry<Long, Long> entry : subsidies.entrySet()) {
			if (entry.getValue() == null) {
				continue;
			}
			String field = "subsidies[" + entry.getKey() + "]";
			if (!grants) {
				problems.add(BusinessException.invalidField(field, "recognition.noSubsidy"));
			}
			else if (!inPublicity.contains(entry.getKey())) {
				problems.add(BusinessException.invalidField(field, "recognition.subsidyNotInPublicity"));
			}
			else if (entry.getValue() < 0 || entry.getValue() > cap.value()) {
				problems.add(BusinessException.invalidField(field, "recognition.subsidyOverCap", cap.value(), cap.source()));
			}
			else {
				granted.put(entry.getKey(), entry.getValue());
			}
		}
		if (!problems.isEmpty()) {
			throw BusinessException.invalid(problems);
		}
		return granted;
	}

	private Institution institution(long id) {
		return jdbc.sql("select name, credit_code, region_code, address, contact_name, contact_phone from institution_directory where id = ?")
			.param(id)
			.query((rs, n) -> new Institution(rs.getString("name"), rs.getString("credit_code"), rs.getString("region_code"),
					rs.getString("address"), rs.getString("contact_name"), rs.getString("contact_phone")))
			.single();
	}

	private record Institution(String name, String creditCode, String regionCode, String address, String contactName,
			String contactPhone) {
	}
}
