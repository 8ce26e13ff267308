package cn.cebase.audit.web;

import cn.cebase.audit.AuditEvent;
import cn.cebase.audit.AuditTrail;
import cn.cebase.audit.ChainVerification;
import cn.cebase.identity.CurrentUser;
import cn.cebase.shared.PageRequest;
import cn.cebase.shared.PageResult;
import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.tags.Tag;

import org.springframework.security.core.annotation.AuthenticationPrincipal;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;

/** 审计日志 API. */
@RestController
@RequestMapping("/api/v1/audit-events")
@Tag(name = "audit", description = "审计日志与哈希链校验")
class AuditApiController {

	private final AuditTrail trail;

	AuditApiController(AuditTrail trail) {
		this.trail = trail;
	}

	@GetMapping
	@Operation(summary = "审计日志（管理员全部；主管机关本机构及下级）")
	PageResult<AuditEvent> list(@AuthenticationPrincipal CurrentUser user, @RequestParam(required = false) String targetType,
			@RequestParam(required = false) String targetId, @RequestParam(required = false) String action,
			@RequestParam(required = false) Integer page, @RequestParam(required = false) Integer size) {
		return trail.list(user, targetType, targetId, action, PageRequest.of(page, size));
	}

	@GetMapping("/verification")
	@Operation(summary = "校验哈希链（管理员）")
	ChainVerification verify(@AuthenticationPrincipal CurrentUser user) {
		return trail.verify(user);
	}
}
