package cn.cebase.base.web;

import java.io.IOException;
import java.time.LocalDate;
import java.util.List;
import java.util.Locale;
import java.util.Map;

import cn.cebase.identity.CurrentUser;
import cn.cebase.base.BaseAction;
import cn.cebase.base.BaseManagement;
import cn.cebase.base.BaseStatus;
import cn.cebase.base.BaseStatusChange;
import cn.cebase.base.BaseView;
import cn.cebase.base.RevocationGround;
import cn.cebase.base.BaseImport;
import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.media.Schema;
import io.swagger.v3.oas.annotations.tags.Tag;

import org.springframework.context.MessageSource;
import org.springframework.context.i18n.LocaleContextHolder;
import org.springframework.http.HttpStatus;
import org.springframework.http.MediaType;
import org.springframework.http.ProblemDetail;
import org.springframework.http.ResponseEntity;
import org.springframework.security.core.annotation.AuthenticationPrincipal;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestPart;
import org.springframework.web.bind.annotation.ResponseStatus;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;
import org.springframework.web.multipart.MultipartFile;

/** 基地 API of an authority: its own bases, and the import of those it recognised before the platform (SD 附件3). */
@RestController
@Tag(name = "bases", description = "继续教育基地：本机关认定的基地；导入原认定的基地名单（Excel，逐行逐列报告错误，全部正确才导入）")
class BaseApiController {

	private final BaseImport imports;

	private final BaseManagement bases;

	private final MessageSource messages;

	BaseApiController(BaseImport imports, BaseManagement bases, MessageSource messages) {
		this.imports = imports;
		this.bases = bases;
		this.messages = messages;
	}

	/** What an authority sends to change the standing of one of its bases. */
	record StatusChange(@Schema(requiredMode = Schema.RequiredMode.REQUIRED,
			description = "RECTIFY 责令整改、END_RECTIFICATION 整改合格、SUSPEND_WORK 暂停工作、RESUME_WORK 恢复工作、REVOKE 撤销资格、CANCEL 取消资格") BaseAction action,
			@Schema(description = "撤销或取消的情形（REVOKE、CANCEL 必填），见 GET /api/v1/bases/{id}/grounds") RevocationGround ground,
			@Schema(description = "依据的文件及条款；情形自带条款时以情形的为准，其他变更必填", maxLength = 200) String basis,
			@Schema(requiredMode = Schema.RequiredMode.REQUIRED, description = "理由，公开于基地名录", maxLength = 2000) String reason,
			@Schema(description = "生效日期，默认今天；不晚于今天，不早于上一次变更") LocalDate effectiveOn) {

		BaseManagement.ChangeRequest request() {
			return new BaseManagement.ChangeRequest(ground, basis, reason, effectiveOn);
		}
	}

	/** A base's standing after a change: the base and every change of it, oldest first. */
	record Standing(BaseView base, List<BaseStatusChange> history) {
	}

	/** A ground the authority may choose, with the article it rests on (null: the authority names it). */
	record Ground(RevocationGround ground, BaseAction action, String basis, BaseStatus requiredStatus, String label) {
	}

	@PostMapping(path = "/api/v1/bases/{id}/status-changes", consumes = MediaType.APPLICATION_JSON_VALUE,
			produces = MediaType.APPLICATION_JSON_VALUE)
	@ResponseStatus(HttpStatus.CREATED)
	@Operation(summary = "变更本机关一个基地的资格：整改、暂停、恢复、撤销、取消（状态不允许时 409；缺少情形或理由时 400 并指明字段）")
	Standing change(@AuthenticationPrincipal CurrentUser user, @PathVariable long id, @RequestBody StatusChange body) {
		bases.change(user, id, body.action(), body.request(), List.of());
		return standing(id);
	}

	@PostMapping(path = "/api/v1/bases/{id}/status-changes", consumes = MediaType.MULTIPART_FORM_DATA_VALUE,
			produces = MediaType.APPLICATION_JSON_VALUE)
	@ResponseStatus(HttpStatus.CREATED)
	@Operation(summary = "同上，附证明材料：part change 为 JSON，part evidence 为 PDF 或图片（可多个）")
	Standing changeWithEvidence(@AuthenticationPrincipal CurrentUser user, @PathVariable long id,
			@RequestPart("change") StatusChange body,
			@RequestPart(name = "evidence", required = false) List<MultipartFile> evidence) throws IOException {
		List<BaseManagement.EvidenceUpload> uploads = new java.util.ArrayList<>();
		for (MultipartFile file : evidence == null ? List.<MultipartFile>of() : evidence) {
			uploads.add(new BaseManagement.EvidenceUpload(file.getOriginalFilename(), file.getBytes()));
		}
		bases.change(user, id, body.action(), body.request(), uploads);
		return standing(id);
	}

	@GetMapping(path = "/api/v1/bases/{id}/grounds", produces = MediaType.APPLICATION_JSON_VALUE)
	@Operation(summary = "撤销（action=REVOKE）或取消（action=CANCEL）一个基地可选的情形，及其依据条款")
	List<Ground> grounds(@AuthenticationPrincipal CurrentUser user, @PathVariable long id, @RequestParam BaseAction action) {
		Locale locale = LocaleContextHolder.getLocale();
		return bases.grounds(user, id, action)
			.stream()
			.map(g -> new Ground(g, g.action(), g.basis(), g.requiredStatus(), message("base.ground." + g.name(), locale)))
			.toList();
	}

	private Standing standing(long id) {
		return new Standing(bases.find(id).orElseThrow(), bases.history(id));
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
