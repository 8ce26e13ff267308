package cn.cebase.notification;

import java.net.URI;

import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;

/**
 * {@code cebase.mail}: the sender address of notification mail, and the address at which people
 * open the application, which turns a message's link into one a mail reader can follow. Mail
 * itself is on only when {@code spring.mail.host} is set.
 */
@ConfigurationProperties("cebase.mail")
record NotificationMailProperties(@DefaultValue("noreply@cebase.local") String from,
		@DefaultValue("http://localhost:8080") URI baseUrl) {

	/** The link as a mail reader can follow it; links that are absolute already stay as they are. */
	String absolute(String link) {
		if (link.startsWith("http://") || link.startsWith("https://")) {
			return link;
		}
		String base = baseUrl.toString();
		return (base.endsWith("/") ? base.substring(0, base.length() - 1) : base)
				+ (link.startsWith("/") ? link : "/" + link);
	}
}
