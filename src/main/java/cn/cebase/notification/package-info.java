/**
 * 消息通知: in-app messages to the next actor at every transition and to the subject at every
 * outcome. Listens to the other modules' events after they commit.
 */
@org.springframework.modulith.ApplicationModule(displayName = "消息通知 Notification",
		allowedDependencies = { "base", "call", "declaration", "evaluation", "identity", "institution", "organization", "recognition", "review" })
package cn.cebase.notification;
