package cn.cebase.notification;

import cn.cebase.call.CallManagement;
import cn.cebase.evaluation.ExpertsInvited;

import org.springframework.modulith.events.ApplicationModuleListener;
import org.springframework.stereotype.Component;

/** Experts hear that they were drawn for a panel (or stepped in from the reserves). */
@Component
class PanelNotifier {

	private final Notifications notifications;

	private final CallManagement calls;

	PanelNotifier(Notifications notifications, CallManagement calls) {
		this.notifications = notifications;
		this.calls = calls;
	}

	@ApplicationModuleListener
	void on(ExpertsInvited event) {
		String title = calls.get(null, event.callId()).details().title();
		event.userIds().forEach(user -> notifications.send(user, "notification.panel.invited", "/expert/panels", title));
	}
}
