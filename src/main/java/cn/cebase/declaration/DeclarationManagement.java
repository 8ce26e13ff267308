package cn.cebase.declaration;

import java.time.Clock;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;

import cn.cebase.call.Call;
import cn.cebase.call.CallManagement;
import cn.cebase.call.SelfCheckInput;
import cn.cebase.call.CallStatus;
import cn.cebase.identity.CurrentUser;
import cn.cebase.identity.Role;
import cn.cebase.institution.Institution;
import cn.cebase.institution.InstitutionManagement;
import cn.cebase.institution.InstitutionStatus;
import cn.cebase.policy.EligibilityCheck;
import cn.cebase.policy.EligibilityFacts;
import cn.cebase.policy.EligibilityReport;
import cn.cebase.policy.Outcome;
import cn.cebase.policy.TrackKind;
import cn.cebase.shared.AuditableAction;
import cn.cebase.shared.BusinessException;

import org.springframework.context.ApplicationEventPublisher;
import org.springframework.dao.DuplicateKeyException;
import org.springframework.dao.OptimisticLockingFailureException;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * 申报管理: an active institution drafts its application to a published call, submits it inside
 * the window (逾期不予受理), one live application per call (不得多头申报), and only when no
 * eligibility rule of the call fails; it may withdraw before a decision.
 */
@Service
@Transactional
public class DeclarationManagement {

	static final int SECTION_MAX = 5000;

	private final Declarations declarations;

	private final CallManagement calls;

	private final InstitutionManagement institutions;

	private final ApplicationEventPublisher events;

	private final Clock clock;

	private final cn.cebase.document.FileStore files;

	private final org.springframework.jdbc.core.simple.JdbcClient jdbc;

	private final List<DeclarationReaders> readers;

	private final cn.cebase.organization.OrganizationManagement organizations;

	/** Evidence is a picture or a PDF; office files are for notices, not proof. */
	static final java.util.Set<cn.cebase.document.FileKind> EVIDENCE = java.util.EnumSet
		.of(cn.cebase.document.FileKind.PDF, cn.cebase.document.FileKind.JPEG, cn.cebase.document.FileKind.PNG);

	/** The sections evidence may be attached to: the form's sections and the existing-base proof. */
	static final java.util.Set<String> EVIDENCE_SECTIONS = java.util.Set.of("unitNature", "existingBase", "overview",
			"teachers", "keyFieldTraining", "managementSystem", "organisationalSupport", "performanceTargetsAndFunding",
			"mainFieldsAndFeatures", "figures");

	DeclarationManagement(Declarations declarations, CallManagement calls, InstitutionManagement institutions,
			ApplicationEventPublisher events, Clock clock, cn.cebase.document.FileStore files,
			org.springframework.jdbc.core.simple.JdbcClient jdbc, List<DeclarationReaders> readers,
			cn.cebase.organization.OrganizationManagement organizations) {
		this.organizations = organizations;
		this.readers = readers;
		this.files = files;
		this.jdbc = jdbc;
		this.declarations = declarations;
		this.calls = calls;
		this.institutions = institutions;
		this.events = events;
		this.clock = clock;
	}

	/** A new draft, or the institution's live one for this call: never two. */
	public Declaration startDraft(CurrentUser actor, long callId, TrackKind track) {
		Institution institution = institutions.mine(actor);
		if (institution.status() != InstitutionStatus.ACTIVE) {
			throw BusinessException.conflict("declaration.institutionNotActive");
		}
		Call call = calls.get(actor, callId);
		if (call.status() != CallStatus.PUBLISHED) {
			throw BusinessException.conflict("call.notOpen");
		}
		TrackKind chosen = track == null ? TrackKind.REGULAR : track;
		if (!call.offers(chosen)) {
			throw BusinessException.invalidField("track", "call.trackNotOffered");
		}
		if (declarations.findLive(callId, institution.id()).isPresent()) {
			throw BusinessException.conflict("declaration.alreadyExists");
		}
		long id;
		try {
			id = declarations.insert(Declaration.draft(callId, institution.id(), chosen, clock.instant()));
		}
		catch (DuplicateKeyException ex) {
			throw BusinessException.conflict("declaration.alreadyExists");
		}
		events.publishEvent(AuditableAction.of("declaration.start", "declaration", id)
			.withChanges(Map.of("call", String.valueOf(callId), "track", chosen.name())));
		return declarations.findById(id).orElseThrow();
	}

