package cn.cebase.call.web;

import java.net.URI;
import java.time.Instant;
import java.util.List;

import cn.cebase.call.Call;
import cn.cebase.call.CallDetails;
import cn.cebase.call.CallManagement;
import cn.cebase.call.CallStatus;
import cn.cebase.identity.CurrentUser;
import cn.cebase.policy.TrackKind;
import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.tags.Tag;

import org.springframework.http.ResponseEntity;
import org.springframework.security.core.annotation.AuthenticationPrincipal;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.PutMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RestController;

/** 申报批次 API: authorities manage their calls; anyone reads the published ones. */
@RestController
@Tag(name = "calls", description = "申报批次：新建、发布、延期、公告")
class CallApiController {

	private final CallManagement calls;

	private final org.springframework.context.MessageSource messages;

	CallApiController(CallManagement calls, org.springframework.context.MessageSource messages) {
		this.calls = calls;
		this.messages = messages;
	}

	/** A rule's answer with its sentence in the caller's language, for API clients. */
	record ResultView(String rule, String outcome, String message, String source) {
	}

	record ReportView(String profileCode, String track, String overall, List<ResultView> results) {
	}

	@PostMapping("/api/v1/calls/{id}/self-check")
	@Operation(summary = "资格自查（施教机构）：逐条给出结果、说明和依据条款")
	ReportView api(@AuthenticationPrincipal CurrentUser user, @PathVariable long id, @RequestBody cn.cebase.call.SelfCheckInput input) {
		cn.cebase.policy.EligibilityReport report = calls.selfCheck(user, id, input);
		java.util.Locale locale = org.springframework.context.i18n.LocaleContextHolder.getLocale();
		return new ReportView(report.profileCode(), report.track().name(), report.overall().name(), report.results()
			.stream()
			.map((cn.cebase.policy.RuleResult r) -> new ResultView(r.rule(), r.outcome().name(),
					messages.getMessage(r.messageKey(), r.argsArray(), r.messageKey(), locale), r.source()))
			.toList());
	}



	/** A call as the API shows it; times are instants (UTC), shown to people in China Standard Time. */
	record CallView(long id, String profileCode, int profileVersion, long authorityId, String title, int year,
			String batchName, String notice, Instant opensAt, Instant closesAt, List<TrackKind> tracks, List<String> keyFields,
			List<String> priorityHints, CallStatus status, Instant publishedAt, Instant closedAt, int version) {

		static CallView of(Call c) {
			CallDetails d = c.details();
			return new CallView(c.id(), c.profileCode(), c.profileVersion(), c.authorityId(), d.title(), d.year(),
					d.batchName(), d.notice(), d.opensAt(), d.closesAt(), d.tracks(), d.keyFields(), c.priorityHints(), c.status(),
					c.publishedAt(), c.closedAt(), c.version());
		}
	}

	record NewCall(String profileCode, String title, Integer year, String batchName, String notice, Instant opensAt,
			Instant closesAt, List<TrackKind> tracks, List<String> keyFields) {

		CallDetails details() {
			return new CallDetails(title, year, batchName, notice, opensAt, closesAt, tracks, keyFields);
		}
	}

	record Version(Integer version) {
	}

	record Extension(Instant closesAt, String reason, Integer version) {
	}

	@PostMapping("/api/v1/calls")
	@Operation(summary = "新建申报批次（草稿），依据本机关所辖地区的政策配置")
	ResponseEntity<CallView> create(@AuthenticationPrincipal CurrentUser user, @RequestBody NewCall body) {
		Call call = calls.create(user, body.profileCode(), body.details());
		return ResponseEntity.created(URI.create("/api/v1/calls/" + call.id())).body(CallView.of(call));
	}

	@PutMapping("/api/v1/calls/{id}")
	@Operation(summary = "修改草稿")
	CallView edit(@AuthenticationPrincipal CurrentUser user, @PathVariable long id, @RequestBody NewCall body) {
		return CallView.of(calls.edit(user, id, body.details(), null));
	}

