package cn.cebase.call.web;

import java.time.LocalDateTime;
import java.time.LocalTime;
import java.util.EnumSet;
import java.util.List;

import cn.cebase.call.Call;
import cn.cebase.call.CallManagement;
import cn.cebase.identity.CurrentUser;
import cn.cebase.policy.PolicyProfile;
import cn.cebase.policy.TrackKind;
import cn.cebase.shared.BusinessException;
import cn.cebase.shared.web.Flash;
import cn.cebase.shared.web.Forms;

import org.springframework.dao.OptimisticLockingFailureException;
import org.springframework.format.annotation.DateTimeFormat;
import org.springframework.security.core.annotation.AuthenticationPrincipal;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.validation.BindingResult;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.ModelAttribute;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

/** 申报批次管理 pages for authority staff: list, open from a profile, publish, extend. */
@Controller
class CallController {

	private final CallManagement calls;

	CallController(CallManagement calls) {
		this.calls = calls;
	}

	@GetMapping("/calls")
	String list(@AuthenticationPrincipal CurrentUser user, Model model) {
		model.addAttribute("calls", calls.ofMyAuthority(user));
		return "calls/list";
	}

	@GetMapping("/calls/new")
	String form(@AuthenticationPrincipal CurrentUser user, @RequestParam(required = false) String profile, Model model) {
		List<PolicyProfile> profiles = calls.profilesFor(user);
		CallForm form = new CallForm();
		form.setProfileCode(profile != null ? profile : profiles.isEmpty() ? null : profiles.get(0).code());
		form.setYear(LocalDateTime.now(CallForm.BEIJING).getYear());
		form.setOpensAt(LocalDateTime.now(CallForm.BEIJING).withSecond(0).withNano(0));
		form.setClosesAt(LocalDateTime.now(CallForm.BEIJING).plusDays(30).with(LocalTime.of(23, 59)));
		form.setTracks(EnumSet.of(TrackKind.REGULAR));
		model.addAttribute("form", form);
		return formView(profiles, form, model);
	}

	@PostMapping("/calls")
	String create(@AuthenticationPrincipal CurrentUser user, @ModelAttribute("form") CallForm form, BindingResult result,
			Model model, RedirectAttributes redirect) {
		if (!result.hasErrors()) {
			try {
				Call call = calls.create(user, form.getProfileCode(), form.toDetails());
				Flash.success(redirect, "call.created");
				return "redirect:/calls/" + call.id();
			}
			catch (BusinessException ex) {
				if (!ex.concernsInput()) {
					throw ex;
				}
				Forms.reject(result, ex);
			}
		}
		return formView(calls.profilesFor(user), form, model);
	}

	@GetMapping("/calls/{id}/edit")
	String editForm(@AuthenticationPrincipal CurrentUser user, @PathVariable long id, Model model) {
		Call call = calls.get(user, id);
		CallForm form = CallForm.of(call);
		model.addAttribute("form", form);
		model.addAttribute("call", call);
		return formView(List.of(calls.profileOf(call)), form, model);
	}

	@PostMapping("/calls/{id}/edit")
	String edit(@AuthenticationPrincipal CurrentUser user, @PathVariable long id, @ModelAttribute("form") CallForm form,
			BindingResult result, @RequestParam(required = false) Integer version, Model model, RedirectAttributes redirect) {
		Call call = calls.get(user, id);
		if (!result.hasErrors()) {
			try {
				calls.edit(user, id, form.toDetails(), version);
				Flash.success(redirect, "call.saved");
				return "redirect:/calls/" + id;
			}
			catch (OptimisticLockingFailureException ex) {
				result.reject("error.stale");
			}
			catch (BusinessException ex) {
				if (!ex.concernsInput()) {
					throw ex;
				}
				Forms.reject(result, ex);
			}
		}
		model.addAttribute("call", call);
		return formView(List.of(calls.profileOf(call)), form, model);
	}

