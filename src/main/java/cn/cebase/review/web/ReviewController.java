package cn.cebase.review.web;

import java.util.List;

import cn.cebase.declaration.DeclarationManagement;
import cn.cebase.identity.CurrentUser;
import cn.cebase.review.InadmissibleReason;
import cn.cebase.review.ReviewCase;
import cn.cebase.review.ReviewManagement;
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

/** 待我审核 and the page on which a stage of the route reads an application and acts on it. */
@Controller
class ReviewController {

	private final ReviewManagement reviews;

	private final DeclarationManagement declarations;

	private final cn.cebase.review.FormPdfs pdfs;

	ReviewController(ReviewManagement reviews, DeclarationManagement declarations, cn.cebase.review.FormPdfs pdfs) {
		this.pdfs = pdfs;
		this.reviews = reviews;
		this.declarations = declarations;
	}

	@GetMapping("/reviews")
	String worklist(@AuthenticationPrincipal CurrentUser user, @RequestParam(defaultValue = "waiting") String tab,
			Model model) {
		boolean handled = "handled".equals(tab);
		model.addAttribute("tab", handled ? "handled" : "waiting");
		model.addAttribute("items", handled ? reviews.handled(user) : reviews.waiting(user));
		model.addAttribute("waitingCount", reviews.countWaiting(user));
		return "reviews/list";
	}

	@GetMapping("/reviews/{id}")
	String show(@AuthenticationPrincipal CurrentUser user, @PathVariable long id, Model model) {
		ReviewActionForm form = new ReviewActionForm();
		return page(user, id, form, model);
	}

	/** 申报表 as a PDF (NAT6 附件 layout), with the recommender's part once recommended. */
	@GetMapping("/reviews/{id}/form.pdf")
	org.springframework.http.ResponseEntity<byte[]> pdf(@AuthenticationPrincipal CurrentUser user, @PathVariable long id) {
		byte[] content = pdfs.render(user, id);
		return org.springframework.http.ResponseEntity.ok()
			.contentType(org.springframework.http.MediaType.APPLICATION_PDF)
			.header(org.springframework.http.HttpHeaders.CONTENT_DISPOSITION,
					org.springframework.http.ContentDisposition.inline()
						.filename("declaration-" + id + ".pdf")
						.build()
						.toString())
			.body(content);
	}

	@PostMapping("/reviews/{id}/pass")
	String pass(@AuthenticationPrincipal CurrentUser user, @PathVariable long id,
			@ModelAttribute("action") ReviewActionForm form, BindingResult result, Model model, RedirectAttributes redirect) {
		return act(user, id, form, result, model, redirect, "review.done.passed",
				() -> reviews.pass(user, id, form.getOpinion(), form.getVersion()));
	}

	@PostMapping("/reviews/{id}/recommend")
	String recommend(@AuthenticationPrincipal CurrentUser user, @PathVariable long id,
			@ModelAttribute("action") ReviewActionForm form, BindingResult result, Model model, RedirectAttributes redirect) {
		return act(user, id, form, result, model, redirect, "review.done.recommended",
				() -> reviews.recommend(user, id, form.letter(), form.getOpinion(), form.getVersion()));
	}

	@PostMapping("/reviews/{id}/return")
	String returnTo(@AuthenticationPrincipal CurrentUser user, @PathVariable long id,
			@ModelAttribute("action") ReviewActionForm form, BindingResult result, Model model, RedirectAttributes redirect) {
		return act(user, id, form, result, model, redirect, "review.done.returned",
				() -> reviews.returnTo(user, id, form.getToSeq(), form.getOpinion(), form.getVersion()));
	}

	@PostMapping("/reviews/{id}/reject")
	String reject(@AuthenticationPrincipal CurrentUser user, @PathVariable long id,
			@ModelAttribute("action") ReviewActionForm form, BindingResult result, Model model, RedirectAttributes redirect) {
		return act(user, id, form, result, model, redirect, "review.done.rejected",
				() -> reviews.reject(user, id, form.getOpinion(), form.getVersion()));
	}

	@PostMapping("/reviews/{id}/accept")
	String accept(@AuthenticationPrincipal CurrentUser user, @PathVariable long id,
			@ModelAttribute("action") ReviewActionForm form, BindingResult result, Model model, RedirectAttributes redirect) {
		return act(user, id, form, result, model, redirect, "review.done.accepted",
				() -> reviews.accept(user, id, form.getOpinion(), form.getVersion()));
	}

	@PostMapping("/reviews/{id}/refuse")
	String refuse(@AuthenticationPrincipal CurrentUser user, @PathVariable long id,
			@ModelAttribute("action") ReviewActionForm form, BindingResult result, Model model, RedirectAttributes redirect) {
		return act(user, id, form, result, model, redirect, "review.done.refused",
				() -> reviews.refuse(user, id, form.getRefusalReason(), form.getOpinion(), form.getVersion()));
	}

	/** 推荐排序: the recommender's ranked recommendations in a call with its quota; the authority sees all. */
	@GetMapping("/reviews/calls/{callId}/recommendations")
	String recommendations(@AuthenticationPrincipal CurrentUser user, @PathVariable long callId, Model model) {
		model.addAttribute("callId", callId);
		model.addAttribute("recommendations", reviews.recommendations(user, callId));
		model.addAttribute("quota", reviews.myQuota(user, callId));
		model.addAttribute("callTitle", reviews.callTitle(user, callId));
		return "reviews/recommendations";
	}

	@PostMapping("/reviews/calls/{callId}/recommendations/{id}/move")
	String move(@AuthenticationPrincipal CurrentUser user, @PathVariable long callId, @PathVariable long id,
			@RequestParam int direction, RedirectAttributes redirect) {
		try {
			reviews.rerank(user, callId, id, direction);
		}
		catch (BusinessException ex) {
			if (!ex.concernsInput()) {
				throw ex;
			}
			Flash.danger(redirect, ex.messageKey(), ex.args());
		}
		return "redirect:/reviews/calls/" + callId + "/recommendations";
	}

	private String act(CurrentUser user, long id, ReviewActionForm form, BindingResult result, Model model,
			RedirectAttributes redirect, String done, Runnable action) {
		if (!result.hasErrors()) {
			try {
				action.run();
				Flash.success(redirect, done);
				return "redirect:/reviews/" + id;
			}
			catch (BusinessException ex) {
				if (!ex.concernsInput()) {
					throw ex;
				}
				Forms.reject(result, ex);
			}
		}
		return page(user, id, form, model);
	}

	private String page(CurrentUser user, long id, ReviewActionForm form, Model model) {
		ReviewCase review = reviews.open(user, id);
		// after a refusal the page shows the application as it is now, and acting again acts on that
		form.setVersion(review.declaration().version());
		model.addAttribute("review", review);
		model.addAttribute("d", review.declaration());
		model.addAttribute("action", form);
		model.addAttribute("sections", cn.cebase.declaration.DeclarationForm.REQUIRED_SECTIONS);
		model.addAttribute("evidence", declarations.evidence(user, id));
		model.addAttribute("refusalReasons", InadmissibleReason.values());
		return "reviews/case";
	}
}
