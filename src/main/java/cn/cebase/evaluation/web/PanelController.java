package cn.cebase.evaluation.web;

import java.util.HashMap;
import java.util.List;
import java.util.Map;

import cn.cebase.call.CallManagement;
import cn.cebase.evaluation.ChairProgress;
import cn.cebase.evaluation.Panel;
import cn.cebase.evaluation.PanelRequest;
import cn.cebase.evaluation.Panels;
import cn.cebase.evaluation.Scoring;
import cn.cebase.identity.CurrentUser;
import cn.cebase.shared.BusinessException;
import cn.cebase.shared.web.Flash;

import org.springframework.security.core.annotation.AuthenticationPrincipal;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

/**
 * 专家评审组: the authority draws and watches panels and designates a chair; an expert answers its
 * invitations and declares conflicts.
 */
@Controller
class PanelController {

	private final Panels panels;

	private final CallManagement calls;

	private final Scoring scoring;

	PanelController(Panels panels, CallManagement calls, Scoring scoring) {
		this.panels = panels;
		this.calls = calls;
		this.scoring = scoring;
	}

	@GetMapping("/calls/{callId}/panels")
	String list(@AuthenticationPrincipal CurrentUser user, @PathVariable long callId, Model model) {
		return listPage(user, callId, model);
	}

	@PostMapping("/calls/{callId}/panels")
	String draw(@AuthenticationPrincipal CurrentUser user, @PathVariable long callId,
			@RequestParam(required = false) String keyField, @RequestParam(required = false) Integer size,
			@RequestParam(required = false) Integer reserves, @RequestParam(defaultValue = "false") boolean avoidSameRegion,
			@RequestParam(required = false) Long seed, Model model, RedirectAttributes redirect) {
		try {
			Panel panel = panels.draw(user, callId, new PanelRequest(keyField, size, reserves, avoidSameRegion, seed));
			Flash.success(redirect, "panel.drawn");
			return "redirect:/panels/" + panel.id();
		}
		catch (BusinessException ex) {
			if (!ex.concernsInput()) {
				throw ex;
			}
			model.addAttribute("drawProblems", ex.details());
			model.addAttribute("keyField", keyField);
			model.addAttribute("size", size);
			model.addAttribute("reserves", reserves);
			model.addAttribute("avoidSameRegion", avoidSameRegion);
			model.addAttribute("seed", seed);
			return listPage(user, callId, model);
		}
	}

	@GetMapping("/panels/{id}")
	String show(@AuthenticationPrincipal CurrentUser user, @PathVariable long id,
			@RequestParam(defaultValue = "false") boolean verify, Model model) {
		Panel panel = panels.get(user, id);
		model.addAttribute("panel", panel);
		model.addAttribute("call", calls.get(user, panel.callId()));
		if (verify) {
			List<Long> drawn = panel.members().stream().map(Panel.Member::expertId).toList();
			model.addAttribute("verified", panels.redraw(user, id).equals(drawn));
		}
		return "panels/detail";
	}

	/** 指定组长: the authority designates one accepted member as chair. */
	@PostMapping("/panels/{id}/chair")
	String designateChair(@AuthenticationPrincipal CurrentUser user, @PathVariable long id,
			@RequestParam(required = false) Long expertId, RedirectAttributes redirect) {
		try {
			panels.designateChair(user, id, expertId);
			Flash.success(redirect, "panel.chair.designated");
		}
		catch (BusinessException ex) {
			if (!ex.concernsInput()) {
				throw ex;
			}
			Flash.danger(redirect, ex.messageKey(), ex.args());
		}
		return "redirect:/panels/" + id;
	}

	/**
	 * The signed-in expert's panels: invitations to answer and applications to declare on; where it
	 * chairs, the panel's progress and a link to the summary of each application.
	 */
	@GetMapping("/expert/panels")
	String mine(@AuthenticationPrincipal CurrentUser user, Model model) {
		List<Panel> mine = panels.mine(user);
		Long me = panels.expertIdOf(user);
		Map<Long, ChairProgress> chaired = new HashMap<>();
		mine.stream().filter(p -> p.chairedBy(me)).forEach(p -> chaired.put(p.id(), scoring.chairProgress(user, p.id())));
		model.addAttribute("panels", mine);
		model.addAttribute("me", me);
		model.addAttribute("chaired", chaired);
		return "panels/mine";
	}

	@PostMapping("/expert/panels/{id}/respond")
	String respond(@AuthenticationPrincipal CurrentUser user, @PathVariable long id, @RequestParam boolean accept,
			@RequestParam(required = false) String reason, RedirectAttributes redirect) {
		try {
			panels.respond(user, id, accept, reason);
			Flash.success(redirect, accept ? "panel.accepted" : "panel.declined");
		}
		catch (BusinessException ex) {
			if (!ex.concernsInput()) {
				throw ex;
			}
			Flash.danger(redirect, ex.messageKey(), ex.args());
		}
		return "redirect:/expert/panels";
	}

	@PostMapping("/expert/panels/{id}/declarations/{declarationId}")
	String declare(@AuthenticationPrincipal CurrentUser user, @PathVariable long id, @PathVariable long declarationId,
			@RequestParam(required = false) Boolean conflict, @RequestParam(required = false) String reason,
			RedirectAttributes redirect) {
		try {
			panels.declare(user, id, declarationId, conflict, reason);
			Flash.success(redirect, Boolean.TRUE.equals(conflict) ? "panel.conflictDeclared" : "panel.noConflictDeclared");
		}
		catch (BusinessException ex) {
			if (!ex.concernsInput()) {
				throw ex;
			}
			Flash.danger(redirect, ex.messageKey(), ex.args());
		}
		return "redirect:/expert/panels";
	}

	private String listPage(CurrentUser user, long callId, Model model) {
		model.addAttribute("call", calls.get(user, callId));
		model.addAttribute("panels", panels.ofCall(user, callId));
		return "panels/list";
	}
}
