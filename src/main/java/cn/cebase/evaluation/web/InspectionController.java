package cn.cebase.evaluation.web;

import java.io.IOException;

import cn.cebase.call.CallManagement;
import cn.cebase.evaluation.Inspection;
import cn.cebase.evaluation.Inspections;
import cn.cebase.identity.CurrentUser;
import cn.cebase.shared.BusinessException;
import cn.cebase.shared.web.Flash;
import cn.cebase.shared.web.Forms;

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
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.multipart.MultipartFile;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

/** 实地考察 pages: schedule, record the checklist and conclusion, add photos; read-only for the panel's experts. */
@Controller
class InspectionController {

	private final Inspections inspections;

	private final CallManagement calls;

	InspectionController(Inspections inspections, CallManagement calls) {
		this.inspections = inspections;
		this.calls = calls;
	}

	@GetMapping("/calls/{callId}/inspections/{declarationId}")
	String show(@AuthenticationPrincipal CurrentUser user, @PathVariable long callId, @PathVariable long declarationId,
			Model model) {
		Inspection inspection = inspections.of(user, callId, declarationId).orElse(null);
		return page(user, callId, declarationId, inspection, InspectionForm.of(inspection), model);
	}

	@PostMapping("/calls/{callId}/inspections/{declarationId}/schedule")
	String schedule(@AuthenticationPrincipal CurrentUser user, @PathVariable long callId, @PathVariable long declarationId,
			@ModelAttribute("form") InspectionForm form, BindingResult result, Model model, RedirectAttributes redirect) {
		if (!result.hasErrors()) {
			try {
				inspections.schedule(user, callId, declarationId, form.getScheduledOn(), form.getTeam());
				Flash.success(redirect, "inspection.scheduled");
				return "redirect:/calls/" + callId + "/inspections/" + declarationId;
			}
			catch (BusinessException ex) {
				if (!ex.concernsInput()) {
					throw ex;
				}
				Forms.reject(result, ex);
			}
		}
		return page(user, callId, declarationId, inspections.of(user, callId, declarationId).orElse(null), form, model);
	}

	@PostMapping("/calls/{callId}/inspections/{declarationId}/record")
	String record(@AuthenticationPrincipal CurrentUser user, @PathVariable long callId, @PathVariable long declarationId,
			@ModelAttribute("form") InspectionForm form, BindingResult result, Model model, RedirectAttributes redirect) {
		if (!result.hasErrors()) {
			try {
				inspections.record(user, callId, declarationId, form.items(), form.getConclusion(), form.getConclusionText());
				Flash.success(redirect, "inspection.recorded");
				return "redirect:/calls/" + callId + "/inspections/" + declarationId;
			}
			catch (BusinessException ex) {
				if (!ex.concernsInput()) {
					throw ex;
				}
				Forms.reject(result, ex);
			}
		}
		return page(user, callId, declarationId, inspections.of(user, callId, declarationId).orElse(null), form, model);
	}

	@PostMapping("/calls/{callId}/inspections/{declarationId}/photos")
	String photo(@AuthenticationPrincipal CurrentUser user, @PathVariable long callId, @PathVariable long declarationId,
			@RequestParam(required = false) String caption, @RequestParam("file") MultipartFile file,
			RedirectAttributes redirect) throws IOException {
		try {
			inspections.addPhoto(user, callId, declarationId, caption, file.getBytes());
			Flash.success(redirect, "inspection.photoAdded");
		}
		catch (BusinessException ex) {
			if (!ex.concernsInput()) {
				throw ex;
			}
			Flash.danger(redirect, ex.messageKey(), ex.args());
		}
		return "redirect:/calls/" + callId + "/inspections/" + declarationId + "#photos";
	}

	@GetMapping("/calls/{callId}/inspections/{declarationId}/photos/{photoId}")
	ResponseEntity<byte[]> photoFile(@AuthenticationPrincipal CurrentUser user, @PathVariable long callId,
			@PathVariable long declarationId, @PathVariable long photoId) {
		byte[] content = inspections.photo(user, callId, declarationId, photoId);
		MediaType type = content.length > 1 && content[0] == (byte) 0x89 ? MediaType.IMAGE_PNG : MediaType.IMAGE_JPEG;
		return ResponseEntity.ok().contentType(type).header("X-Content-Type-Options", "nosniff").body(content);
	}

	private String page(CurrentUser user, long callId, long declarationId, Inspection inspection, InspectionForm form,
			Model model) {
		model.addAttribute("call", calls.get(user, callId));
		model.addAttribute("declarationId", declarationId);
		model.addAttribute("inspection", inspection);
		model.addAttribute("form", form);
		model.addAttribute("topics", Inspection.Topic.values());
		model.addAttribute("results", Inspection.Result.values());
		model.addAttribute("conclusions", Inspection.Conclusion.values());
		model.addAttribute("editable", user.has(cn.cebase.identity.Role.AUTHORITY));
		return "scoring/inspection";
	}
}
