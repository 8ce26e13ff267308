package cn.cebase.evaluation.web;

import java.io.IOException;
import java.util.List;
import java.util.Locale;

import cn.cebase.call.CallManagement;
import cn.cebase.evaluation.ChairSummary;
import cn.cebase.evaluation.Panels;
import cn.cebase.evaluation.Rubric;
import cn.cebase.evaluation.ScoreSheetView;
import cn.cebase.evaluation.Scoring;
import cn.cebase.evaluation.SummaryBasis;
import cn.cebase.identity.CurrentUser;
import cn.cebase.shared.BusinessException;
import cn.cebase.shared.excel.ExcelTable;
import cn.cebase.shared.web.Dates;
import cn.cebase.shared.web.Flash;
import cn.cebase.shared.web.Forms;
import jakarta.servlet.http.HttpServletResponse;

import org.springframework.context.MessageSource;
import org.springframework.context.i18n.LocaleContextHolder;
import org.springframework.http.ContentDisposition;
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

/**
 * 评分: the authority's rubric and ranking (with the chairs' summaries), the expert's score sheet,
 * the chair's summary of each application, and the per-criterion export.
 */
@Controller
class ScoringController {

	private final Scoring scoring;

	private final Panels panels;

	private final CallManagement calls;

	private final MessageSource messages;

	private final Dates dates;

	ScoringController(Scoring scoring, Panels panels, CallManagement calls, MessageSource messages, Dates dates) {
		this.scoring = scoring;
		this.panels = panels;
		this.calls = calls;
		this.messages = messages;
		this.dates = dates;
	}

	@GetMapping("/calls/{callId}/rubric")
	String rubric(@AuthenticationPrincipal CurrentUser user, @PathVariable long callId, Model model) {
		return rubricPage(user, callId, RubricForm.of(scoring.rubric(user, callId), 3), model);
	}

	@PostMapping("/calls/{callId}/rubric")
	String saveRubric(@AuthenticationPrincipal CurrentUser user, @PathVariable long callId,
			@ModelAttribute("form") RubricForm form, BindingResult result, Model model, RedirectAttributes redirect) {
		if (!result.hasErrors()) {
			form.compact();
			try {
				scoring.saveRubric(user, callId, form.getAggregation(), form.toCriteria());
				Flash.success(redirect, "rubric.saved");
				return "redirect:/calls/" + callId + "/rubric";
			}
			catch (BusinessException ex) {
				if (!ex.concernsInput()) {
					throw ex;
				}
				Forms.reject(result, ex);
			}
		}
		return rubricPage(user, callId, form, model);
	}

	@GetMapping("/calls/{callId}/ranking")
	String ranking(@AuthenticationPrincipal CurrentUser user, @PathVariable long callId, Model model) {
		model.addAttribute("call", calls.get(user, callId));
		model.addAttribute("rankings", scoring.ranking(user, callId));
		model.addAttribute("summaries", scoring.summaries(user, callId));
		model.addAttribute("rubric", scoring.rubric(user, callId));
		return "scoring/ranking";
	}

	/** 评分明细: one row per expert and criterion. */
	@GetMapping("/calls/{callId}/scores.xlsx")
	void export(@AuthenticationPrincipal CurrentUser user, @PathVariable long callId, HttpServletResponse response)
			throws IOException {
		Locale locale = LocaleContextHolder.getLocale();
		List<ScoreSheetView> sheets = scoring.sheets(user, callId);
		Rubric rubric = scoring.rubric(user, callId);
		java.util.Map<Long, String> names = new java.util.HashMap<>();
		scoring.ranking(user, callId).forEach(r -> names.put(r.declarationId(), r.institutionName()));
		response.setContentType("application/vnd.openxmlformats-officedocument.spreadsheetml.sheet");
		response.setHeader("Content-Disposition", ContentDisposition.attachment()
			.filename(text("score.export.filename", locale) + ".xlsx", java.nio.charset.StandardCharsets.UTF_8)
			.build()
			.toString());
		List<String> headings = List.of("institution", "expert", "criterion", "maxPoints", "weight", "points", "vetoed",
				"remark", "lockedAt").stream().map(h -> text("score.export." + h, locale)).toList();
		try (ExcelTable table = new ExcelTable(response.getOutputStream(), text("score.export.sheet", locale), headings)) {
			for (ScoreSheetView sheet : sheets) {
				for (Rubric.Criterion c : rubric.criteria()) {
					ScoreSheetView.Line line = sheet.lines().stream().filter(l -> l.seq() == c.seq()).findFirst().orElse(null);
					table.row(names.getOrDefault(sheet.declarationId(), String.valueOf(sheet.declarationId())),
							sheet.expertName(), c.name(), c.maxPoints(), c.weight(), line == null ? null : line.points(),
							line != null && line.vetoed() ? text("policy.yes", locale) : "",
							line == null || line.comment() == null ? "" : line.comment(),
							sheet.locked() ? dates.dateTime(sheet.lockedAt()) : text("score.export.notLocked", locale));
				}
			}
		}
	}

