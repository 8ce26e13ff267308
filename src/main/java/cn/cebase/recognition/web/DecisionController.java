package cn.cebase.recognition.web;

import java.util.List;
import java.util.Map;
import java.util.Optional;

import cn.cebase.call.CallManagement;
import cn.cebase.declaration.DeclarationStatus;
import cn.cebase.evaluation.Inspection;
import cn.cebase.identity.CurrentUser;
import cn.cebase.recognition.Candidate;
import cn.cebase.recognition.CommitteeDecision;
import cn.cebase.recognition.DecisionManagement;
import cn.cebase.recognition.PublicityManagement;
import cn.cebase.recognition.Publicity;
import cn.cebase.recognition.Recognitions;
import cn.cebase.shared.BusinessException;
import cn.cebase.shared.web.Flash;
import cn.cebase.shared.web.Forms;

import org.springframework.security.core.annotation.AuthenticationPrincipal;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.validation.BeanPropertyBindingResult;
import org.springframework.validation.BindingResult;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.ModelAttribute;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

/**
 * The authority's end of a call: the committee's decision on each application, publicity with its
 * objections, and recognition with the bases it produced.
 */
@Controller
class DecisionController {

	private final DecisionManagement decisions;

	private final PublicityManagement publicities;

	private final Recognitions recognitions;

	private final CallManagement calls;

	DecisionController(DecisionManagement decisions, PublicityManagement publicities, Recognitions recognitions, CallManagement calls) {
		this.decisions = decisions;
		this.publicities = publicities;
		this.recognitions = recognitions;
		this.calls = calls;
	}

	@GetMapping("/calls/{callId}/decisions")
	String board(@AuthenticationPrincipal CurrentUser user, @PathVariable long callId, Model model) {
		return board(user, callId, new ClosingForm(), null, model);
	}

	@PostMapping("/calls/{callId}/publicity")
	String startPublicity(@AuthenticationPrincipal CurrentUser user, @PathVariable long callId,
			@ModelAttribute("closing") ClosingForm form, BindingResult result, Model model, RedirectAttributes redirect) {
		if (!result.hasErrors()) {
			try {
				Publicity publicity = publicities.start(user, callId, form.getDays());
				Flash.success(redirect, publicity.days() == 0 ? "publicity.startedWithout" : "publicity.started",
						publicity.endsOn().toString());
				return "redirect:/calls/" + callId + "/decisions";
			}
			catch (BusinessException ex) {
				if (!ex.concernsInput()) {
					throw ex;
				}
				Forms.reject(result, ex);
			}
		}
		return board(user, callId, form, result, model);
	}

	@PostMapping("/calls/{callId}/objections/{objectionId}")
	String handle(@AuthenticationPrincipal CurrentUser user, @PathVariable long callId, @PathVariable long objectionId,
			@RequestParam(required = false) Boolean upheld, @RequestParam(required = false) String handling, Model model,
			RedirectAttributes redirect) {
		try {
			publicities.handle(user, callId, objectionId, upheld, handling);
			Flash.success(redirect, Boolean.TRUE.equals(upheld) ? "objection.upheldDone" : "objection.dismissedDone");
			return "redirect:/calls/" + callId + "/decisions#objections";
		}
		catch (BusinessException ex) {
			if (!ex.concernsInput()) {
				throw ex;
			}
			// the board shows the refusal beside this objection with what was typed
			model.addAttribute("handlingProblem", Map.of("id", objectionId, "error", ex));
			model.addAttribute("handlingDraft", handling == null ? "" : handling);
			return board(user, callId, new ClosingForm(), null, model);
		}
	}

