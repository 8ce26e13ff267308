package cn.cebase.declaration.web;

import cn.cebase.call.CallManagement;
import cn.cebase.declaration.Declaration;
import cn.cebase.declaration.DeclarationHistory;
import cn.cebase.declaration.DeclarationManagement;
import cn.cebase.declaration.VersionComparison;
import cn.cebase.declaration.VersionEntry;
import cn.cebase.identity.CurrentUser;
import cn.cebase.shared.BusinessException;

import jakarta.servlet.http.HttpServletResponse;

import org.springframework.security.core.annotation.AuthenticationPrincipal;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.RequestParam;

/**
 * 提交记录 and 版本比较: the versions of an application with who submitted them and when, and what
 * changed between two of them (or between the last one and the draft under revision).
 */
@Controller
class DeclarationVersionsController {

	private final DeclarationManagement declarations;

	private final CallManagement calls;

	DeclarationVersionsController(DeclarationManagement declarations, CallManagement calls) {
		this.declarations = declarations;
		this.calls = calls;
	}

	@GetMapping("/declarations/{id}/versions")
	String versions(@AuthenticationPrincipal CurrentUser user, @PathVariable long id, Model model) {
		DeclarationHistory history = declarations.history(user, id);
		return versionsPage(user, id, history, history.defaultFrom(), history.defaultTo(), model);
	}

	/**
	 * Without numbers, the last two versions (or the last one and a changed draft). Numbers that are not
	 * there, or not numbers, answer with the history page, the problem above the choice, and status 400.
	 */
	@GetMapping("/declarations/{id}/compare")
	String compare(@AuthenticationPrincipal CurrentUser user, @PathVariable long id,
			@RequestParam(required = false) String from, @RequestParam(required = false) String to, Model model,
			HttpServletResponse response) {
		DeclarationHistory history = declarations.history(user, id);
		boolean chosen = from != null && !from.isBlank() || to != null && !to.isBlank();
		if (!chosen && !history.comparable()) {
			return "redirect:/declarations/" + id + "/versions";
		}
		try {
			int first = number(from, "from", history.defaultFrom());
			int second = number(to, "to", history.defaultTo());
			// the page reads 修改前 → 修改后: the earlier version on the left, the draft always last
			boolean swap = order(first) > order(second);
			VersionComparison comparison = declarations.compare(user, id, swap ? second : first, swap ? first : second);
			common(user, declarations.get(user, id), history, comparison.from().number(), comparison.to().number(), model);
			model.addAttribute("comparison", comparison);
			model.addAttribute("changes", comparison.comparison());
			return "declarations/compare";
		}
		catch (BusinessException ex) {
			if (!ex.concernsInput()) {
				throw ex;
			}
			response.setStatus(HttpServletResponse.SC_BAD_REQUEST);
			model.addAttribute("problems", ex.details());
			return versionsPage(user, id, history, history.defaultFrom(), history.defaultTo(), model);
		}
	}

	private static int number(String text, String field, int otherwise) {
		if (text == null || text.isBlank()) {
			return otherwise;
		}
		try {
			return Integer.parseInt(text.strip());
		}
		catch (NumberFormatException ex) {
			throw BusinessException.invalidField(field, "declaration.compare.notANumber");
		}
	}

	private static int order(int number) {
		return number == VersionEntry.DRAFT ? Integer.MAX_VALUE : number;
	}

	private String versionsPage(CurrentUser user, long id, DeclarationHistory history, int from, int to, Model model) {
		common(user, declarations.get(user, id), history, from, to, model);
		return "declarations/versions";
	}

	private void common(CurrentUser user, Declaration declaration, DeclarationHistory history, int from, int to,
			Model model) {
		model.addAttribute("declaration", declaration);
		model.addAttribute("call", calls.get(user, declaration.callId()));
		model.addAttribute("history", history);
		model.addAttribute("from", from);
		model.addAttribute("to", to);
	}
}
