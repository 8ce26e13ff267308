package cn.cebase.audit.web;

import java.util.Locale;

import cn.cebase.audit.AuditTrail;

import org.springframework.context.MessageSource;
import org.springframework.http.MediaType;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RestController;

/** 审计锚点, public: the audit chain's daily anchors, as plain text for anyone to archive and compare later. */
@RestController
class AuditAnchorsController {

	private final AuditTrail trail;

	private final MessageSource messages;

	AuditAnchorsController(AuditTrail trail, MessageSource messages) {
		this.trail = trail;
		this.messages = messages;
	}

	@GetMapping(path = "/public/audit-anchors", produces = MediaType.TEXT_PLAIN_VALUE + ";charset=UTF-8")
	String anchors(Locale locale) {
		return "# " + messages.getMessage("audit.anchors.header", null, locale) + "\n" + String.join("\n", trail.anchorLines())
				+ "\n";
	}
}