	@GetMapping("/expert/panels/{panelId}/declarations/{declarationId}/score")
	String sheet(@AuthenticationPrincipal CurrentUser user, @PathVariable long panelId, @PathVariable long declarationId,
			Model model) {
		ScoreSheetView sheet = scoring.sheet(user, panelId, declarationId);
		return sheetPage(user, panelId, sheet, ScoreForm.of(sheet), model);
	}

	@PostMapping("/expert/panels/{panelId}/declarations/{declarationId}/score")
	String saveSheet(@AuthenticationPrincipal CurrentUser user, @PathVariable long panelId,
			@PathVariable long declarationId, @ModelAttribute("form") ScoreForm form, BindingResult result,
			@RequestParam(defaultValue = "false") boolean lock, Model model, RedirectAttributes redirect) {
		if (!result.hasErrors()) {
			try {
				scoring.save(user, panelId, declarationId, form.toInput());
				if (lock) {
					scoring.lock(user, panelId, declarationId);
				}
				Flash.success(redirect, lock ? "score.lockedNow" : "score.saved");
				return "redirect:/expert/panels/" + panelId + "/declarations/" + declarationId + "/score";
			}
			catch (BusinessException ex) {
				if (!ex.concernsInput()) {
					throw ex;
				}
				Forms.reject(result, ex);
			}
		}
		return sheetPage(user, panelId, scoring.sheet(user, panelId, declarationId), form, model);
	}

	/** 评审意见汇总: the chair's page for one of the panel's applications. */
	@GetMapping("/expert/panels/{panelId}/declarations/{declarationId}/summary")
	String summary(@AuthenticationPrincipal CurrentUser user, @PathVariable long panelId, @PathVariable long declarationId,
			Model model) {
		SummaryBasis basis = scoring.summaryBasis(user, panelId, declarationId);
		return summaryPage(user, panelId, basis, SummaryForm.of(basis.summary()), model);
	}

	@PostMapping("/expert/panels/{panelId}/declarations/{declarationId}/summary")
	String saveSummary(@AuthenticationPrincipal CurrentUser user, @PathVariable long panelId,
			@PathVariable long declarationId, @ModelAttribute("form") SummaryForm form, BindingResult result, Model model,
			RedirectAttributes redirect) {
		if (!result.hasErrors()) {
			try {
				scoring.writeSummary(user, panelId, declarationId, form.getRecommendation(), form.getText());
				Flash.success(redirect, "panel.chairSummary.saved");
				return "redirect:/expert/panels/" + panelId + "/declarations/" + declarationId + "/summary";
			}
			catch (BusinessException ex) {
				if (!ex.concernsInput()) {
					throw ex;
				}
				Forms.reject(result, ex);
			}
		}
		return summaryPage(user, panelId, scoring.summaryBasis(user, panelId, declarationId), form, model);
	}

	private String summaryPage(CurrentUser user, long panelId, SummaryBasis basis, SummaryForm form, Model model) {
		model.addAttribute("panel", panels.get(user, panelId));
		model.addAttribute("basis", basis);
		model.addAttribute("form", form);
		model.addAttribute("recommendations", ChairSummary.Recommendation.values());
		return "scoring/summary";
	}

	private String sheetPage(CurrentUser user, long panelId, ScoreSheetView sheet, ScoreForm form, Model model) {
		var panel = panels.get(user, panelId);
		model.addAttribute("panel", panel);
		model.addAttribute("sheet", sheet);
		model.addAttribute("form", form);
		model.addAttribute("rubric", scoring.rubric(user, panel.callId()));
		model.addAttribute("institution", panel.assignments()
			.stream()
			.filter(a -> a.declarationId() == sheet.declarationId())
			.findFirst()
			.map(cn.cebase.evaluation.Panel.Assignment::institutionName)
			.orElse(""));
		return "scoring/sheet";
	}

	private String rubricPage(CurrentUser user, long callId, RubricForm form, Model model) {
		scoring.requireOwnCall(user, callId);
		model.addAttribute("call", calls.get(user, callId));
		model.addAttribute("form", form);
		model.addAttribute("saved", scoring.rubricSaved(callId));
		model.addAttribute("aggregations", Rubric.Aggregation.values());
		return "scoring/rubric";
	}

	private String text(String key, Locale locale) {
		return messages.getMessage(key, null, key, locale);
	}
}
