package cn.cebase.institution;

import java.time.Clock;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.function.Consumer;
import java.util.regex.Pattern;

import cn.cebase.identity.CurrentUser;
import cn.cebase.identity.IdentityManagement;
import cn.cebase.identity.NewUser;
import cn.cebase.identity.Role;
import cn.cebase.organization.Organization;
import cn.cebase.organization.OrganizationManagement;
import cn.cebase.organization.Regions;
import cn.cebase.shared.AuditableAction;
import cn.cebase.shared.BusinessException;
import cn.cebase.shared.PageRequest;
import cn.cebase.shared.PageResult;
import cn.cebase.shared.UnifiedSocialCreditCode;

import org.springframework.context.ApplicationEventPublisher;
import org.springframework.dao.DuplicateKeyException;
import org.springframework.dao.OptimisticLockingFailureException;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * 施教机构管理: registration, the authority's decisions, filed changes and credit records.
 * Every read and action checks the role and the data scope here, for pages and API alike:
 * a record outside the user's scope is "not found".
 */
@Service
@Transactional
public class InstitutionManagement {

	private static final Pattern PHONE = Pattern.compile("[0-9+\\-() ]{5,40}");

	private static final Pattern EMAIL = Pattern.compile("[^@\\s]+@[^@\\s]+\\.[^@\\s]+");

	private static final Set<Role> READERS = Set.of(Role.ADMIN, Role.AUTHORITY, Role.RECOMMENDER, Role.INSTITUTION);

	private final Institutions institutions;

	private final InstitutionQueries queries;

	private final OrganizationManagement organizations;

	private final IdentityManagement identity;

	private final Regions regions;

	private final ApplicationEventPublisher events;

	private final Clock clock;

	InstitutionManagement(Institutions institutions, InstitutionQueries queries, OrganizationManagement organizations,
			IdentityManagement identity, Regions regions, ApplicationEventPublisher events, Clock clock) {
		this.institutions = institutions;
		this.queries = queries;
		this.organizations = organizations;
		this.identity = identity;
		this.regions = regions;
		this.events = events;
		this.clock = clock;
	}

	/**
	 * 机构注册: opens the institution as PENDING below the authority of its region, with its first
	 * user, who can sign in at once and watch the decision. Reports every wrong field together.
	 */
	public Institution register(InstitutionRegistration registration) {
		List<BusinessException> problems = problemsWith(registration);
		if (!problems.isEmpty()) {
			throw BusinessException.invalid(problems);
		}
		String code = UnifiedSocialCreditCode.normalize(registration.creditCode());
		InstitutionProfile profile = registration.profile();
		Organization organization;
		Institution institution;
		try {
			organization = organizations.registerInstitution("inst-" + code, profile.name(), profile.regionCode());
			institution = institutions.save(Institution.register(code, profile, organization.id(), organization.parentId(),
					organization.path(), clock.instant()));
		}
		catch (DuplicateKeyException ex) {
			// two registrations with one code at the same moment: the database's unique indexes decide
			throw BusinessException.conflictOnField("creditCode", "institution.creditCodeTaken", code);
		}
		String displayName = InstitutionRegistration.trim(registration.displayName());
		identity.create(new NewUser(registration.username().strip(), registration.password(),
				displayName == null ? profile.contactName() : displayName, organization.id(), Set.of(Role.INSTITUTION),
				profile.contactEmail(), profile.contactPhone(), false));
		Map<String, String> audit = new LinkedHashMap<>();
		audit.put("creditCode", code);
		audit.put("name", profile.name());
		audit.put("regionCode", profile.regionCode());
		audit.put("username", registration.username().strip());
		events.publishEvent(AuditableAction.of("institution.register", "institution", institution.id()).withChanges(audit));
		events.publishEvent(new InstitutionRegistered(institution.id(), institution.name(), institution.authorityId()));
		return institution;
	}

