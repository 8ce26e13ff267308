package cn.cebase.identity.web;

import java.util.Objects;

import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;

import cn.cebase.identity.CurrentUser;
import cn.cebase.identity.IdentityManagement;
import cn.cebase.shared.BusinessException;
import cn.cebase.shared.web.Flash;
import cn.cebase.shared.web.Forms;

import org.springframework.security.core.annotation.AuthenticationPrincipal;
import org.springframework.security.web.authentication.logout.SecurityContextLogoutHandler;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.validation.BindingResult;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.ModelAttribute;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

/** 修改密码: after a change the user signs in again, so that the session carries the new state. */
@Controller
class AccountController {

	private final IdentityManagement identity;

	AccountController(IdentityManagement identity) {
		this.identity = identity;
	}

	@GetMapping("/account/password")
	String form(Model model) {
		model.addAttribute("form", new PasswordForm());
		return "account/password";
	}

	@PostMapping("/account/password")
	String change(@AuthenticationPrincipal CurrentUser user, @ModelAttribute("form") PasswordForm form, BindingResult result,
			HttpServletRequest request, HttpServletResponse response, RedirectAttributes redirect) {
		if (!Objects.equals(form.getNewPassword(), form.getConfirmPassword())) {
			result.rejectValue("confirmPassword", "password.mismatch");
			return "account/password";
		}
		try {
			identity.changePassword(user.id(), form.getCurrentPassword(), form.getNewPassword());
		}
		catch (BusinessException ex) {
			Forms.reject(result, ex);
			return "account/password";
		}
		new SecurityContextLogoutHandler().logout(request, response, null);
		Flash.success(redirect, "password.changed");
		return "redirect:/login";
	}
}
