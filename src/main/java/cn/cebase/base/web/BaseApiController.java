package cn.cebase.base.web;

import java.io.IOException;
import java.util.List;
import java.util.Locale;
import java.util.Map;

import cn.cebase.identity.CurrentUser;
import cn.cebase.base.BaseView;
import cn.cebase.base.BaseImport;
import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.tags.Tag;

import org.springframework.context.MessageSource;
import org.springframework.context.i18n.LocaleContextHolder;
import org.springframework.http.HttpStatus;
import org.springframework.http.MediaType;
import org.springframework.http.ProblemDetail;
import org.springframework.http.ResponseEntity;
import org.springframework.security.core.annotation.AuthenticationPrincipal;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;
import org.springframework.web.multipart.MultipartFile;

/** 基地 API of an authority: its own bases, and the import of those it recognised before the platform (SD 附件3). */
@RestController
@Tag(name = "bases", description = "继续教育基地：本机关认定的基地；导入原认定的基地名单（Excel，逐行逐列报告错误，全部正确才导入）")
class BaseApiController {

	private final BaseImport imports;

	private final MessageSource messages;

	BaseApiController(BaseImport imports, MessageSource messages) {
		this.imports = imports;
		this.messages = messages;
	}

	@GetMapping(path = "/api/v1/bases", produces = MediaType.APPLICATION_JSON_VALUE)
	@Operation(summary = "本机关认定的继续教育基地（含导入的原认定基地）")
	List<BaseView> apiList(@AuthenticationPrincipal CurrentUser user) {
		return imports.ofMyAuthority(user);
	}

	/**
	 * 201 with the bases imported; 422 with every wrong cell (row as Excel numbers it, column, code and
	 * sentence) when any is wrong, and then nothing is imported.
	 */
	@PostMapping(path = "/api/v1/bases/import", consumes = MediaType.MULTIPART_FORM_DATA_VALUE,
			produces = MediaType.APPLICATION_JSON_VALUE)
	@Operation(summary = "导入原认定的继续教育基地名单（.xlsx，按模板列；任何一格有误则全部不导入并逐行逐列报告）")
	ResponseEntity<?> apiImport(@AuthenticationPrincipal CurrentUser user,
			@RequestParam(name = "file", required = false) MultipartFile file) throws IOException {
		BaseImport.ImportReport report = imports.importExcel(user, BaseImportController.bytes(file));
		if (report.problems().isEmpty()) {
			return ResponseEntity.status(HttpStatus.CREATED).body(Map.of("rows", report.rows(), "imported", report.imported()));
		}
		Locale locale = LocaleContextHolder.getLocale();
		ProblemDetail problem = ProblemDetail.forStatusAndDetail(HttpStatus.UNPROCESSABLE_CONTENT,
				messages.getMessage("base.import.failed", new Object[] { report.rows(), report.problems().size() }, locale));
		problem.setTitle(message("error.title.400", locale));
		problem.setProperty("code", "base.import.failed");
		problem.setProperty("rows", report.rows());
		problem.setProperty("errors", report.problems()
			.stream()
			.map(p -> Map.of("row", p.row(), "column", p.column(), "columnName", message("base.field." + p.column(), locale),
					"code", p.messageKey(), "message", messages.getMessage(p.messageKey(), p.argsArray(), locale)))
			.toList());
		return ResponseEntity.unprocessableContent().body(problem);
	}

	private String message(String key, Locale locale) {
		return messages.getMessage(key, null, locale);
	}
}