	/** Everything wrong with a registration, each beside its field; empty when it may go ahead. */
	@Transactional(readOnly = true)
	public List<BusinessException> problemsWith(InstitutionRegistration registration) {
		List<BusinessException> problems = new ArrayList<>();
		String code = UnifiedSocialCreditCode.normalize(registration.creditCode());
		UnifiedSocialCreditCode.problemWith(code)
			.ifPresentOrElse(key -> problems.add(BusinessException.invalidField("creditCode", key)), () -> {
				if (institutions.existsByCreditCode(code)) {
					problems.add(BusinessException.conflictOnField("creditCode", "institution.creditCodeTaken", code));
				}
			});
		problems.addAll(problemsWith(registration.profile()));
		if (registration.displayName() != null && registration.displayName().length() > 100) {
			problems.add(BusinessException.invalidField("displayName", "validation.tooLong", 100));
		}
		try {
			identity.checkUsername(registration.username());
		}
		catch (BusinessException ex) {
			problems.add(ex);
		}
		try {
			identity.checkPassword(registration.password(), registration.username(), "password");
		}
		catch (BusinessException ex) {
			problems.add(ex);
		}
		return problems;
	}

	List<BusinessException> problemsWith(InstitutionProfile profile) {
		List<BusinessException> problems = new ArrayList<>();
		required(problems, "name", profile.name(), 200);
		if (profile.type() == null) {
			problems.add(BusinessException.invalidField("type", "validation.required"));
		}
		if (profile.regionCode() == null) {
			problems.add(BusinessException.invalidField("regionCode", "validation.required"));
		}
		else if (!regions.isKnown(profile.regionCode())) {
			problems.add(BusinessException.invalidField("regionCode", "region.unknown", profile.regionCode()));
		}
		required(problems, "address", profile.address(), 300);
		required(problems, "legalRepresentative", profile.legalRepresentative(), 50);
		required(problems, "contactName", profile.contactName(), 50);
		if (required(problems, "contactPhone", profile.contactPhone(), 40) && !PHONE.matcher(profile.contactPhone()).matches()) {
			problems.add(BusinessException.invalidField("contactPhone", "validation.phone"));
		}
		if (profile.contactEmail() != null) {
			if (profile.contactEmail().length() > 200) {
				problems.add(BusinessException.invalidField("contactEmail", "validation.tooLong", 200));
			}
			else if (!EMAIL.matcher(profile.contactEmail()).matches()) {
				problems.add(BusinessException.invalidField("contactEmail", "validation.email"));
			}
		}
		return problems;
	}

	private static boolean required(List<BusinessException> problems, String field, String value, int max) {
		if (value == null || value.isBlank()) {
			problems.add(BusinessException.invalidField(field, "validation.required"));
			return false;
		}
		if (value.length() > max) {
			problems.add(BusinessException.invalidField(field, "validation.tooLong", max));
			return false;
		}
		return true;
	}

	@Transactional(readOnly = true)
	public Institution get(CurrentUser actor, long id) {
		requireReader(actor);
		return institutions.findById(id).filter(i -> actor.scope().covers(i.scopePath())).orElseThrow(BusinessException::notFound);
	}

	/**
	 * The registered institution with this 统一社会信用代码, for linking a record that names it (an
	 * imported base) to its account. Not scoped: callers pass on only what their own records hold.
	 */
	@Transactional(readOnly = true)
	public Optional<Institution> findByCreditCode(String creditCode) {
		return creditCode == null ? Optional.empty()
				: institutions.findByCreditCode(UnifiedSocialCreditCode.normalize(creditCode));
	}

	/**
	 * An institution by the id another module's record holds (an application, a base), for acting on
	 * it; not scoped, so never for showing to a user without the caller's own check.
	 */
	@Transactional(readOnly = true)
	public Optional<Institution> find(long id) {
		return institutions.findById(id);
	}

	/** The institution an institution user belongs to. */
	@Transactional(readOnly = true)
	public Institution mine(CurrentUser actor) {
		if (!actor.has(Role.INSTITUTION)) {
			throw BusinessException.forbidden();
		}
		return institutions.findByOrganizationId(actor.organizationId()).orElseThrow(BusinessException::notFound);
	}

