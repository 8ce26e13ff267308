package cn.cebase.identity.web;

import java.net.URI;
import java.util.Set;

import cn.cebase.identity.CurrentUser;
import cn.cebase.identity.IdentityManagement;
import cn.cebase.identity.NewUser;
import cn.cebase.identity.Role;
import cn.cebase.identity.UserAccount;
import cn.cebase.shared.PageRequest;
import cn.cebase.shared.PageResult;
import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.tags.Tag;

import org.springframework.http.ResponseEntity;
import org.springframework.security.core.annotation.AuthenticationPrincipal;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;

/** 用户 API: the caller's own account for everyone; account management for administrators. */
@RestController
@RequestMapping("/api/v1")
@Tag(name = "users", description = "用户账号（管理员）与当前用户")
class UserApiController {

	private final IdentityManagement identity;

	UserApiController(IdentityManagement identity) {
		this.identity = identity;
	}

	record Me(long id, String username, String displayName, long organizationId, String organizationName, Set<Role> roles) {
	}

	record CreateUser(String username, String password, String displayName, Long organizationId, Set<Role> roles,
			String email, String phone) {
	}

	record Reason(String reason) {
	}

	record PasswordReset(String password) {
	}

	@GetMapping("/me")
	@Operation(summary = "当前登录用户")
	Me me(@AuthenticationPrincipal CurrentUser user) {
		return new Me(user.id(), user.getUsername(), user.displayName(), user.organizationId(), user.organizationName(),
				user.roles());
	}

	@GetMapping("/users")
	@Operation(summary = "用户列表（管理员）")
	PageResult<UserAccount> list(@AuthenticationPrincipal CurrentUser user, @RequestParam(required = false) String text,
			@RequestParam(required = false) Integer page, @RequestParam(required = false) Integer size) {
		return identity.list(user, text, PageRequest.of(page, size));
	}

	@GetMapping("/users/{id}")
	@Operation(summary = "用户详情（管理员）")
	UserAccount get(@AuthenticationPrincipal CurrentUser user, @PathVariable long id) {
		return identity.get(user, id);
	}

	@PostMapping("/users")
	@Operation(summary = "新建用户（管理员）；首次登录须修改密码")
	ResponseEntity<UserAccount> create(@AuthenticationPrincipal CurrentUser user, @RequestBody CreateUser body) {
		long id = identity.create(new NewUser(body.username(), body.password(), body.displayName(),
				body.organizationId() == null ? -1 : body.organizationId(), body.roles(), body.email(), body.phone(), true));
		return ResponseEntity.created(URI.create("/api/v1/users/" + id)).body(identity.get(user, id));
	}

	@PostMapping("/users/{id}/disable")
	@Operation(summary = "停用用户（管理员）")
	UserAccount disable(@AuthenticationPrincipal CurrentUser user, @PathVariable long id,
			@RequestBody(required = false) Reason body) {
		identity.disable(user, id, body == null ? null : body.reason());
		return identity.get(user, id);
	}

	@PostMapping("/users/{id}/enable")
	@Operation(summary = "启用用户（管理员）")
	UserAccount enable(@AuthenticationPrincipal CurrentUser user, @PathVariable long id) {
		identity.enable(user, id);
		return identity.get(user, id);
	}

	@PostMapping("/users/{id}/unlock")
	@Operation(summary = "解除锁定（管理员）：清除连续输错密码的次数")
	UserAccount unlock(@AuthenticationPrincipal CurrentUser user, @PathVariable long id) {
		identity.unlock(user, id);
		return identity.get(user, id);
	}

	@PostMapping("/users/{id}/password-reset")
	@Operation(summary = "重置密码（管理员）；用户下次登录须修改")
	UserAccount reset(@AuthenticationPrincipal CurrentUser user, @PathVariable long id, @RequestBody PasswordReset body) {
		identity.resetPassword(user, id, body == null ? null : body.password());
		return identity.get(user, id);
	}
}
