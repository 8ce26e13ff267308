package cn.cebase.notification;

import cn.cebase.identity.IdentityManagement;
import cn.cebase.identity.Role;
import cn.cebase.institution.InstitutionDecided;
import cn.cebase.institution.InstitutionProfileChanged;
import cn.cebase.institution.InstitutionRegistered;

import org.springframework.modulith.events.ApplicationModuleListener;
import org.springframework.stereotype.Component;

/** Tells the authority when an institution registers or files a change, and the institution when it is decided. */
@Component
class InstitutionNotifier {

	private final Notifications notifications;

	private final IdentityManagement identity;

	InstitutionNotifier(Notifications notifications, IdentityManagement identity) {
		this.notifications = notifications;
		this.identity = identity;
	}

	@ApplicationModuleListener
	void on(InstitutionRegistered event) {
		identity.usersOf(event.authorityId(), Role.AUTHORITY)
			.forEach(user -> notifications.send(user, "notification.institution.registered",
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
		identity.usersOf(event.authorityId(), Role.AUTHORITY)
			.forEach(user -> notifications.send(user, "notification.institution.changed",
					"/institutions/" + event.institutionId(), event.name()));
	}
}