	@PostMapping("/api/v1/calls/{id}/publish")
	@Operation(summary = "发布")
	CallView publish(@AuthenticationPrincipal CurrentUser user, @PathVariable long id,
			@RequestBody(required = false) Version body) {
		return CallView.of(calls.publish(user, id, body == null ? null : body.version()));
	}

	@PostMapping("/api/v1/calls/{id}/{step:review|conclude}")
	@Operation(summary = "开始评审（已截止的批次）/ 结束")
	CallView step(@AuthenticationPrincipal CurrentUser user, @PathVariable long id, @PathVariable String step,
			@RequestBody(required = false) Version body) {
		Integer version = body == null ? null : body.version();
		return CallView.of(step.equals("review") ? calls.startReview(user, id, version) : calls.conclude(user, id, version));
	}

	@PostMapping("/api/v1/calls/{id}/extend")
	@Operation(summary = "延期（须说明原因）")
	CallView extend(@AuthenticationPrincipal CurrentUser user, @PathVariable long id, @RequestBody Extension body) {
		return CallView.of(calls.extend(user, id, body.closesAt(), body.reason(), body.version()));
	}

	record QuotaChange(Integer total, java.util.Map<TrackKind, Integer> perTrack, String reason) {
	}

	@GetMapping("/api/v1/calls/{id}/quotas")
	@Operation(summary = "各推荐单位在本批次的名额（政策默认或已调整）")
	List<cn.cebase.call.RecommenderQuota> quotas(@AuthenticationPrincipal CurrentUser user, @PathVariable long id) {
		return calls.quotas(user, id);
	}

	@PutMapping("/api/v1/calls/{id}/quotas/{recommenderId}")
	@Operation(summary = "调整一个推荐单位的名额（须说明原因）")
	cn.cebase.call.RecommenderQuota adjustQuota(@AuthenticationPrincipal CurrentUser user, @PathVariable long id,
			@PathVariable long recommenderId, @RequestBody QuotaChange body) {
		return calls.adjustQuota(user, id, recommenderId, body.total(), body.perTrack(), body.reason());
	}

	@PostMapping(value = "/api/v1/calls/{id}/attachments", consumes = "multipart/form-data")
	@Operation(summary = "上传申报通知附件（PDF、Word、Excel、JPG、PNG，按内容判断类型）")
	ResponseEntity<cn.cebase.call.CallAttachment> attach(@AuthenticationPrincipal CurrentUser user, @PathVariable long id,
			@org.springframework.web.bind.annotation.RequestParam("file") org.springframework.web.multipart.MultipartFile file)
			throws java.io.IOException {
		return ResponseEntity.status(201).body(calls.attach(user, id, file.getOriginalFilename(), file.getBytes()));
	}

	@GetMapping("/api/v1/public/calls/{id}/attachments")
	@Operation(summary = "申报通知附件（无需登录）；下载地址 /public/calls/{id}/attachments/{fileId}")
	List<cn.cebase.call.CallAttachment> attachments(@PathVariable long id) {
		calls.get(null, id);
		return calls.attachments(id);
	}

	@GetMapping("/api/v1/calls")
	@Operation(summary = "本机关及下级机关的申报批次（含草稿）")
	List<CallView> mine(@AuthenticationPrincipal CurrentUser user) {
		return calls.ofMyAuthority(user).stream().map(CallView::of).toList();
	}

	@GetMapping("/api/v1/calls/{id}")
	@Operation(summary = "申报批次详情（草稿仅发布机关可见）")
	CallView get(@AuthenticationPrincipal CurrentUser user, @PathVariable long id) {
		return CallView.of(calls.get(user, id));
	}

	@GetMapping("/api/v1/public/calls")
	@Operation(summary = "申报公告（无需登录）")
	List<CallView> published() {
		return calls.published().stream().map(CallView::of).toList();
	}
}
