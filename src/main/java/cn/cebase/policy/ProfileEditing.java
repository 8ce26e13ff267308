package cn.cebase.policy;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;

import cn.cebase.identity.CurrentUser;
import cn.cebase.identity.Role;
import cn.cebase.organization.Organization;
import cn.cebase.organization.OrganizationKind;
import cn.cebase.organization.OrganizationManagement;
import cn.cebase.shared.AuditableAction;
import cn.cebase.shared.BusinessException;
import tools.jackson.databind.json.JsonMapper;

import org.springframework.context.ApplicationEventPublisher;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * 政策配置修订: an authority copies its jurisdiction's profile into a new version for a new year,
 * without a release. Old versions stay, so calls keep the rules they were opened under.
 */
@Service
@Transactional
public class ProfileEditing {

	private final PolicyProfiles profiles;

	private final OrganizationManagement organizations;

	private final JdbcClient jdbc;

	private final JsonMapper json;

	private final ApplicationEventPublisher events;

	ProfileEditing(PolicyProfiles profiles, OrganizationManagement organizations, JdbcClient jdbc, JsonMapper json,
			ApplicationEventPublisher events) {
		this.profiles = profiles;
		this.organizations = organizations;
		this.jdbc = jdbc;
		this.json = json;
		this.events = events;
	}

	/** A national profile is MOHRSS's; a provincial or municipal one belongs to the 人社 body of its region. */
	public static boolean belongsTo(PolicyProfile profile, Organization authority) {
		if (profile.level() == ProfileLevel.NATIONAL) {
			return authority.kind() == OrganizationKind.MOHRSS;
		}
		return profile.regionCode() != null && profile.regionCode().equals(authority.regionCode());
	}

	public boolean mayEdit(CurrentUser actor, PolicyProfile profile) {
		return actor != null && (actor.has(Role.ADMIN)
				|| actor.has(Role.AUTHORITY) && belongsTo(profile, organizations.get(actor.organizationId())));
	}

	/**
	 * Stores an edited profile as the next version. The code stays; the version is the next one;
	 * a profile that does not validate is refused with the path of each value at fault.
	 */
	public PolicyProfile saveNewVersion(CurrentUser actor, String code, PolicyProfile edited, String reason) {
		PolicyProfile current = profiles.latest(code).orElseThrow(BusinessException::notFound);
		if (!mayEdit(actor, current)) {
			throw BusinessException.forbidden();
		}
		if (reason == null || reason.isBlank()) {
			throw BusinessException.invalidField("reason", "validation.reasonRequired");
		}
		if (reason.length() > 500) {
			throw BusinessException.invalidField("reason", "validation.tooLong", 500);
		}
		PolicyProfile next = new PolicyProfile(current.code(), current.jurisdiction(), current.version() + 1, edited.title(),
				edited.document(), current.level(), current.regionCode(), edited.effectiveFrom(), edited.effectiveTo(),
				edited.application(), edited.review(), edited.operation(), edited.supervision(), edited.credit(),
				edited.notes());
		List<BusinessException> problems = ProfileValidation.problemsWith(next);
		if (!problems.isEmpty()) {
			throw BusinessException.invalid(problems);
		}
		jdbc.sql("insert into policy_profile (code, version, jurisdiction, title, built_in, document, created_by, reason)"
				+ " values (?,?,?,?,false,?,?,?)")
			.params(next.code(), next.version(), next.jurisdiction(), next.title(), json.writeValueAsString(next), actor.id(),
					reason.strip())
			.update();
		events.publishEvent(AuditableAction.of("policy.newVersion", "policy", code + "#" + next.version())
			.withChanges(differences(current, next))
			.withReason(reason.strip()));
		return next;
	}

	/**
	 * 修订 from the editor's form: the typed values, with the basis they now cite, become the next
	 * version. Refused with the path of each value at fault (the input's name), every problem at once.
	 */
	public PolicyProfile revise(CurrentUser actor, String code, Map<String, String> form) {
		PolicyProfile current = profiles.latest(code).orElseThrow(BusinessException::notFound);
		if (!mayEdit(actor, current)) {
			throw BusinessException.forbidden();
		}
		String basis = form.getOrDefault("basis", "");
		if (basis.isBlank()) {
			throw BusinessException.invalidField("basis", "policy.basisRequired");
		}
		return saveNewVersion(actor, code, ProfileForm.apply(current, form, basis.strip()), form.get("reason"));
	}

	/** The editor's inputs for a profile, by section; lists are shown on the profile's page, not edited here. */
	@Transactional(readOnly = true)
	public List<ProfileEntry> entries(PolicyProfile profile) {
		return ProfileForm.entries(profile);
	}

	/** The input a problem of {@code field} is shown beside: its own, the first of its group, or "" for the form. */
	public static String entryFor(List<ProfileEntry> entries, String field) {
		return ProfileForm.entryFor(entries, field);
	}

	@Transactional(readOnly = true)
	public List<ProfileVersion> history(String code) {
		return jdbc.sql("select p.version, p.built_in, p.reason, p.created_by, u.display_name, p.created_at"
				+ " from policy_profile p left join user_names u on u.id = p.created_by where p.code = ? order by p.version desc")
			.param(code)
			.query((rs, n) -> new ProfileVersion(rs.getInt(1), rs.getBoolean(2), rs.getString(3),
					rs.getObject(4, Long.class), rs.getString(5), rs.getTimestamp(6).toInstant()))
			.list();
	}

	/**
	 * Which parts of the profile changed, for the audit trail: part → "before → after" in JSON; a
	 * section is compared value by value, each change named by its section and component.
	 */
	private Map<String, String> differences(PolicyProfile before, PolicyProfile after) {
		Map<String, String> changes = new LinkedHashMap<>();
		compare("", PolicyProfile.class, before, after, changes);
		return changes;
	}

	private void compare(String prefix, Class<?> type, Object before, Object after, Map<String, String> changes) {
		for (var component : type.getRecordComponents()) {
			try {
				Object a = before == null ? null : component.getAccessor().invoke(before);
				Object b = after == null ? null : component.getAccessor().invoke(after);
				if (Objects.equals(a, b)) {
					continue;
				}
				String name = prefix + component.getName();
				if (component.getType().isRecord() && component.getType().getPackage() == PolicyProfile.class.getPackage()
						&& component.getType() != Cited.class) {
					compare(name + ".", component.getType(), a, b, changes);
				}
				else {
					changes.put(name, abbreviate(json.writeValueAsString(a)) + " → " + abbreviate(json.writeValueAsString(b)));
				}
			}
			catch (ReflectiveOperationException ex) {
				throw new IllegalStateException(ex);
			}
		}
	}

	private static String abbreviate(String s) {
		return s.length() <= 300 ? s : s.substring(0, 297) + "…";
	}
}
