package cn.cebase.notification;

import cn.cebase.identity.IdentityManagement;
import cn.cebase.identity.Role;
import cn.cebase.base.BaseAction;
import cn.cebase.base.BaseLapsed;
import cn.cebase.base.BaseStatusChanged;

import org.springframework.modulith.events.ApplicationModuleListener;
import org.springframework.stereotype.Component;

/**
 * Tells the holder of a base, when it has an account, what happened to its standing: a lapse for want of
 * re-confirmation (SD 三(三)), and every change its authority makes (rectification, paused work, revocation,
 * cancellation), with the article and the reason.
 */
@Component
class BaseNotifier {

	private final Notifications notifications;

	private final IdentityManagement identity;

	BaseNotifier(Notifications notifications, IdentityManagement identity) {
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

	@ApplicationModuleListener
	void on(BaseStatusChanged event) {
		// a lapse is told with the call that asked for the re-confirmation (BaseLapsed, above)
		if (event.holderOrganizationId() == null || event.action() == BaseAction.LAPSE) {
			return;
		}
		identity.usersOf(event.holderOrganizationId(), Role.INSTITUTION)
			.forEach(user -> notifications.send(user, "notification.base.changed." + event.action().name(),
					"/public/bases/" + event.baseId(), event.name(), event.number(), event.effectiveOn().toString(),
					event.basis(), event.reason()));
	}
}