	@PostMapping("/calls/{callId}/recognition")
	String recognize(@AuthenticationPrincipal CurrentUser user, @PathVariable long callId,
			@ModelAttribute("closing") ClosingForm form, BindingResult result, Model model, RedirectAttributes redirect) {
		if (!result.hasErrors()) {
			try {
				int count = recognitions.recognize(user, callId, form.getSubsidies()).size();
				Flash.success(redirect, "recognition.done.success", count);
				return "redirect:/calls/" + callId + "/decisions#bases";
			}
			catch (BusinessException ex) {
				if (!ex.concernsInput()) {
					throw ex;
				}
				Forms.reject(result, ex);
			}
		}
		return board(user, callId, form, result, model);
	}

	@GetMapping("/calls/{callId}/decisions/{declarationId}")
	String decision(@AuthenticationPrincipal CurrentUser user, @PathVariable long callId, @PathVariable long declarationId,
			Model model) {
		Candidate candidate = decisions.candidate(user, callId, declarationId);
		return decision(user, callId, candidate, DecisionForm.of(candidate.decision(), candidate.keyField()), model);
	}

	@PostMapping("/calls/{callId}/decisions/{declarationId}")
	String decide(@AuthenticationPrincipal CurrentUser user, @PathVariable long callId, @PathVariable long declarationId,
			@ModelAttribute("form") DecisionForm form, BindingResult result, Model model, RedirectAttributes redirect) {
		if (!result.hasErrors()) {
			try {
				decisions.decide(user, callId, declarationId, form.getOutcome(), form.getReasons(), form.getFields());
				Flash.success(redirect, "decision.recorded");
				return "redirect:/calls/" + callId + "/decisions";
			}
			catch (BusinessException ex) {
				if (!ex.concernsInput()) {
					throw ex;
				}
				Forms.reject(result, ex);
			}
		}
		return decision(user, callId, decisions.candidate(user, callId, declarationId), form, model);
	}

	private String decision(CurrentUser user, long callId, Candidate candidate, DecisionForm form, Model model) {
		model.addAttribute("call", calls.get(user, callId));
		model.addAttribute("candidate", candidate);
		model.addAttribute("ranking", decisions.ranking(user, callId).get(candidate.declarationId()));
		model.addAttribute("inspection", decisions.inspection(user, callId, candidate.declarationId()).orElse(null));
		model.addAttribute("brief", decisions.brief(user, callId, candidate.declarationId()).orElse(null));
		model.addAttribute("form", form);
		model.addAttribute("outcomes", CommitteeDecision.Outcome.values());
		boolean editable = publicities.of(callId).isEmpty();
		model.addAttribute("editable", editable);
		// a visit is scheduled while experts review the application; later there is no visit to offer
		model.addAttribute("schedulable", editable && (candidate.status() == DeclarationStatus.EXPERT_REVIEW
				|| candidate.status() == DeclarationStatus.SITE_INSPECTION));
		return "recognition/decision";
	}

	private String board(CurrentUser user, long callId, ClosingForm form, BindingResult result, Model model) {
		List<Candidate> candidates = decisions.candidates(user, callId);
		Map<Long, Inspection> visits = decisions.inspections(user, callId);
		Optional<Publicity> publicity = publicities.of(callId);
		model.addAttribute("call", calls.get(user, callId));
		model.addAttribute("candidates", candidates);
		model.addAttribute("ranking", decisions.ranking(user, callId));
		model.addAttribute("visits", visits);
		model.addAttribute("publicity", publicity.orElse(null));
		model.addAttribute("profileDays", publicities.profileDays(user, callId));
		model.addAttribute("subsidyCap", recognitions.subsidyCap(user, callId));
		model.addAttribute("objections", publicity.isPresent() ? publicities.objections(user, callId) : List.of());
		model.addAttribute("bases", recognitions.ofCall(callId));
		model.addAttribute("closing", form);
		if (result != null) {
			model.addAttribute("org.springframework.validation.BindingResult.closing", result);
		}
		else if (!model.containsAttribute("org.springframework.validation.BindingResult.closing")) {
			model.addAttribute("org.springframework.validation.BindingResult.closing", new BeanPropertyBindingResult(form, "closing"));
		}
		return "recognition/board";
	}
}
