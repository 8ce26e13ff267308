package cn.cebase.declaration.web;

import java.net.URI;
import java.time.Instant;
import java.util.List;

import cn.cebase.declaration.Declaration;
import cn.cebase.declaration.DeclarationForm;
import cn.cebase.declaration.DeclarationManagement;
import cn.cebase.declaration.DeclarationStatus;
import cn.cebase.declaration.DeclarationVersion;
import cn.cebase.declaration.VersionComparison;
import cn.cebase.identity.CurrentUser;
import cn.cebase.policy.TrackKind;
import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.Parameter;
import io.swagger.v3.oas.annotations.tags.Tag;

import org.springframework.http.ResponseEntity;
import org.springframework.security.core.annotation.AuthenticationPrincipal;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.PutMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;

/** 申报 API: draft, save, submit, withdraw, versions and their comparison. */
@RestController
@Tag(name = "declarations", description = "申报：草稿、暂存、提交、撤回、历次提交版本及其比较")
class DeclarationApiController {

	private final DeclarationManagement declarations;

	DeclarationApiController(DeclarationManagement declarations) {
		this.declarations = declarations;
	}

	record DeclarationView(long id, long callId, long institutionId, TrackKind track, DeclarationStatus status,
			DeclarationForm form, Long channelId, String note, Instant submittedAt, Instant updatedAt, int version) {

		static DeclarationView of(Declaration d) {
			return new DeclarationView(d.id(), d.callId(), d.institutionId(), d.track(), d.status(), d.form(), d.channelId(),
					d.note(), d.submittedAt(), d.updatedAt(), d.version());
		}
	}

	record Start(TrackKind track) {
	}

	record Draft(DeclarationForm form, Integer version, Long channelId) {
	}

	record Version(Integer version) {
	}

	record Reason(String reason) {
	}

	@PostMapping("/api/v1/calls/{callId}/declarations")
	@Operation(summary = "开始申报（已启用的施教机构，每批次一份）")
	ResponseEntity<DeclarationView> start(@AuthenticationPrincipal CurrentUser user, @PathVariable long callId,
			@RequestBody(required = false) Start body) {
		Declaration d = declarations.startDraft(user, callId, body == null ? null : body.track());
		return ResponseEntity.created(URI.create("/api/v1/declarations/" + d.id())).body(DeclarationView.of(d));
	}

	@PutMapping("/api/v1/declarations/{id}/draft")
	@Operation(summary = "暂存草稿")
	DeclarationView save(@AuthenticationPrincipal CurrentUser user, @PathVariable long id, @RequestBody Draft body) {
		DeclarationForm form = body.form() == null ? DeclarationForm.empty() : body.form();
		// without a channelId the organisation applied through stays as it was
		return DeclarationView.of(body.channelId() == null ? declarations.saveDraft(user, id, form, body.version())
				: declarations.saveDraft(user, id, form, body.channelId(), body.version()));
	}

	record Channel(long id, String name, String kind) {
	}

	@GetMapping("/api/v1/calls/{callId}/channels")
	@Operation(summary = "本机构在该批次（某一申报类别）可选择的推荐单位或行业主管部门；直接申请类别无须选择")
	List<Channel> channels(@AuthenticationPrincipal CurrentUser user, @PathVariable long callId,
			@RequestParam(required = false) TrackKind track) {
		return declarations.channels(user, callId, track)
			.stream()
			.map(o -> new Channel(o.id(), o.name(), o.kind().name()))
			.toList();
	}

	@PostMapping("/api/v1/declarations/{id}/submit")
	@Operation(summary = "提交（申报时间内；必填部分齐全；无不符合的条件）")
	DeclarationView submit(@AuthenticationPrincipal CurrentUser user, @PathVariable long id,
			@RequestBody(required = false) Version body) {
		return DeclarationView.of(declarations.submit(user, id, body == null ? null : body.version()));
	}

	@PostMapping("/api/v1/declarations/{id}/withdraw")
	@Operation(summary = "撤回（作出决定之前）")
	DeclarationView withdraw(@AuthenticationPrincipal CurrentUser user, @PathVariable long id,
			@RequestBody(required = false) Reason body) {
		return DeclarationView.of(declarations.withdraw(user, id, body == null ? null : body.reason()));
	}

	@GetMapping("/api/v1/declarations/{id}")
	@Operation(summary = "申报详情")
	DeclarationView get(@AuthenticationPrincipal CurrentUser user, @PathVariable long id) {
		return DeclarationView.of(declarations.get(user, id));
	}

	@GetMapping("/api/v1/declarations/{id}/versions")
	@Operation(summary = "历次提交的版本")
	List<DeclarationVersion> versions(@AuthenticationPrincipal CurrentUser user, @PathVariable long id) {
		return declarations.versions(user, id);
	}

	@GetMapping("/api/v1/declarations/{id}/compare")
	@Operation(summary = "比较两个版本（0 表示退回修改期间尚未提交的修改稿，仅申报单位可用）",
			description = "逐项列出基本数据和各部分文字：UNCHANGED 未变、CHANGED 修改、ADDED 新填、REMOVED 清空，附修改前后的值；"
					+ "文字和列表另附 diff（EQUAL / DELETE / INSERT 片段，按阅读顺序）。coarse 为 true 表示某段改动过长，按整段删除和新增给出。"
					+ "版本号不存在时返回 400，errors 中指明 from 或 to。")
	VersionComparison compare(@AuthenticationPrincipal CurrentUser user, @PathVariable long id,
			@Parameter(description = "较早的版本号") @RequestParam int from,
			@Parameter(description = "较新的版本号；0 为修改稿") @RequestParam int to) {
		return declarations.compare(user, id, from, to);
	}

	@PostMapping(value = "/api/v1/declarations/{id}/evidence", consumes = "multipart/form-data")
	@Operation(summary = "上传佐证材料（PDF、JPG、PNG，按内容判断；单个文件大小上限可配置）")
	ResponseEntity<cn.cebase.declaration.Evidence> attach(@AuthenticationPrincipal CurrentUser user, @PathVariable long id,
			@org.springframework.web.bind.annotation.RequestParam String section,
			@org.springframework.web.bind.annotation.RequestParam("file") org.springframework.web.multipart.MultipartFile file)
			throws java.io.IOException {
		return ResponseEntity.status(201)
			.body(declarations.attachEvidence(user, id, section, file.getOriginalFilename(), file.getBytes()));
	}

	@org.springframework.web.bind.annotation.DeleteMapping("/api/v1/declarations/{id}/evidence/{evidenceId}")
	@Operation(summary = "删除佐证材料")
	ResponseEntity<Void> remove(@AuthenticationPrincipal CurrentUser user, @PathVariable long id,
			@PathVariable long evidenceId) {
		declarations.removeEvidence(user, id, evidenceId);
		return ResponseEntity.noContent().build();
	}

	@GetMapping("/api/v1/declarations/{id}/evidence")
	@Operation(summary = "佐证材料清单（含 SHA-256）")
	List<cn.cebase.declaration.Evidence> evidence(@AuthenticationPrincipal CurrentUser user, @PathVariable long id) {
		return declarations.evidence(user, id);
	}

	@GetMapping("/api/v1/declarations")
	@Operation(summary = "本机构的申报")
	List<DeclarationView> mine(@AuthenticationPrincipal CurrentUser user) {
		return declarations.mine(user).stream().map(DeclarationView::of).toList();
	}
}