	/** 暂存: a draft is saved as often as the page likes; only lengths and signs are checked here. */
	public Declaration saveDraft(CurrentUser actor, long id, DeclarationForm form, Integer version) {
		Declaration declaration = own(actor, id, version);
		return saveDraft(actor, declaration, form, declaration.channelId());
	}

	/**
	 * 暂存 with the organisation the applicant applies through: its 推荐单位, or its 行业主管部门
	 * where the route starts there (null: none). It must be one the call allows for the applicant.
	 */
	public Declaration saveDraft(CurrentUser actor, long id, DeclarationForm form, Long channelId, Integer version) {
		Declaration declaration = own(actor, id, version);
		if (channelId != null && !java.util.Objects.equals(channelId, declaration.channelId())) {
			String region = institutions.mine(actor).regionCode();
			if (calls.channels(declaration.callId(), region, declaration.track()).stream().noneMatch(o -> o.id() == channelId)) {
				throw BusinessException.invalidField("channelId", "call.route.channelNotAllowed");
			}
		}
		return saveDraft(actor, declaration, form, channelId);
	}

	private Declaration saveDraft(CurrentUser actor, Declaration declaration, DeclarationForm form, Long channelId) {
		long id = declaration.id();
		List<BusinessException> problems = lengthsAndSigns(form);
		if (!problems.isEmpty()) {
			throw BusinessException.invalid(problems);
		}
		declaration.edit(form, channelId, clock.instant());
		declarations.update(declaration);
		return declarations.findById(id).orElseThrow();
	}

	/**
	 * 提交: inside the call's window by the server's clock, with every required section written,
	 * and no eligibility rule of the call failing on the figures given. Each submission is kept as
	 * a version.
	 */
	public Declaration submit(CurrentUser actor, long id, Integer version) {
		Declaration declaration = own(actor, id, version);
		if (!calls.acceptsSubmissionNow(declaration.callId())) {
			throw BusinessException.conflict("declaration.windowClosed");
		}
		List<BusinessException> problems = lengthsAndSigns(declaration.form());
		for (String section : DeclarationForm.REQUIRED_SECTIONS) {
			String text = declaration.form().section(section);
			if (text == null || text.isBlank()) {
				problems.add(BusinessException.invalidField(section, "validation.required"));
			}
		}
		List<cn.cebase.call.RouteStop> route = List.of();
		try {
			route = calls.route(declaration.callId(), institutions.mine(actor).regionCode(), declaration.channelId(),
					declaration.track());
		}
		catch (BusinessException ex) {
			problems.addAll(ex.details());
		}
		if (!problems.isEmpty()) {
			throw BusinessException.invalid(problems);
		}
		EligibilityReport report = eligibility(actor, declaration);
		if (report.overall() == Outcome.FAIL) {
			throw BusinessException.invalid(report.failures()
				.stream()
				.map(failure -> BusinessException.invalidField("eligibility." + failure.rule(), failure.messageKey(),
						failure.argsArray()))
				.toList());
		}
		declaration.submit(clock.instant());
		declarations.update(declaration);
		int number = declarations.insertVersion(id, declaration.form(), clock.instant(), actor.id());
		events.publishEvent(AuditableAction.of("declaration.submit", "declaration", id)
			.withChanges(Map.of("version", String.valueOf(number))));
		events.publishEvent(new DeclarationSubmitted(id, declaration.callId(), declaration.institutionId(),
				actor.organizationId(), institutions.mine(actor).name(), number, route));
		return declarations.findById(id).orElseThrow();
	}

