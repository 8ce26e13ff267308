package cn.cebase.identity.web;

import cn.cebase.identity.CurrentUser;
import cn.cebase.identity.IdentityManagement;
import cn.cebase.identity.NewUser;
import cn.cebase.identity.Role;
import cn.cebase.organization.OrganizationManagement;
import cn.cebase.shared.BusinessException;
import cn.cebase.shared.PageRequest;
import cn.cebase.shared.web.Flash;
import cn.cebase.shared.web.Forms;
import io.github.wimdeblauwe.htmx.spring.boot.mvc.HtmxRequest;

import org.springframework.security.core.annotation.AuthenticationPrincipal;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.validation.BindingResult;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.ModelAttribute;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

/** 用户管理 for platform administrators: create, disable, enable, unlock, reset a password. */
@Controller
@RequestMapping("/admin/users")
class UserAdminController {

	private final IdentityManagement identity;

	private final OrganizationManagement organizations;

	UserAdminController(IdentityManagement identity, OrganizationManagement organizations) {
		this.identity = identity;
		this.organizations = organizations;
	}

	@GetMapping
	String list(@AuthenticationPrincipal CurrentUser user, @RequestParam(required = false) String text,
			@RequestParam(required = false) Integer page, HtmxRequest htmx, Model model) {
		model.addAttribute("text", text);
		model.addAttribute("result", identity.list(user, text, PageRequest.of(page, 20)));
		model.addAttribute("me", user.id());
		return htmx.isHtmxRequest() && !htmx.isBoosted() ? "admin/users :: results" : "admin/users";
	}

	@GetMapping("/new")
	String form(@AuthenticationPrincipal CurrentUser user, Model model) {
		model.addAttribute("form", new UserForm());
		return formView(user, model);
	}

	@PostMapping
	String create(@AuthenticationPrincipal CurrentUser user, @ModelAttribute("form") UserForm form, BindingResult result,
			Model model, RedirectAttributes redirect) {
		if (!result.hasErrors()) {
			if (form.getOrganizationId() == null) {
				result.rejectValue("organizationId", "validation.required");
				return formView(user, model);
			}
			try {
				identity.create(new NewUser(form.getUsername(), form.getPassword(), form.getDisplayName(),
						form.getOrganizationId(), form.getRoles(), form.getEmail(), form.getPhone(), true));
				Flash.success(redirect, "user.created", form.getUsername());
				return "redirect:/admin/users";
			}
			catch (BusinessException ex) {
				Forms.reject(result, ex);
			}
		}
		form.setPassword(null);
		return formView(user, model);
	}

	@PostMapping("/{id}/disable")
	String disable(@AuthenticationPrincipal CurrentUser user, @PathVariable long id,
			@RequestParam(required = false) String reason, RedirectAttributes redirect) {
		return act(redirect, () -> identity.disable(user, id, reason), "user.disabled");
	}

	@PostMapping("/{id}/enable")
	String enable(@AuthenticationPrincipal CurrentUser user, @PathVariable long id, RedirectAttributes redirect) {
		return act(redirect, () -> identity.enable(user, id), "user.enabled");
	}

	@PostMapping("/{id}/unlock")
	String unlock(@AuthenticationPrincipal CurrentUser user, @PathVariable long id, RedirectAttributes redirect) {
		return act(redirect, () -> identity.unlock(user, id), "user.unlocked");
	}

	@PostMapping("/{id}/reset")
	String reset(@AuthenticationPrincipal CurrentUser user, @PathVariable long id, @RequestParam String password,
			RedirectAttributes redirect) {
		return act(redirect, () -> identity.resetPassword(user, id, password), "user.passwordReset");
	}

	private static String act(RedirectAttributes redirect, Runnable action, String doneKey) {
		try {
			action.run();
			Flash.success(redirect, doneKey);
		}
		catch (BusinessException ex) {
			if (!ex.concernsInput()) {
				throw ex;
			}
			Flash.danger(redirect, ex.messageKey(), ex.args());
		}
		return "redirect:/admin/users";
	}

	private String formView(CurrentUser user, Model model) {
		model.addAttribute("roles", Role.values());
		model.addAttribute("organizations", organizations.staffOrganizations(user.scope()));
		return "admin/user-form";
	}
}
