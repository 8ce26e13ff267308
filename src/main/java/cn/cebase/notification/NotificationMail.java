package cn.cebase.notification;

import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Locale;
import java.util.regex.Pattern;

import jakarta.mail.internet.MimeMessage;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import org.springframework.boot.autoconfigure.condition.ConditionalOnProperty;
import org.springframework.context.MessageSource;
import org.springframework.core.NestedExceptionUtils;
import org.springframework.mail.javamail.JavaMailSender;
import org.springframework.mail.javamail.MimeMessageHelper;
import org.springframework.scheduling.annotation.Async;
import org.springframework.stereotype.Component;

/**
 * The e-mail copy of an in-app message, for recipients who gave an address; present only when an
 * SMTP server is configured ({@code spring.mail.host}). Mail is a courtesy: it goes out on a
 * background thread after the message is stored, and a failure is logged, never thrown.
 */
@Component
@ConditionalOnProperty("spring.mail.host")
class NotificationMail {

	private static final Logger log = LoggerFactory.getLogger(NotificationMail.class);

	/** Users have no language setting yet; mail goes out in the platform's first language. */
	private static final Locale LOCALE = Locale.SIMPLIFIED_CHINESE;

	private static final int SUBJECT_MAX_CHARACTERS = 100;

	/** Mail servers' replies may quote the address; logs name the recipient by id only. */
	private static final Pattern ADDRESS = Pattern.compile("[^\\s<>\"',;:]+@[^\\s<>\"',;:]+");

	private final JavaMailSender sender;

	private final MessageSource messages;

	private final NotificationMailProperties properties;

	NotificationMail(JavaMailSender sender, MessageSource messages, NotificationMailProperties properties) {
		this.sender = sender;
		this.messages = messages;
		this.properties = properties;
	}

	@Async
	void deliver(long recipientId, String address, String messageKey, String link, List<String> args) {
		try {
			String text = messages.getMessage(messageKey, args.toArray(), LOCALE);
			MimeMessage message = sender.createMimeMessage();
			MimeMessageHelper mail = new MimeMessageHelper(message, StandardCharsets.UTF_8.name());
			mail.setFrom(properties.from());
			mail.setTo(address);
			mail.setSubject(messages.getMessage("notification.mail.subject", new Object[] { subjectLine(text) }, LOCALE));
			mail.setText(body(text, link), false);
			sender.send(message);
			log.debug("Mailed notification {} to user {}", messageKey, recipientId);
		}
		catch (Exception ex) {
			String cause = NestedExceptionUtils.getMostSpecificCause(ex).toString();
			log.warn("Could not mail notification {} to user {}: {}", messageKey, recipientId,
					ADDRESS.matcher(cause).replaceAll("<address>"));
			log.debug("Mail failure for user {}", recipientId, ex);
		}
	}

	private String body(String text, String link) {
		StringBuilder body = new StringBuilder(text).append("\n\n");
		if (link != null && !link.isBlank()) {
			body.append(messages.getMessage("notification.mail.link", new Object[] { properties.absolute(link) }, LOCALE))
				.append("\n\n");
		}
		// "-- " on its own line: mail readers recognise what follows as the signature
		return body.append("-- \n").append(messages.getMessage("notification.mail.footer", null, LOCALE)).append('\n').toString();
	}

	/** The message on one line, cut short when a reason makes it long. */
	private static String subjectLine(String text) {
		String line = text.replaceAll("\\s+", " ").strip();
		if (line.codePointCount(0, line.length()) <= SUBJECT_MAX_CHARACTERS) {
			return line;
		}
		return line.substring(0, line.offsetByCodePoints(0, SUBJECT_MAX_CHARACTERS - 1)) + "…";
	}
}