	@GetMapping("/calls/{id}")
	String show(@AuthenticationPrincipal CurrentUser user, @PathVariable long id, Model model) {
		Call call = calls.get(user, id);
		model.addAttribute("call", call);
		model.addAttribute("changes", calls.deadlineChanges(user, id));
		model.addAttribute("quotas", calls.quotas(user, id));
		model.addAttribute("attachments", calls.attachments(id));
		PolicyProfile profile = calls.profileOf(call);
		model.addAttribute("quotaTracks", call.details().tracks().stream()
			.filter(t -> profile.application().tracks().stream().anyMatch(s -> s.kind() == t && !s.outsideQuota() && t != TrackKind.REGULAR))
			.toList());
		model.addAttribute("profile", profile);
		return "calls/detail";
	}

	@PostMapping("/calls/{id}/publish")
	String publish(@AuthenticationPrincipal CurrentUser user, @PathVariable long id,
			@RequestParam(required = false) Integer version, RedirectAttributes redirect) {
		return act(redirect, id, () -> calls.publish(user, id, version), "call.published");
	}

	@PostMapping("/calls/{id}/{step:review|conclude}")
	String step(@AuthenticationPrincipal CurrentUser user, @PathVariable long id, @PathVariable String step,
			@RequestParam(required = false) Integer version, RedirectAttributes redirect) {
		return act(redirect, id, () -> {
			if (step.equals("review")) {
				calls.startReview(user, id, version);
			}
			else {
				calls.conclude(user, id, version);
			}
		}, "call.step." + step);
	}

	@PostMapping("/calls/{id}/extend")
	String extend(@AuthenticationPrincipal CurrentUser user, @PathVariable long id,
			@RequestParam(required = false) @DateTimeFormat(iso = DateTimeFormat.ISO.DATE_TIME) LocalDateTime closesAt,
			@RequestParam(required = false) String reason, @RequestParam(required = false) Integer version,
			RedirectAttributes redirect) {
		redirect.addFlashAttribute("extendReason", reason);
		return act(redirect, id, () -> calls.extend(user, id,
				closesAt == null ? null : closesAt.atZone(CallForm.BEIJING).toInstant(), reason, version), "call.extended");
	}

	@PostMapping("/calls/{id}/quotas/{recommenderId}")
	String adjustQuota(@AuthenticationPrincipal CurrentUser user, @PathVariable long id, @PathVariable long recommenderId,
			@RequestParam java.util.Map<String, String> form, RedirectAttributes redirect) {
		java.util.Map<TrackKind, Integer> shares = new java.util.EnumMap<>(TrackKind.class);
		Integer total;
		try {
			total = form.get("total") == null || form.get("total").isBlank() ? null : Integer.valueOf(form.get("total").strip());
			for (TrackKind track : TrackKind.values()) {
				String share = form.get("share." + track);
				if (share != null && !share.isBlank()) {
					shares.put(track, Integer.valueOf(share.strip()));
				}
			}
		}
		catch (NumberFormatException ex) {
			Flash.danger(redirect, "validation.typeMismatch");
			return "redirect:/calls/" + id + "#quotas";
		}
		act(redirect, id, () -> calls.adjustQuota(user, id, recommenderId, total, shares, form.get("reason")), "call.quota.saved");
		return "redirect:/calls/" + id + "#quotas";
	}

	@PostMapping("/calls/{id}/attachments")
	String attach(@AuthenticationPrincipal CurrentUser user, @PathVariable long id,
			@RequestParam("file") org.springframework.web.multipart.MultipartFile file, RedirectAttributes redirect)
			throws java.io.IOException {
		byte[] content = file.getBytes();
		return act(redirect, id, () -> calls.attach(user, id, file.getOriginalFilename(), content), "call.attached");
	}

	private static String act(RedirectAttributes redirect, long id, Runnable action, String doneKey) {
		try {
			action.run();
			Flash.success(redirect, doneKey);
		}
		catch (OptimisticLockingFailureException ex) {
			Flash.warning(redirect, "error.stale");
		}
		catch (BusinessException ex) {
			if (!ex.concernsInput()) {
				throw ex;
			}
			Flash.danger(redirect, ex.details().get(0).messageKey(), ex.details().get(0).args());
		}
		return "redirect:/calls/" + id;
	}

	private String formView(List<PolicyProfile> profiles, CallForm form, Model model) {
		model.addAttribute("profiles", profiles);
		model.addAttribute("profile", profiles.stream().filter(p -> p.code().equals(form.getProfileCode())).findFirst()
			.orElse(profiles.isEmpty() ? null : profiles.get(0)));
		return "calls/form";
	}
}
