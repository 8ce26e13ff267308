package cn.cebase.recognition.web;

import java.time.Clock;
import java.time.LocalDate;

import cn.cebase.call.Call;
import cn.cebase.call.CallManagement;
import cn.cebase.organization.OrganizationManagement;
import cn.cebase.organization.Regions;
import cn.cebase.recognition.PublicityManagement;
import cn.cebase.recognition.Publicity;
import cn.cebase.recognition.Recognitions;
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
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

/**
 * The public's pages of a call's end: the calls in publicity, a call's 公示 with the objection form,
 * and the 公布 of its bases.
 */
@Controller
class PublicityController {

	private final PublicityManagement publicities;

	private final Recognitions recognitions;

	private final CallManagement calls;

	private final OrganizationManagement organizations;

	private final Clock clock;

	private final Regions regions;

	PublicityController(PublicityManagement publicities, Recognitions recognitions, CallManagement calls,
			OrganizationManagement organizations, Clock clock, Regions regions) {
		this.regions = regions;
		this.publicities = publicities;
		this.recognitions = recognitions;
		this.calls = calls;
		this.organizations = organizations;
		this.clock = clock;
	}

	/** 公示公告: every call whose list is in publicity now, for anyone, signed in or not. */
	@GetMapping("/public/publicity")
	String running(Model model) {
		model.addAttribute("notices", publicities.running());
		return "recognition/publicity-list";
	}

	@GetMapping("/public/calls/{callId}/publicity")
	String publicity(@PathVariable long callId, Model model) {
		return page(callId, new ObjectionForm(), model);
	}

	@PostMapping("/public/calls/{callId}/objections")
	@RateLimited("objection")
	String object(@PathVariable long callId, @ModelAttribute("form") ObjectionForm form, BindingResult result, Model model,
			RedirectAttributes redirect) {
		if (!result.hasErrors()) {
			try {
				publicities.object(callId, form.getDeclarationId() == null ? -1 : form.getDeclarationId(), form.getName(),
						form.getContact(), form.getText());
				Flash.success(redirect, "objection.received");
				return "redirect:/public/calls/" + callId + "/publicity";
			}
			catch (BusinessException ex) {
				if (!ex.concernsInput()) {
					throw ex;
				}
				Forms.reject(result, ex);
			}
		}
		return page(callId, form, model);
	}

	@GetMapping("/public/calls/{callId}/bases")
	String publication(@PathVariable long callId, Model model) {
		var bases = recognitions.ofCall(callId);
		if (bases.isEmpty()) {
			throw BusinessException.notFound();
		}
		Call call = calls.get(null, callId);
		model.addAttribute("call", call);
		model.addAttribute("authority", organizations.get(call.authorityId()));
		model.addAttribute("bases", bases);
		// the full name (福建省 福州市 鼓楼区), as in the registry: a county's name alone is shared by several cities
		model.addAttribute("regions", regions);
		model.addAttribute("publicity", publicities.of(callId).orElse(null));
		return "recognition/publication";
	}

	private String page(long callId, ObjectionForm form, Model model) {
		Publicity publicity = publicities.of(callId).orElseThrow(BusinessException::notFound);
		Call call = calls.get(null, callId);
		LocalDate today = LocalDate.now(clock);
		model.addAttribute("call", call);
		model.addAttribute("authority", organizations.get(call.authorityId()));
		model.addAttribute("publicity", publicity);
		model.addAttribute("open", publicity.openOn(today));
		model.addAttribute("candidates", publicities.publicList(callId));
		model.addAttribute("form", form);
		return "recognition/publicity";
	}
}
