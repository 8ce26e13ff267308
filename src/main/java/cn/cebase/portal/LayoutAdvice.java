package cn.cebase.portal;

import cn.cebase.identity.CurrentUser;
import cn.cebase.notification.Notifications;

import org.springframework.security.core.Authentication;
import org.springframework.security.core.context.SecurityContextHolder;
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
		Authentication authentication = SecurityContextHolder.getContext().getAuthentication();
		return authentication != null && authentication.getPrincipal() instanceof CurrentUser user ? user : null;
	}

	@ModelAttribute("unreadCount")
	long unreadCount() {
		CurrentUser user = currentUser();
		return user == null ? 0 : notifications.unreadCount(user);
	}
}
