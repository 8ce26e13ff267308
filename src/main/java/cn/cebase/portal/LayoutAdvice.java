package cn.cebase.portal;

import cn.cebase.identity.CurrentUser;
import cn.cebase.notification.Notifications;

import org.springframework.web.bind.annotation.ControllerAdvice;
import org.springframework.web.bind.annotation.ModelAttribute;

/** What the layout shows on every page: the signed-in user and the unread messages count. */
@ControllerAdvice(annotations = org.springframework.stereotype.Controller.class)
class LayoutAdvice {

	private final Notifications notifications;

	LayoutAdvice(Notifications notifications) {
		this.notifications = notifications;
	}

	@ModelAttribute("currentUser")
	CurrentUser currentUser() {
		return CurrentUser.signedIn().orElse(null);
	}

	@ModelAttribute("unreadCount")
	long unreadCount() {
		return CurrentUser.signedIn().map(notifications::unreadCount).orElse(0L);
	}
}
