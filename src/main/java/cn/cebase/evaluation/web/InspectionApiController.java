package cn.cebase.evaluation.web;

import java.io.IOException;
import java.time.LocalDate;
import java.util.List;

import cn.cebase.evaluation.Inspection;
import cn.cebase.evaluation.Inspections;
import cn.cebase.identity.CurrentUser;
import cn.cebase.shared.BusinessException;
import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.responses.ApiResponse;
import io.swagger.v3.oas.annotations.tags.Tag;

import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.security.core.annotation.AuthenticationPrincipal;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;
import org.springframework.web.multipart.MultipartFile;

/** 实地考察 API: schedule, record the checklist and conclusion, add photos, read the record. */
@RestController
@Tag(name = "inspections", description = "实地考察：安排考察、逐项记录考察要点及结论、上传现场照片")
class InspectionApiController {

	private final Inspections inspections;

	InspectionApiController(Inspections inspections) {
		this.inspections = inspections;
	}

	record Schedule(LocalDate scheduledOn, String team) {
	}

	record Findings(List<Inspection.Item> items, Inspection.Conclusion conclusion, String conclusionText) {
	}

	@GetMapping("/api/v1/calls/{callId}/inspections/{declarationId}")
	@Operation(summary = "一份申报的实地考察记录", description = "本批次的主管机关，或已申报无利益冲突的评审专家（只读）。")
	@ApiResponse(responseCode = "200", description = "考察记录；conclusion 为 null 表示尚未提交结论")
	@ApiResponse(responseCode = "404", description = "尚未安排考察，或无权查看")
	Inspection get(@AuthenticationPrincipal CurrentUser user, @PathVariable long callId, @PathVariable long declarationId) {
		return inspections.of(user, callId, declarationId).orElseThrow(BusinessException::notFound);
	}

	@PostMapping("/api/v1/calls/{callId}/inspections/{declarationId}/schedule")
	@Operation(summary = "安排或改期实地考察", description = "请求体 {\"scheduledOn\":\"2026-12-03\",\"team\":\"王明、李华\"}；提交结论后不再改动。")
	@ApiResponse(responseCode = "200", description = "考察记录")
	@ApiResponse(responseCode = "400", description = "考察日期或考察组成员未填（errors 中为 scheduledOn、team）")
	@ApiResponse(responseCode = "404", description = "不是本批次已受理的申报，或不属于本机关")
	Inspection schedule(@AuthenticationPrincipal CurrentUser user, @PathVariable long callId,
			@PathVariable long declarationId, @RequestBody Schedule body) {
		return inspections.schedule(user, callId, declarationId, body.scheduledOn(), body.team());
	}

	@PostMapping("/api/v1/calls/{callId}/inspections/{declarationId}/record")
	@Operation(summary = "提交考察结论（每个考察要点的结果和发现、结论及理由；只能提交一次）",
			description = "items 的 topic 为 FACILITIES、TEACHERS、MANAGEMENT_RECORDS、DISTANCE_LEARNING_PLATFORM，"
					+ "result 为 MEETS、PARTLY、FAILS；conclusion 为 PASS 或 FAIL。")
	@ApiResponse(responseCode = "200", description = "考察记录")
	@ApiResponse(responseCode = "400", description = "考察要点未全部给出结果、结论或理由未填（errors 中为 results[要点]、conclusion、conclusionText）")
	@ApiResponse(responseCode = "404", description = "不是本批次已受理的申报，或不属于本机关")
	@ApiResponse(responseCode = "409", description = "尚未安排考察，或结论已提交")
	Inspection record(@AuthenticationPrincipal CurrentUser user, @PathVariable long callId,
			@PathVariable long declarationId, @RequestBody Findings body) {
		return inspections.record(user, callId, declarationId, body.items(), body.conclusion(), body.conclusionText());
	}

	@PostMapping(path = "/api/v1/calls/{callId}/inspections/{declarationId}/photos",
			consumes = MediaType.MULTIPART_FORM_DATA_VALUE)
	@Operation(summary = "上传现场照片（JPEG 或 PNG，按内容判断）", description = "multipart 表单：file 为照片，caption 为照片说明。")
	@ApiResponse(responseCode = "200", description = "考察记录，photos 中含新照片")
	@ApiResponse(responseCode = "400", description = "照片说明未填或过长，或文件不是 JPEG / PNG")
	@ApiResponse(responseCode = "404", description = "不是本批次已受理的申报，或不属于本机关")
	@ApiResponse(responseCode = "409", description = "尚未安排考察")
	Inspection photo(@AuthenticationPrincipal CurrentUser user, @PathVariable long callId,
			@PathVariable long declarationId, @RequestParam(required = false) String caption,
			@RequestParam("file") MultipartFile file) throws IOException {
		return inspections.addPhoto(user, callId, declarationId, caption, file.getBytes());
	}

	@GetMapping("/api/v1/calls/{callId}/inspections/{declarationId}/photos/{photoId}")
	@Operation(summary = "现场照片的内容")
	@ApiResponse(responseCode = "200", description = "照片")
	@ApiResponse(responseCode = "404", description = "照片不存在或无权查看")
	ResponseEntity<byte[]> photoFile(@AuthenticationPrincipal CurrentUser user, @PathVariable long callId,
			@PathVariable long declarationId, @PathVariable long photoId) {
		byte[] content = inspections.photo(user, callId, declarationId, photoId);
		MediaType type = content.length > 1 && content[0] == (byte) 0x89 ? MediaType.IMAGE_PNG : MediaType.IMAGE_JPEG;
		return ResponseEntity.ok().contentType(type).header("X-Content-Type-Options", "nosniff").body(content);
	}
}
