package cn.cebase.notification;

import cn.cebase.identity.IdentityManagement;
import cn.cebase.identity.Role;
import cn.cebase.recognition.ApplicationNotRecognized;
import cn.cebase.recognition.BasesRecognized;

import org.springframework.modulith.events.ApplicationModuleListener;
import org.springframework.stereotype.Component;

/** Applicants hear the outcome: recognised with the base's number and plaque, or not, with the reasons. */
@Component
class RecognitionNotifier {

	private final Notifications notifications;

	private final IdentityManagement identity;

	RecognitionNotifier(Notifications notifications, IdentityManagement identity) {
		this.notifications = notifications;
		this.identity = identity;
	}

	@ApplicationModuleListener
	void on(BasesRecognized event) {
		for (BasesRecognized.Recognized base : event.bases()) {
			identity.usersOf(base.applicantOrganizationId(), Role.INSTITUTION)
				.forEach(user -> notifications.send(user, "notification.recognition.recognized",
						"/public/bases/" + base.baseId(), event.callTitle(), base.number()));
		}
	}

	@ApplicationModuleListener
	void on(ApplicationNotRecognized event) {
		identity.usersOf(event.applicantOrganizationId(), Role.INSTITUTION)
			.forEach(user -> notifications.send(user, "notification.recognition.notRecognized",
					"/declarations/" + event.declarationId(), event.reasons()));
	}
}
