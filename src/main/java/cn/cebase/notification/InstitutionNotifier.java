package cn.cebase.notification;

import java.util.List;

import cn.cebase.identity.IdentityManagement;
import cn.cebase.identity.Role;
import cn.cebase.institution.InstitutionDecided;
import cn.cebase.institution.InstitutionProfileChanged;
import cn.cebase.institution.InstitutionRegistered;
import cn.cebase.organization.Organization;
import cn.cebase.organization.OrganizationManagement;

import org.springframework.modulith.events.ApplicationModuleListener;
import org.springframework.stereotype.Component;

/** Tells the authority when an institution registers or files a change, and the institution when it is decided. */
@Component
class InstitutionNotifier {

	private final Notifications notifications;

	private final IdentityManagement identity;

	private final OrganizationManagement organizations;

	InstitutionNotifier(Notifications notifications, IdentityManagement identity, OrganizationManagement organizations) {
		this.notifications = notifications;
		this.identity = identity;
		this.organizations = organizations;
	}

	@ApplicationModuleListener
	void on(InstitutionRegistered event) {
		authorityStaff(event.authorityId()).forEach(user -> notifications.send(user, "notification.institution.registered",
					"/institutions/" + event.institutionId(), event.name()));
	}

	@ApplicationModuleListener
	void on(InstitutionDecided event) {
		identity.usersOf(event.organizationId(), Role.INSTITUTION)
			.forEach(user -> notifications.send(user, "notification.institution." + event.status().name().toLowerCase(),
					"/institutions/" + event.institutionId(), event.name(),
					event.reason() == null ? "" : event.reason()));
	}

	@ApplicationModuleListener
	void on(InstitutionProfileChanged event) {
		authorityStaff(event.authorityId()).forEach(user -> notifications.send(user, "notification.institution.changed",
					"/institutions/" + event.institutionId(), event.name()));
	}

	/**
	 * The authority's staff; when the authority has no account on the platform yet (many county
	 * bureaus at first), the nearest authority above it that has, since that one can act.
	 */
	private List<Long> authorityStaff(long authorityId) {
		Long current = authorityId;
		while (current != null) {
			List<Long> staff = identity.usersOf(current, Role.AUTHORITY);
			if (!staff.isEmpty()) {
				return staff;
			}
			current = organizations.find(current).map(Organization::parentId).orElse(null);
		}
		return List.of();
	}
}