	public Declaration withdraw(CurrentUser actor, long id, String reason) {
		Declaration declaration = own(actor, id, null);
		declaration.withdraw(clock.instant());
		declarations.update(declaration);
		events.publishEvent(AuditableAction.of("declaration.withdraw", "declaration", id)
			.withReason(reason == null || reason.isBlank() ? null : reason.strip()));
		events.publishEvent(new DeclarationWithdrawn(id, declaration.callId(), declaration.institutionId()));
		return declarations.findById(id).orElseThrow();
	}

	/** 上传佐证材料: to a section, while the applicant may still edit. */
	public Evidence attachEvidence(CurrentUser actor, long id, String section, String name, byte[] content) {
		Declaration declaration = own(actor, id, null);
		if (!declaration.status().editableByApplicant()) {
			throw BusinessException.conflict("declaration.notEditable", declaration.status().name());
		}
		if (section == null || !EVIDENCE_SECTIONS.contains(section)) {
			throw BusinessException.invalidField("section", "declaration.evidence.unknownSection");
		}
		if (name == null || name.isBlank()) {
			throw BusinessException.invalidField("file", "file.nameRequired");
		}
		var stored = files.store(content, EVIDENCE, "file");
		String cleanName = name.strip().length() > 200 ? name.strip().substring(0, 200) : name.strip();
		long evidenceId = jdbc.sql("insert into declaration_evidence (declaration_id, section, file_id, name, uploaded_by,"
				+ " uploaded_at) values (?,?,?,?,?,?) returning id")
			.params(id, section, stored.id(), cleanName, actor.id(), java.sql.Timestamp.from(clock.instant()))
			.query(Long.class)
			.single();
		events.publishEvent(AuditableAction.of("declaration.attachEvidence", "declaration", id)
			.withChanges(Map.of("section", section, "file", cleanName, "sha256", stored.sha256())));
		return evidence(actor, id).stream().filter(e -> e.id() == evidenceId).findFirst().orElseThrow();
	}

	public void removeEvidence(CurrentUser actor, long id, long evidenceId) {
		Declaration declaration = own(actor, id, null);
		if (!declaration.status().editableByApplicant()) {
			throw BusinessException.conflict("declaration.notEditable", declaration.status().name());
		}
		int removed = jdbc.sql("delete from declaration_evidence where id = ? and declaration_id = ?")
			.params(evidenceId, id)
			.update();
		if (removed == 0) {
			throw BusinessException.notFound();
		}
		events.publishEvent(AuditableAction.of("declaration.removeEvidence", "declaration", id)
			.withChanges(Map.of("evidence", String.valueOf(evidenceId))));
	}

	@Transactional(readOnly = true)
	public List<Evidence> evidence(CurrentUser actor, long id) {
		get(actor, id);
		return jdbc.sql("select e.id, e.section, e.file_id, e.name, f.size, f.media_type, f.sha256, e.uploaded_at"
				+ " from declaration_evidence e join stored_file_info f on f.id = e.file_id where e.declaration_id = ?"
				+ " order by e.section, e.uploaded_at")
			.param(id)
			.query((rs, n) -> new Evidence(rs.getLong(1), rs.getString(2), rs.getLong(3), rs.getString(4), rs.getLong(5),
					rs.getString(6), rs.getString(7), rs.getTimestamp(8).toInstant()))
			.list();
	}

	/** A piece of evidence and its bytes, for whoever may read the application. */
	@Transactional(readOnly = true)
	public Map.Entry<Evidence, byte[]> evidenceContent(CurrentUser actor, long id, long evidenceId) {
		Evidence evidence = evidence(actor, id).stream()
			.filter(e -> e.id() == evidenceId)
			.findFirst()
			.orElseThrow(BusinessException::notFound);
		return Map.entry(evidence, files.content(evidence.fileId()).orElseThrow(BusinessException::notFound));
	}

