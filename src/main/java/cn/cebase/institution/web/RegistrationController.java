package cn.cebase.institution.web;

import java.util.List;
import java.util.Objects;

import cn.cebase.institution.InstitutionManagement;
import cn.cebase.institution.InstitutionType;
import cn.cebase.organization.Regions;
import cn.cebase.shared.BusinessException;
import cn.cebase.shared.web.Flash;
import cn.cebase.shared.web.Forms;
import cn.cebase.shared.web.RateLimited;

import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.validation.BindingResult;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.ModelAttribute;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

/** 机构注册: the public self-service registration form, with inline checks as the user types. */
@Controller
@RequestMapping("/register")
class RegistrationController {

	private final InstitutionManagement institutions;

	private final Regions regions;

	RegistrationController(InstitutionManagement institutions, Regions regions) {
		this.institutions = institutions;
		this.regions = regions;
	}

	@ModelAttribute("types")
	InstitutionType[] types() {
		return InstitutionType.values();
	}

	@GetMapping
	String form(Model model) {
		model.addAttribute("form", new RegistrationForm());
		return regionChoices(model, new RegistrationForm());
	}

	@PostMapping
	String register(@ModelAttribute("form") RegistrationForm form, BindingResult result, Model model,
			RedirectAttributes redirect) {
		checkPasswordConfirmation(form, result);
		// every field's problem at once; a field the binder already refused (e.g. an unknown type) keeps that message
		institutions.problemsWith(form.toRegistration())
			.stream()
			.filter(problem -> problem.field() == null || !result.hasFieldErrors(problem.field()))
			.forEach(problem -> Forms.reject(result, problem));
		if (!result.hasErrors()) {
			try {
				institutions.register(form.toRegistration());
				Flash.success(redirect, "register.done", form.getName());
				return "redirect:/login?registered";
			}
			catch (BusinessException ex) {
				Forms.reject(result, ex);
			}
		}
		// a wrong password is not sent back to the browser; everything else stays as typed
		if (result.hasFieldErrors("password") || result.hasFieldErrors("passwordConfirm")) {
			form.setPassword(null);
			form.setPasswordConfirm(null);
		}
		return regionChoices(model, form);
	}

	/**
	 * htmx: checks one field as soon as the user leaves it and answers the message to show beside it. Limited,
	 * because the answer tells whether a credit code or a username is registered.
	 */
	@RateLimited("registration")
	@PostMapping("/check/{field}")
	String check(@PathVariable String field, @ModelAttribute("form") RegistrationForm form, BindingResult result,
			Model model) {
		List<BusinessException> problems = institutions.problemsWith(form.toRegistration())
			.stream()
			.flatMap(p -> p.details().stream())
			.filter(p -> field.equals(p.field()) && !"validation.required".equals(p.messageKey()))
			.toList();
		model.addAttribute("field", field);
		model.addAttribute("problem", problems.isEmpty() ? null : problems.get(0));
		return "fragments/feedback :: feedback";
	}

	private static void checkPasswordConfirmation(RegistrationForm form, BindingResult result) {
		if (!Objects.equals(form.getPassword(), form.getPasswordConfirm())) {
			result.rejectValue("passwordConfirm", "password.mismatch");
		}
	}

	private String regionChoices(Model model, RegistrationForm form) {
		model.addAttribute("provinces", regions.provinces());
		model.addAttribute("cities", form.getProvinceCode() == null || form.getProvinceCode().isBlank() ? List.of()
				: regions.children(form.getProvinceCode()));
		model.addAttribute("counties",
				form.getCityCode() == null || form.getCityCode().isBlank() ? List.of() : regions.children(form.getCityCode()));
		return "institutions/register";
	}
}
