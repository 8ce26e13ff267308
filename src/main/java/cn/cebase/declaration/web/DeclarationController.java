package cn.cebase.declaration.web;

import java.time.LocalDate;
import java.time.ZoneId;
import java.util.List;

import cn.cebase.call.CallManagement;
import cn.cebase.declaration.Declaration;
import cn.cebase.declaration.DeclarationForm;
import cn.cebase.declaration.DeclarationManagement;
import cn.cebase.identity.CurrentUser;
import cn.cebase.policy.TrackKind;
import cn.cebase.shared.BusinessException;
import cn.cebase.shared.web.Flash;
import cn.cebase.shared.web.Forms;

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

/** 申报表 pages: start from a call, fill in with autosave, attach evidence, submit or withdraw. */
@Controller
class DeclarationController {

	private final DeclarationManagement declarations;

	private final CallManagement calls;

	DeclarationController(DeclarationManagement declarations, CallManagement calls) {
		this.declarations = declarations;
		this.calls = calls;
	}

	@GetMapping("/declarations")
	String list(@AuthenticationPrincipal CurrentUser user, Model model) {
		model.addAttribute("declarations", declarations.mine(user));
		model.addAttribute("calls", calls);
		return "declarations/list";
	}

	@PostMapping("/calls/{callId}/declarations")
	String start(@AuthenticationPrincipal CurrentUser user, @PathVariable long callId,
			@RequestParam(required = false) TrackKind track, RedirectAttributes redirect) {
		try {
			return "redirect:/declarations/" + declarations.startDraft(user, callId, track).id();
		}
		catch (BusinessException ex) {
			if (!ex.concernsInput()) {
				throw ex;
			}
			Flash.danger(redirect, ex.messageKey(), ex.args());
			return "redirect:/public/calls/" + callId;
		}
	}

	@GetMapping("/declarations/{id}")
	String show(@AuthenticationPrincipal CurrentUser user, @PathVariable long id, Model model) {
		Declaration declaration = declarations.get(user, id);
		return page(user, declaration, DeclarationFormBean.of(declaration), model);
	}

	/** htmx autosave: the draft is kept as typed; the answer is the time it was saved, or what is wrong. */
	@PostMapping("/declarations/{id}/draft")
	String autosave(@AuthenticationPrincipal CurrentUser user, @PathVariable long id,
			@ModelAttribute("form") DeclarationFormBean form, BindingResult result, Model model) {
		if (!result.hasErrors()) {
			try {
				declarations.saveDraft(user, id, form.toForm(), form.getChannelId(), null);
				model.addAttribute("savedAt", java.time.LocalTime.now(ZoneId.of("Asia/Shanghai")).withNano(0));
			}
			catch (BusinessException ex) {
				if (!ex.concernsInput()) {
					throw ex;
				}
				model.addAttribute("saveProblem", ex.details().get(0));
			}
		}
		else {
			model.addAttribute("saveProblem", BusinessException.invalidField(result.getFieldErrors().get(0).getField(),
					"validation.typeMismatch"));
		}
		return "declarations/form :: saveStatus";
	}

	@PostMapping("/declarations/{id}/submit")
	String submit(@AuthenticationPrincipal CurrentUser user, @PathVariable long id,
			@ModelAttribute("form") DeclarationFormBean form, BindingResult result, Model model, RedirectAttributes redirect) {
		Declaration declaration = declarations.get(user, id);
		if (!result.hasErrors()) {
			try {
				declarations.saveDraft(user, id, form.toForm(), form.getChannelId(), null);
				declarations.submit(user, id, null);
				Flash.success(redirect, "declaration.submitted");
				return "redirect:/declarations/" + id;
			}
			catch (BusinessException ex) {
				if (!ex.concernsInput()) {
					throw ex;
				}
				Forms.reject(result, ex);
			}
		}
		return page(user, declarations.get(user, id), form, model);
	}

	@PostMapping("/declarations/{id}/withdraw")
	String withdraw(@AuthenticationPrincipal CurrentUser user, @PathVariable long id,
			@RequestParam(required = false) String reason, RedirectAttributes redirect) {
		try {
			declarations.withdraw(user, id, reason);
			Flash.success(redirect, "declaration.withdrawn");
		}
		catch (BusinessException ex) {
			if (!ex.concernsInput()) {
				throw ex;
			}
			Flash.danger(redirect, ex.messageKey(), ex.args());
		}
		return "redirect:/declarations/" + id;
	}

	/** A piece of evidence, for the applicant and for everyone on the route who may read the application. */
	@GetMapping("/declarations/{id}/evidence/{evidenceId}")
	org.springframework.http.ResponseEntity<byte[]> evidenceFile(@AuthenticationPrincipal CurrentUser user,
			@PathVariable long id, @PathVariable long evidenceId) {
		var file = declarations.evidenceContent(user, id, evidenceId);
		return org.springframework.http.ResponseEntity.ok()
			.contentType(org.springframework.http.MediaType.parseMediaType(file.getKey().mediaType()))
			.header(org.springframework.http.HttpHeaders.CONTENT_DISPOSITION,
					org.springframework.http.ContentDisposition.inline()
						.filename(file.getKey().name(), java.nio.charset.StandardCharsets.UTF_8)
						.build()
						.toString())
			.header("X-Content-Type-Options", "nosniff")
			.body(file.getValue());
	}

	@PostMapping("/declarations/{id}/evidence")
	String attach(@AuthenticationPrincipal CurrentUser user, @PathVariable long id, @RequestParam String section,
			@RequestParam("file") org.springframework.web.multipart.MultipartFile file, RedirectAttributes redirect)
			throws java.io.IOException {
		try {
			declarations.attachEvidence(user, id, section, file.getOriginalFilename(), file.getBytes());
			Flash.success(redirect, "declaration.evidenceAttached");
		}
		catch (BusinessException ex) {
			if (!ex.concernsInput()) {
				throw ex;
			}
			Flash.danger(redirect, ex.messageKey(), ex.args());
		}
		return "redirect:/declarations/" + id + "#evidence-" + section;
	}

	private String page(CurrentUser user, Declaration declaration, DeclarationFormBean form, Model model) {
		var call = calls.get(user, declaration.callId());
		int year = LocalDate.now(ZoneId.of("Asia/Shanghai")).getYear();
		model.addAttribute("declaration", declaration);
		model.addAttribute("call", call);
		model.addAttribute("form", form);
		model.addAttribute("sections", DeclarationForm.REQUIRED_SECTIONS);
		model.addAttribute("evidence", declarations.evidence(user, declaration.id()));
		model.addAttribute("versionCount", declarations.versions(user, declaration.id()).size());
		model.addAttribute("years", List.of(year - 3, year - 2, year - 1));
		model.addAttribute("functions", List.of("网上报名", "网络学习", "在线考试", "审核验证", "用户管理"));
		model.addAttribute("editable", declaration.status().editableByApplicant());
		model.addAttribute("channelMode", calls.channelMode(declaration.callId(), declaration.track()));
		model.addAttribute("channels", declaration.status().editableByApplicant()
				? declarations.channels(user, declaration.callId(), declaration.track()) : List.of());
		model.addAttribute("channelName", declaration.channelId() == null ? null
				: declarations.channelName(declaration.channelId()));
		model.addAttribute("withdrawable",
				declaration.status().canBecome(cn.cebase.declaration.DeclarationStatus.WITHDRAWN));
		return "declarations/form";
	}
}