	@Transactional(readOnly = true)
	public PageResult<InstitutionSummary> list(CurrentUser actor, InstitutionFilter filter, PageRequest page) {
		requireReader(actor);
		String scope = actor.scope().pathPrefix();
		List<InstitutionSummary> items = queries.page(scope, filter, page.size(), page.offset()).stream().map(this::summary).toList();
		return new PageResult<>(items, page.page(), page.size(), queries.count(scope, filter));
	}

	/** Streams the whole filtered list in scope, for the Excel export. */
	@Transactional(readOnly = true)
	public void export(CurrentUser actor, InstitutionFilter filter, Consumer<InstitutionExportRow> consumer) {
		checkExport(actor);
		queries.each(actor.scope().pathPrefix(), filter, row -> consumer.accept(new InstitutionExportRow(row.creditCode(),
				row.name(), row.type(), regions.fullName(row.regionCode()), row.address(), row.legalRepresentative(),
				row.contactName(), row.contactPhone(), row.status(), row.registeredAt())));
	}

	/** Exports are for staff; institutions see their own profile only. */
	public void checkExport(CurrentUser actor) {
		requireStaff(actor);
	}

	@Transactional(readOnly = true)
	public long countPending(CurrentUser actor) {
		return actor.has(Role.AUTHORITY) || actor.has(Role.ADMIN)
				? queries.countByStatus(actor.scope().pathPrefix(), InstitutionStatus.PENDING) : 0;
	}

	public Institution approve(CurrentUser actor, long id, Integer version) {
		Institution institution = forDecision(actor, id, version);
		institution.approve(clock.instant());
		return decided(institution, "institution.approve", null);
	}

	public Institution reject(CurrentUser actor, long id, String reason, Integer version) {
		Institution institution = forDecision(actor, id, version);
		institution.reject(reason, clock.instant());
		return decided(institution, "institution.reject", reason);
	}

	public Institution suspend(CurrentUser actor, long id, String reason, Integer version) {
		Institution institution = forDecision(actor, id, version);
		institution.suspend(reason, clock.instant());
		return decided(institution, "institution.suspend", reason);
	}

	public Institution reinstate(CurrentUser actor, long id, String reason, Integer version) {
		Institution institution = forDecision(actor, id, version);
		institution.reinstate(clock.instant());
		return decided(institution, "institution.reinstate", reason);
	}

	/**
	 * 变更备案: the institution (or its authority) files a change of name, contact or address; it
	 * takes effect at once and each changed field is kept, before and after (FJ Art. 31, ZB Art. 31).
	 */
	public Institution changeProfile(CurrentUser actor, long id, InstitutionProfile profile, String reason, Integer version) {
		Institution institution = get(actor, id);
		if (!(actor.has(Role.INSTITUTION) || actor.has(Role.AUTHORITY))) {
			throw BusinessException.forbidden();
		}
		checkVersion(institution, version);
		List<BusinessException> problems = problemsWith(profile);
		if (profile.regionCode() != null && !profile.regionCode().equals(institution.regionCode())) {
			// a move to another region changes the supervising authority: that is a new registration, not a filing
			problems.add(BusinessException.invalidField("regionCode", "institution.change.regionNotAllowed"));
		}
		if (reason != null && reason.length() > 500) {
			problems.add(BusinessException.invalidField("reason", "validation.tooLong", 500));
		}
		if (!problems.isEmpty()) {
			throw BusinessException.invalid(problems);
		}
		Map<String, String[]> changes = institution.change(profile);
		if (changes.isEmpty()) {
			throw BusinessException.conflict("institution.change.nothing");
		}
		institutions.save(institution);
		String why = reason == null || reason.isBlank() ? null : reason.strip();
		Map<String, String> audit = new LinkedHashMap<>();
		changes.forEach((field, values) -> {
			queries.insertChange(id, field, values[0], values[1], why, actor.id(), clock.instant());
			audit.put(field, values[0] + " → " + values[1]);
		});
		events.publishEvent(AuditableAction.of("institution.changeProfile", "institution", id).withChanges(audit).withReason(why));
		events.publishEvent(new InstitutionProfileChanged(id, institution.name(), institution.authorityId(), changes.keySet()));
		return institution;
	}

