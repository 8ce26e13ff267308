package cn.cebase.evaluation.web;

import java.io.IOException;
import java.util.List;
import java.util.Locale;

import cn.cebase.evaluation.ExpertPool;
import cn.cebase.evaluation.TitleLevel;
import cn.cebase.identity.CurrentUser;
import cn.cebase.shared.BusinessException;
import cn.cebase.shared.excel.ExcelTable;
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
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.multipart.MultipartFile;

/** 专家库 pages: the authority's experts, one added by hand, or many from the Excel template. */
@Controller
class ExpertController {

	private final ExpertPool experts;

	private final MessageSource messages;

	ExpertController(ExpertPool experts, MessageSource messages) {
		this.experts = experts;
		this.messages = messages;
	}

	@GetMapping("/experts")
	String list(@AuthenticationPrincipal CurrentUser user, Model model) {
		return page(user, new ExpertForm(), model);
	}

	@PostMapping("/experts")
	String add(@AuthenticationPrincipal CurrentUser user, @ModelAttribute("form") ExpertForm form, BindingResult result,
			Model model) {
		if (!result.hasErrors()) {
			try {
				model.addAttribute("added", List.of(experts.add(user, form.toDetails())));
				return page(user, new ExpertForm(), model);
			}
			catch (BusinessException ex) {
				if (!ex.concernsInput()) {
					throw ex;
				}
				Forms.reject(result, ex);
			}
		}
		return page(user, form, model);
	}

	@PostMapping("/experts/import")
	String importExcel(@AuthenticationPrincipal CurrentUser user, @RequestParam("file") MultipartFile file, Model model)
			throws IOException {
		try {
			ExpertPool.ImportReport report = experts.importExcel(user, file.getBytes());
			model.addAttribute("report", report);
			model.addAttribute("added", report.added());
		}
		catch (BusinessException ex) {
			if (!ex.concernsInput()) {
				throw ex;
			}
			model.addAttribute("importProblem", ex);
		}
		return page(user, new ExpertForm(), model);
	}

	/** The import template: the columns in order, with one example row. */
	@GetMapping("/experts/template.xlsx")
	void template(@AuthenticationPrincipal CurrentUser user, HttpServletResponse response) throws IOException {
		experts.list(user);
		Locale locale = LocaleContextHolder.getLocale();
		response.setContentType("application/vnd.openxmlformats-officedocument.spreadsheetml.sheet");
		response.setHeader("Content-Disposition", ContentDisposition.attachment()
			.filename(messages.getMessage("expert.template.filename", null, locale) + ".xlsx",
					java.nio.charset.StandardCharsets.UTF_8)
			.build()
			.toString());
		List<String> headings = ExpertPool.COLUMNS.stream()
			.map(c -> messages.getMessage("expert.field." + c, null, locale))
			.toList();
		try (ExcelTable table = new ExcelTable(response.getOutputStream(),
				messages.getMessage("expert.template.sheet", null, locale), headings)) {
			table.row(messages.getMessage("expert.template.example.name", null, locale),
					messages.getMessage("expert.template.example.employer", null, locale), "", "350102",
					messages.getMessage("expert.template.example.series", null, locale),
					messages.getMessage("expert.template.example.level", null, locale),
					messages.getMessage("expert.template.example.fields", null, locale), "13800000000", "", "");
		}
	}

	private String page(CurrentUser user, ExpertForm form, Model model) {
		model.addAttribute("experts", experts.list(user));
		model.addAttribute("form", form);
		model.addAttribute("levels", TitleLevel.values());
		return "experts/list";
	}
}
