package cn.cebase.evaluation.web;

import java.util.List;

import cn.cebase.evaluation.Expert;
import cn.cebase.evaluation.ExpertDetails;
import cn.cebase.evaluation.ExpertPool;
import cn.cebase.evaluation.Panel;
import cn.cebase.evaluation.PanelRequest;
import cn.cebase.evaluation.Panels;
import cn.cebase.identity.CurrentUser;
import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.responses.ApiResponse;
import io.swagger.v3.oas.annotations.tags.Tag;

import org.springframework.http.HttpStatus;
import org.springframework.security.core.annotation.AuthenticationPrincipal;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.ResponseStatus;
import org.springframework.web.bind.annotation.RestController;

/** 专家评审 API: the expert pool, panels, invitations and conflict declarations. */
@RestController
@Tag(name = "evaluation", description = "专家评审：专家库、随机抽取专家评审组、接受或谢绝、利益冲突回避申报")
class EvaluationApiController {

	private final ExpertPool experts;

	private final Panels panels;

	EvaluationApiController(ExpertPool experts, Panels panels) {
		this.experts = experts;
		this.panels = panels;
	}

	record Respond(boolean accept, String reason) {
	}

	record Declare(Boolean conflict, String reason) {
	}

	@GetMapping("/api/v1/experts")
	@Operation(summary = "本机关专家库")
	@ApiResponse(responseCode = "200", description = "本机关的专家")
	@ApiResponse(responseCode = "403", description = "不是主管机关")
	List<Expert> experts(@AuthenticationPrincipal CurrentUser user) {
		return experts.list(user);
	}

	@PostMapping("/api/v1/experts")
	@ResponseStatus(HttpStatus.CREATED)
	@Operation(summary = "新增专家并开通账号（返回一次性临时密码）")
	@ApiResponse(responseCode = "201", description = "新专家及其临时密码")
	@ApiResponse(responseCode = "400", description = "必填项缺失、格式不对或用户名已被使用（errors 中指明字段）")
	@ApiResponse(responseCode = "403", description = "不是主管机关")
	ExpertPool.Added add(@AuthenticationPrincipal CurrentUser user, @RequestBody ExpertDetails body) {
		return experts.add(user, body);
	}

	@GetMapping("/api/v1/calls/{callId}/panels")
	@Operation(summary = "批次的专家评审组")
	@ApiResponse(responseCode = "200", description = "评审组列表")
	@ApiResponse(responseCode = "404", description = "批次不存在或不属于本机关")
	List<Panel> panels(@AuthenticationPrincipal CurrentUser user, @PathVariable long callId) {
		return panels.ofCall(user, callId);
	}

	@PostMapping("/api/v1/calls/{callId}/panels")
	@ResponseStatus(HttpStatus.CREATED)
	@Operation(summary = "随机抽取专家评审组（可指定随机种子以便复核）")
	@ApiResponse(responseCode = "201", description = "抽取的评审组")
	@ApiResponse(responseCode = "400", description = "人数超出范围，或符合条件的专家不足")
	@ApiResponse(responseCode = "404", description = "批次不存在或不属于本机关")
	@ApiResponse(responseCode = "409", description = "尚无已受理的申报")
	Panel draw(@AuthenticationPrincipal CurrentUser user, @PathVariable long callId, @RequestBody PanelRequest body) {
		return panels.draw(user, callId, body);
	}

	@GetMapping("/api/v1/panels/{id}")
	@Operation(summary = "专家评审组")
	@ApiResponse(responseCode = "200", description = "评审组，chairId 为组长")
	@ApiResponse(responseCode = "404", description = "评审组不存在，或与本人无关")
	Panel panel(@AuthenticationPrincipal CurrentUser user, @PathVariable long id) {
		return panels.get(user, id);
	}

	@GetMapping("/api/v1/panels/{id}/redraw")
	@Operation(summary = "按记录的随机种子重新抽取（复核），返回入选及候补专家的编号")
	@ApiResponse(responseCode = "200", description = "专家编号")
	@ApiResponse(responseCode = "404", description = "评审组不存在或不属于本机关")
	List<Long> redraw(@AuthenticationPrincipal CurrentUser user, @PathVariable long id) {
		return panels.redraw(user, id);
	}

	@PostMapping("/api/v1/panels/{id}/response")
	@Operation(summary = "专家接受或谢绝邀请（谢绝须说明理由，由候补专家递补）")
	@ApiResponse(responseCode = "200", description = "评审组")
	@ApiResponse(responseCode = "400", description = "谢绝而未说明理由")
	@ApiResponse(responseCode = "403", description = "不是专家")
	@ApiResponse(responseCode = "409", description = "没有待确认的邀请")
	Panel respond(@AuthenticationPrincipal CurrentUser user, @PathVariable long id, @RequestBody Respond body) {
		return panels.respond(user, id, body.accept(), body.reason());
	}

	@PostMapping("/api/v1/panels/{id}/declarations/{declarationId}/conflict")
	@Operation(summary = "专家申报对某份申报有无利益冲突（有则回避，由候补专家递补）")
	@ApiResponse(responseCode = "200", description = "评审组")
	@ApiResponse(responseCode = "400", description = "未选择有无利益冲突，或有冲突而未说明理由")
	@ApiResponse(responseCode = "403", description = "不是专家")
	@ApiResponse(responseCode = "404", description = "未被分配评审该申报")
	@ApiResponse(responseCode = "409", description = "尚未接受邀请，或已申报过")
	Panel declare(@AuthenticationPrincipal CurrentUser user, @PathVariable long id, @PathVariable long declarationId,
			@RequestBody Declare body) {
		return panels.declare(user, id, declarationId, body.conflict(), body.reason());
	}
}