	/** The organisations the signed-in institution may apply through in a call. */
	@Transactional(readOnly = true)
	public List<cn.cebase.organization.Organization> channels(CurrentUser actor, long callId) {
		return calls.channels(callId, institutions.mine(actor).regionCode());
	}

	/** The organisations the signed-in institution may apply through on a track of a call: none on 直接申请. */
	@Transactional(readOnly = true)
	public List<cn.cebase.organization.Organization> channels(CurrentUser actor, long callId, TrackKind track) {
		return calls.channels(callId, institutions.mine(actor).regionCode(), track == null ? TrackKind.REGULAR : track);
	}

	/** The name of the organisation an application goes through. */
	@Transactional(readOnly = true)
	public String channelName(long channelId) {
		return organizations.get(channelId).name();
	}

	/** The call's rules on the form's figures and what the platform knows, as at submission. */
	@Transactional(readOnly = true)
	public EligibilityReport eligibility(CurrentUser actor, Declaration declaration) {
		Institution institution = institutions.mine(actor);
		Call call = calls.get(actor, declaration.callId());
		DeclarationForm f = declaration.form();
		SelfCheckInput declared = new SelfCheckInput(declaration.track(), f.independentLegalPerson(), f.venueSeats(),
				f.fullTimeManagersWithBachelor(), f.annualTrainees(), f.platformConnectsToProvince(),
				f.platformFunctions() == null ? null : new java.util.LinkedHashSet<>(f.platformFunctions()), f.keyField());
		EligibilityFacts facts = calls.eligibilityFacts(actor, call, institution, declared, false);
		return EligibilityCheck.run(calls.profileOf(call), declaration.track(), facts);
	}

	@Transactional(readOnly = true)
	public Declaration get(CurrentUser actor, long id) {
		Declaration declaration = declarations.findById(id).orElseThrow(BusinessException::notFound);
		if (actor.has(Role.INSTITUTION)) {
			if (institutions.mine(actor).id().longValue() != declaration.institutionId()) {
				throw BusinessException.notFound();
			}
			return declaration;
		}
		// staff: the institution is in their scope, or their organisation is on the application's route
		if (readers.stream().anyMatch(reader -> reader.mayRead(actor, declaration))) {
			return declaration;
		}
		institutions.get(actor, declaration.institutionId());
		return declaration;
	}

	@Transactional(readOnly = true)
	public List<Declaration> mine(CurrentUser actor) {
		return declarations.findByInstitution(institutions.mine(actor).id());
	}

	@Transactional(readOnly = true)
	public List<DeclarationVersion> versions(CurrentUser actor, long id) {
		get(actor, id);
		return declarations.versions(id);
	}

	/**
	 * 提交记录: the submitted versions with when and by whom, and, for the applicant while its
	 * application is back for revision, the draft under revision. Who may see it is who may see the
	 * application.
	 */
	@Transactional(readOnly = true)
	public DeclarationHistory history(CurrentUser actor, long id) {
		Declaration declaration = get(actor, id);
		List<DeclarationVersion> versions = declarations.versions(id);
		Map<Integer, String> names = declarations.submitters(id);
		List<VersionEntry> entries = versions.stream().map(v -> VersionEntry.submitted(v, names.get(v.number()))).toList();
		if (!draftVisible(actor, declaration, versions)) {
			return new DeclarationHistory(id, entries, null, false);
		}
		boolean changed = !DeclarationComparison.of(versions.get(versions.size() - 1).form(), declaration.form()).identical();
		return new DeclarationHistory(id, entries, VersionEntry.draft(declaration.updatedAt()), changed);
	}

