package cn.cebase.notification.web;

import cn.cebase.identity.CurrentUser;
import cn.cebase.notification.Notifications;

import org.springframework.security.core.annotation.AuthenticationPrincipal;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PostMapping;

/** 消息: the user's inbox. */
@Controller
class NotificationController {

	private final Notifications notifications;

	NotificationController(Notifications notifications) {
		this.notifications = notifications;
	}

	@GetMapping("/notifications")
	String list(@AuthenticationPrincipal CurrentUser user, Model model) {
		model.addAttribute("notifications", notifications.recent(user, 100));
		return "notifications/list";
	}

	@PostMapping("/notifications/read")
	String markRead(@AuthenticationPrincipal CurrentUser user) {
		notifications.markAllRead(user);
		return "redirect:/notifications";
	}
}
