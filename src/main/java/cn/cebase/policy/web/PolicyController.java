package cn.cebase.policy.web;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import cn.cebase.identity.CurrentUser;
import cn.cebase.policy.PolicyProfile;
import cn.cebase.policy.PolicyProfiles;
import cn.cebase.policy.ProfileEditing;
import cn.cebase.policy.ProfileEntry;
import cn.cebase.shared.web.Flash;
import cn.cebase.shared.BusinessException;

import org.springframework.context.MessageSource;
import org.springframework.context.i18n.LocaleContextHolder;
import org.springframework.security.core.annotation.AuthenticationPrincipal;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

/** 政策配置: every signed-in user may read the rules that apply, with their articles. */
@Controller
class PolicyController {

	private final PolicyProfiles profiles;

	private final ProfileEditing editing;

	private final MessageSource messages;

	PolicyController(PolicyProfiles profiles, ProfileEditing editing, MessageSource messages) {
		this.profiles = profiles;
		this.editing = editing;
		this.messages = messages;
	}

	@GetMapping("/policies")
	String list(Model model) {
		model.addAttribute("profiles", profiles.allLatest());
		return "policies/list";
	}

	@GetMapping("/policies/{code}")
	String show(@AuthenticationPrincipal CurrentUser user, @PathVariable String code, Model model) {
		PolicyProfile profile = profiles.latest(code).orElseThrow(BusinessException::notFound);
		model.addAttribute("profile", profile);
		model.addAttribute("expertRule", "EXPERT_JUDGEMENT");
		model.addAttribute("categories", cn.cebase.policy.HoursCategory.values());
		model.addAttribute("mayEdit", editing.mayEdit(user, profile));
		model.addAttribute("history", editing.history(code));
		return "policies/detail";
	}

	@GetMapping("/policies/{code}/edit")
	String edit(@AuthenticationPrincipal CurrentUser user, @PathVariable String code, Model model) {
		PolicyProfile profile = editable(user, code);
		return editView(profile, Map.of(), Map.of(), null, null, model);
	}

	/** 修订: the typed values become the next version, or come back with each problem beside its input. */
	@PostMapping("/policies/{code}/edit")
	String saveVersion(@AuthenticationPrincipal CurrentUser user, @PathVariable String code,
			@RequestParam Map<String, String> form, Model model, RedirectAttributes redirect) {
		PolicyProfile profile = editable(user, code);
		try {
			PolicyProfile saved = editing.revise(user, code, form);
			Flash.success(redirect, "policy.versionSaved", saved.version());
			return "redirect:/policies/" + code;
		}
		catch (BusinessException ex) {
			if (!ex.concernsInput()) {
				throw ex;
			}
			Map<String, String> errors = new LinkedHashMap<>();
			List<ProfileEntry> entries = editing.entries(profile);
			ex.details().forEach(problem -> errors.putIfAbsent(ProfileEditing.entryFor(entries, problem.field()),
					messages.getMessage(problem.messageKey(), problem.args(), problem.messageKey(),
							LocaleContextHolder.getLocale())));
			return editView(profile, form, errors, form.get("basis"), form.get("reason"), model);
		}
	}

	private PolicyProfile editable(CurrentUser user, String code) {
		PolicyProfile profile = profiles.latest(code).orElseThrow(BusinessException::notFound);
		if (!editing.mayEdit(user, profile)) {
			throw BusinessException.forbidden();
		}
		return profile;
	}

	private String editView(PolicyProfile profile, Map<String, String> typed, Map<String, String> errors, String basis,
			String reason, Model model) {
		model.addAttribute("profile", profile);
		model.addAttribute("entries", editing.entries(profile));
		model.addAttribute("typed", typed);
		model.addAttribute("errors", errors);
		model.addAttribute("basis", basis);
		model.addAttribute("reason", reason);
		return "policies/edit";
	}
}
