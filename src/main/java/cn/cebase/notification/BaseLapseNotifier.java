package cn.cebase.notification;

import cn.cebase.identity.IdentityManagement;
import cn.cebase.identity.Role;
import cn.cebase.base.BaseLapsed;

import org.springframework.modulith.events.ApplicationModuleListener;
import org.springframework.stereotype.Component;

/** Tells the holder of a base that lost its title for want of re-confirmation (SD 三(三)), when it has an account. */
@Component
class BaseLapseNotifier {

	private final Notifications notifications;

	private final IdentityManagement identity;

	BaseLapseNotifier(Notifications notifications, IdentityManagement identity) {
		this.notifications = notifications;
		this.identity = identity;
	}

	@ApplicationModuleListener
	void on(BaseLapsed event) {
		if (event.institutionOrganizationId() == null) {
			return;
		}
		identity.usersOf(event.institutionOrganizationId(), Role.INSTITUTION)
			.forEach(user -> notifications.send(user, "notification.base.lapsed", "/public/bases/" + event.baseId(),
					event.name(), event.number(), event.callTitle(), event.reason()));
	}
}
