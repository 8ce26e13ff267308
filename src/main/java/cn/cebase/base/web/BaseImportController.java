package cn.cebase.base.web;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.stream.Collectors;

import cn.cebase.identity.CurrentUser;
import cn.cebase.organization.Region;
import cn.cebase.organization.Regions;
import cn.cebase.base.BaseManagement;
import cn.cebase.base.BaseView;
import cn.cebase.base.BaseImport;
import cn.cebase.base.BaseStatus;
import cn.cebase.shared.BusinessException;
import cn.cebase.shared.excel.ExcelTable;
import jakarta.servlet.http.HttpServletResponse;

import org.springframework.context.MessageSource;
import org.springframework.context.i18n.LocaleContextHolder;
import org.springframework.http.ContentDisposition;
import org.springframework.security.core.annotation.AuthenticationPrincipal;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.multipart.MultipartFile;

/**
 * 基地 pages of an authority: its own bases, and the import of those it recognised before the
 * platform (SD 附件3) from the Excel template with a row-by-row report.
 */
@Controller
class BaseImportController {

	/** GB/T 2260's stand-ins under a municipality, which add nothing to a name (as in Regions). */
	private static final Set<String> PLACEHOLDERS = Set.of("市辖区", "县");

	private static final String XLSX = "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet";

	private final BaseImport imports;

	private final MessageSource messages;

	private final Regions regions;

	BaseImportController(BaseImport imports, MessageSource messages, Regions regions) {
		this.imports = imports;
		this.messages = messages;
		this.regions = regions;
	}

	@GetMapping("/bases")
	String list(@AuthenticationPrincipal CurrentUser user, Model model) {
		List<BaseView> bases = imports.ofMyAuthority(user);
		model.addAttribute("bases", bases);
		model.addAttribute("regionNames", regionNames(bases));
		// how many of each status, in the order of the statuses
		model.addAttribute("counts", bases.stream()
			.collect(Collectors.groupingBy(BaseView::status, () -> new EnumMap<>(BaseStatus.class), Collectors.counting())));
		model.addAttribute("level", imports.levelOf(user).orElse(null));
		model.addAttribute("mayManage", bases.stream().anyMatch(b -> BaseManagement.mayManage(user, b)));
		return "bases/list";
	}

	@GetMapping("/bases/import")
	String importPage(@AuthenticationPrincipal CurrentUser user, Model model) {
		model.addAttribute("level", imports.levelOf(user).orElse(null));
		return "bases/import";
	}

	@PostMapping("/bases/import")
	String importExcel(@AuthenticationPrincipal CurrentUser user, @RequestParam(name = "file", required = false) MultipartFile file,
			Model model) throws IOException {
		model.addAttribute("level", imports.levelOf(user).orElse(null));
		try {
			BaseImport.ImportReport report = imports.importExcel(user, bytes(file));
			model.addAttribute("report", report);
			model.addAttribute("regionNames", regionNames(report.imported()));
			model.addAttribute("fileName", file.getOriginalFilename());
		}
		catch (BusinessException ex) {
			if (!ex.concernsInput()) {
				throw ex;
			}
			model.addAttribute("importProblem", ex);
		}
		return "bases/import";
	}

	/**
	 * The import template: the columns in order, each heading saying how to write it. No example row,
	 * since a row left in by mistake would be a base.
	 */
	@GetMapping("/bases/template.xlsx")
	void template(@AuthenticationPrincipal CurrentUser user, HttpServletResponse response) throws IOException {
		// only an authority gets the template
		imports.levelOf(user);
		Locale locale = LocaleContextHolder.getLocale();
		response.setContentType(XLSX);
		response.setHeader("Content-Disposition", ContentDisposition.attachment()
			.filename(message("base.template.filename", locale) + ".xlsx", StandardCharsets.UTF_8)
			.build()
			.toString());
		List<String> headings = BaseImport.COLUMNS.stream().map(c -> message("base.template.column." + c, locale)).toList();
		// headings only: closing writes them
		new ExcelTable(response.getOutputStream(), message("base.template.sheet", locale), headings).close();
	}

	/** 淄博市 张店区 rather than 张店区 alone: a province's list spans many cities. */
	private Map<String, String> regionNames(List<BaseView> bases) {
		Map<String, String> names = new HashMap<>();
		bases.forEach(b -> names.computeIfAbsent(b.regionCode(), code -> {
			List<Region> lineage = regions.lineage(code);
			// the province is the same for every row: from the city down, without 市辖区-like placeholders
			List<String> parts = new ArrayList<>();
			for (int i = lineage.size() - 2; i >= 0; i--) {
				String name = lineage.get(i).name();
				if (!PLACEHOLDERS.contains(name)) {
					parts.add(name);
				}
			}
			return parts.isEmpty() ? regions.fullName(code) : String.join(" ", parts);
		}));
		return names;
	}

	static byte[] bytes(MultipartFile file) throws IOException {
		if (file == null || file.isEmpty()) {
			throw BusinessException.invalidField("file", "base.import.noFile");
		}
		return file.getBytes();
	}

	private String message(String key, Locale locale) {
		return messages.getMessage(key, null, locale);
	}
}