	/**
	 * 版本比较: what changed from version {@code from} to version {@code to}, by their numbers, where
	 * {@link VersionEntry#DRAFT} (0) stands for the draft under revision. Who may compare is who may see
	 * the application ({@link #versions}); the draft only its applicant, while the application is back
	 * with it after at least one submission, because reviewers judge what was submitted. A number that is
	 * not there is refused beside its input.
	 */
	@Transactional(readOnly = true)
	public VersionComparison compare(CurrentUser actor, long id, int from, int to) {
		Declaration declaration = get(actor, id);
		List<DeclarationVersion> versions = declarations.versions(id);
		if (versions.isEmpty()) {
			throw BusinessException.invalidField("from", "declaration.compare.noVersions");
		}
		Map<Integer, String> names = declarations.submitters(id);
		List<BusinessException> problems = new ArrayList<>();
		Side before = side(actor, declaration, versions, names, from, "from", problems);
		Side after = side(actor, declaration, versions, names, to, "to", problems);
		if (problems.isEmpty() && from == to) {
			problems.add(BusinessException.invalidField("to", "declaration.compare.sameVersion"));
		}
		if (!problems.isEmpty()) {
			throw BusinessException.invalid(problems);
		}
		return new VersionComparison(id, before.entry(), after.entry(), DeclarationComparison.of(before.form(), after.form()));
	}

	private record Side(VersionEntry entry, DeclarationForm form) {
	}

	private Side side(CurrentUser actor, Declaration declaration, List<DeclarationVersion> versions,
			Map<Integer, String> names, int number, String field, List<BusinessException> problems) {
		if (number == VersionEntry.DRAFT) {
			if (draftVisible(actor, declaration, versions)) {
				return new Side(VersionEntry.draft(declaration.updatedAt()), declaration.form());
			}
			problems.add(BusinessException.invalidField(field, "declaration.compare.noDraft"));
			return null;
		}
		for (DeclarationVersion version : versions) {
			if (version.number() == number) {
				return new Side(VersionEntry.submitted(version, names.get(number)), version.form());
			}
		}
		problems.add(BusinessException.invalidField(field, "declaration.compare.unknownVersion", number, versions.size()));
		return null;
	}

	/** The applicant revising its application after a return sees its draft beside what it submitted. */
	private static boolean draftVisible(CurrentUser actor, Declaration declaration, List<DeclarationVersion> versions) {
		return actor.has(Role.INSTITUTION) && declaration.status().editableByApplicant() && !versions.isEmpty();
	}

	/** The applicant's own application, read under its row lock: every change goes through here. */
	private Declaration own(CurrentUser actor, long id, Integer version) {
		if (!actor.has(Role.INSTITUTION)) {
			throw BusinessException.forbidden();
		}
		declarations.lock(id);
		Declaration declaration = get(actor, id);
		if (version != null && version != declaration.version()) {
			throw new OptimisticLockingFailureException("declaration " + id + " changed since it was shown");
		}
		return declaration;
	}

	private static List<BusinessException> lengthsAndSigns(DeclarationForm form) {
		List<BusinessException> problems = new ArrayList<>();
		for (String section : DeclarationForm.REQUIRED_SECTIONS) {
			String text = form.section(section);
			if (text != null && text.length() > SECTION_MAX) {
				problems.add(BusinessException.invalidField(section, "validation.tooLong", SECTION_MAX));
			}
		}
		if (form.existingBaseName() != null && form.existingBaseName().length() > 200) {
			problems.add(BusinessException.invalidField("existingBaseName", "validation.tooLong", 200));
		}
		if (form.venueSeats() != null && form.venueSeats() < 0) {
			problems.add(BusinessException.invalidField("venueSeats", "policy.invalid.negative"));
		}
		if (form.fullTimeManagersWithBachelor() != null && form.fullTimeManagersWithBachelor() < 0) {
			problems.add(BusinessException.invalidField("fullTimeManagersWithBachelor", "policy.invalid.negative"));
		}
		if (form.annualTrainees() != null && form.annualTrainees().stream().anyMatch(n -> n != null && n < 0)) {
			problems.add(BusinessException.invalidField("annualTrainees", "policy.invalid.negative"));
		}
		return problems;
	}
}
