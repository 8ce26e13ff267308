package cn.cebase.base.web;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.Arrays;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

import cn.cebase.base.BaseAction;
import cn.cebase.base.BaseManagement;
import cn.cebase.base.BaseView;
import cn.cebase.base.RevocationGround;
import cn.cebase.identity.CurrentUser;
import cn.cebase.shared.BusinessException;
import cn.cebase.shared.web.Downloads;
import cn.cebase.shared.web.Flash;
import cn.cebase.shared.web.Forms;

import org.springframework.context.MessageSource;
import org.springframework.context.i18n.LocaleContextHolder;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.security.core.annotation.AuthenticationPrincipal;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.validation.BindingResult;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.ModelAttribute;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.multipart.MultipartFile;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

/**
 * 资格管理: the recognising authority's page for one of its bases — its standing, the history of
 * every change, and a form for each change the current status allows (rectification, paused work,
 * revocation, cancellation). Revocation and cancellation are final, so they ask for a confirmation
 * that names the consequence.
 */
@Controller
class StandingController {

	private final BaseManagement bases;

	private final MessageSource messages;

	StandingController(BaseManagement bases, MessageSource messages) {
		this.bases = bases;
		this.messages = messages;
	}

	@GetMapping("/bases/{id}/standing")
	String show(@AuthenticationPrincipal CurrentUser user, @PathVariable long id, Model model) {
		return page(user, id, null, new StandingForm(), null, model);
	}

	@PostMapping("/bases/{id}/standing")
	String change(@AuthenticationPrincipal CurrentUser user, @PathVariable long id,
			@ModelAttribute("form") StandingForm form, BindingResult result, Model model, RedirectAttributes redirect) {
		if ((form.getAction() == BaseAction.REVOKE || form.getAction() == BaseAction.CANCEL) && !form.isConfirmed()) {
			result.rejectValue("confirmed", "base.standing.confirmRequired");
		}
		return Forms.attempt(result, () -> {
			BaseView changed = bases.change(user, id, form.getAction(), form.request(), evidence(form.getEvidence()));
			Flash.success(redirect, "base.change.done", actionLabel(form.getAction()), changed.number());
			return "redirect:/bases/" + id + "/standing";
		}, () -> page(user, id, form.getAction(), form, result, model));
	}

	@GetMapping("/bases/{id}/standing/evidence/{fileId}")
	ResponseEntity<byte[]> evidence(@AuthenticationPrincipal CurrentUser user, @PathVariable long id,
			@PathVariable long fileId) {
		return Downloads.attachment(bases.evidence(user, id, fileId), "evidence-" + fileId, MediaType.APPLICATION_OCTET_STREAM);
	}

	/** The page; {@code open} is the action whose form was sent, shown unfolded with its refusals. */
	private String page(CurrentUser user, long id, BaseAction open, StandingForm form, BindingResult result, Model model) {
		BaseView base = bases.find(id).orElseThrow(BusinessException::notFound);
		if (!BaseManagement.mayManage(user, base)) {
			// the same answer as for a base of another jurisdiction: the public page is where others read it
			throw BusinessException.notFound();
		}
		List<BaseAction> actions = Arrays.stream(BaseAction.values())
			.filter(a -> a != BaseAction.LAPSE && a.appliesTo(base.status()))
			.toList();
		// keyed by the action's name: the template indexes it with a string
		Map<String, List<RevocationGround>> grounds = new HashMap<>();
		for (BaseAction action : List.of(BaseAction.REVOKE, BaseAction.CANCEL)) {
			grounds.put(action.name(), bases.grounds(user, id, action));
		}
		model.addAttribute("base", base);
		model.addAttribute("history", bases.history(id));
		model.addAttribute("actions", actions);
		model.addAttribute("grounds", grounds);
		model.addAttribute("open", open);
		model.addAttribute("form", form);
		if (result != null) {
			model.addAttribute("org.springframework.validation.BindingResult.form", result);
		}
		model.addAttribute("ban", bases.revocationBan(id).orElse(null));
		return "bases/standing";
	}

	private String actionLabel(BaseAction action) {
		return messages.getMessage("base.action." + action.name(), null, LocaleContextHolder.getLocale());
	}

	private static List<BaseManagement.EvidenceUpload> evidence(List<MultipartFile> files) {
		return files.stream().filter(f -> f != null && !f.isEmpty()).map(f -> {
			try {
				return new BaseManagement.EvidenceUpload(f.getOriginalFilename(), f.getBytes());
			}
			catch (IOException ex) {
				throw new UncheckedIOException(ex);
			}
		}).toList();
	}
}