	@Transactional(readOnly = true)
	public List<ChangeRecord> changes(CurrentUser actor, long id) {
		get(actor, id);
		return queries.changes(id);
	}

	/** Records an adverse credit record (FJ Art. 7(6)); authority staff only, in their scope. */
	public void addCreditRecord(CurrentUser actor, long id, CreditRecordKind kind, LocalDate occurredOn, String source,
			String note) {
		Institution institution = get(actor, id);
		if (!actor.has(Role.AUTHORITY)) {
			throw BusinessException.forbidden();
		}
		List<BusinessException> problems = new ArrayList<>();
		if (kind == null) {
			problems.add(BusinessException.invalidField("kind", "validation.required"));
		}
		if (occurredOn == null) {
			problems.add(BusinessException.invalidField("occurredOn", "validation.required"));
		}
		else if (occurredOn.isAfter(LocalDate.now(clock))) {
			problems.add(BusinessException.invalidField("occurredOn", "validation.notInFuture"));
		}
		required(problems, "source", source, 200);
		if (note != null && note.length() > 1000) {
			problems.add(BusinessException.invalidField("note", "validation.tooLong", 1000));
		}
		if (!problems.isEmpty()) {
			throw BusinessException.invalid(problems);
		}
		String cleanNote = note == null || note.isBlank() ? null : note.strip();
		queries.insertCreditRecord(institution.id(), kind, occurredOn, source.strip(), cleanNote, actor.id(), clock.instant());
		Map<String, String> audit = new LinkedHashMap<>();
		audit.put("kind", kind.name());
		audit.put("occurredOn", occurredOn.toString());
		audit.put("source", source.strip());
		events.publishEvent(AuditableAction.of("institution.addCreditRecord", "institution", id).withChanges(audit)
			.withReason(cleanNote));
	}

	@Transactional(readOnly = true)
	public List<CreditRecord> creditRecords(CurrentUser actor, long id) {
		get(actor, id);
		return queries.creditRecords(id);
	}

	public String regionName(String regionCode) {
		return regions.fullName(regionCode);
	}

	private Institution forDecision(CurrentUser actor, long id, Integer version) {
		Institution institution = get(actor, id);
		if (!actor.has(Role.AUTHORITY)) {
			throw BusinessException.forbidden();
		}
		checkVersion(institution, version);
		return institution;
	}

	private Institution decided(Institution institution, String action, String reason) {
		Institution saved = institutions.save(institution);
		events.publishEvent(AuditableAction.of(action, "institution", saved.id())
			.withChanges(Map.of("status", saved.status().name()))
			.withReason(reason == null || reason.isBlank() ? null : reason.strip()));
		events.publishEvent(new InstitutionDecided(saved.id(), saved.name(), saved.organizationId(), saved.status(),
				saved.decisionReason()));
		return saved;
	}

	/** The form carried the version it showed; if someone acted since, the user must look again. */
	private static void checkVersion(Institution institution, Integer version) {
		if (version != null && !version.equals(institution.version())) {
			throw new OptimisticLockingFailureException("institution " + institution.id() + " changed since it was shown");
		}
	}

	private static void requireReader(CurrentUser actor) {
		if (actor == null || actor.roles().stream().noneMatch(READERS::contains)) {
			throw BusinessException.forbidden();
		}
	}

	private static void requireStaff(CurrentUser actor) {
		if (actor == null || actor.roles().stream().noneMatch(Role::isStaff)) {
			throw BusinessException.forbidden();
		}
	}

	private InstitutionSummary summary(InstitutionQueries.Row row) {
		return new InstitutionSummary(row.id(), row.creditCode(), row.name(), row.type(), row.regionCode(),
				regions.fullName(row.regionCode()), row.status(), row.registeredAt());
	}
}
