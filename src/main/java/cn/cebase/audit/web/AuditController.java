package cn.cebase.audit.web;

import cn.cebase.audit.AuditTrail;
import cn.cebase.identity.CurrentUser;
import cn.cebase.shared.PageRequest;
import io.github.wimdeblauwe.htmx.spring.boot.mvc.HtmxRequest;

import org.springframework.security.core.annotation.AuthenticationPrincipal;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;

/** 审计日志: the trail in scope, and the chain verification for administrators. */
@Controller
class AuditController {

	private final AuditTrail trail;

	AuditController(AuditTrail trail) {
		this.trail = trail;
	}

	@GetMapping("/audit")
	String list(@AuthenticationPrincipal CurrentUser user, @RequestParam(required = false) String targetType,
			@RequestParam(required = false) String targetId, @RequestParam(required = false) String action,
			@RequestParam(required = false) Integer page, HtmxRequest htmx, Model model) {
		model.addAttribute("targetType", targetType);
		model.addAttribute("targetId", targetId);
		model.addAttribute("action", action);
		model.addAttribute("result", trail.list(user, targetType, targetId, action, PageRequest.of(page, 30)));
		return htmx.isHtmxRequest() && !htmx.isBoosted() ? "audit/list :: results" : "audit/list";
	}

	@PostMapping("/audit/verify")
	String verify(@AuthenticationPrincipal CurrentUser user, Model model) {
		model.addAttribute("verification", trail.verify(user));
		return "audit/verify";
	}
}
