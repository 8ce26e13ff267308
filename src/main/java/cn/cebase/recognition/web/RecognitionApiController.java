package cn.cebase.recognition.web;

import java.util.List;
import java.util.Map;

import cn.cebase.identity.CurrentUser;
import cn.cebase.base.BaseView;
import cn.cebase.recognition.Candidate;
import cn.cebase.recognition.CommitteeDecision;
import cn.cebase.recognition.DecisionManagement;
import cn.cebase.recognition.Objection;
import cn.cebase.recognition.PublicityManagement;
import cn.cebase.recognition.Publicity;
import cn.cebase.recognition.PublicityNotice;
import cn.cebase.recognition.Recognitions;
import cn.cebase.shared.BusinessException;
import cn.cebase.shared.web.RateLimited;
import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.tags.Tag;

import org.springframework.http.HttpStatus;
import org.springframework.security.core.annotation.AuthenticationPrincipal;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.PutMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.ResponseStatus;
import org.springframework.web.bind.annotation.RestController;

/** 认定与公布 API: committee decisions, publicity, objections (anyone may submit one) and recognition. */
@RestController
@Tag(name = "recognition", description = "认定公布：委员会决定、公示及异议处理、认定并公布基地")
class RecognitionApiController {

	private final DecisionManagement decisions;

	private final PublicityManagement publicities;

	private final Recognitions recognitions;

	RecognitionApiController(DecisionManagement decisions, PublicityManagement publicities, Recognitions recognitions) {
		this.decisions = decisions;
		this.publicities = publicities;
		this.recognitions = recognitions;
	}

	record Decide(CommitteeDecision.Outcome outcome, String reasons, String fields) {
	}

	record Start(Integer days) {
	}

	record Handle(Boolean upheld, String handling) {
	}

	record Recognize(Map<Long, Long> subsidies) {
	}

	record Object(Long declarationId, String name, String contact, String text) {
	}

	record PublicityView(Publicity publicity, List<Proposed> proposed) {
	}

	/** What the public sees of a proposed institution: never the committee's internal reasons. */
	record Proposed(long declarationId, String institutionName, String regionName, String track, List<String> fields,
			String status) {

		static Proposed of(Candidate c) {
			return new Proposed(c.declarationId(), c.institutionName(), c.regionName(), c.track().name(),
					c.decision() == null ? List.of() : c.decision().fields(), c.status().name());
		}
	}

	@GetMapping("/api/v1/calls/{callId}/decisions")
	@Operation(summary = "批次已受理申报及委员会决定")
	List<Candidate> candidates(@AuthenticationPrincipal CurrentUser user, @PathVariable long callId) {
		return decisions.candidates(user, callId);
	}

	@PutMapping("/api/v1/calls/{callId}/decisions/{declarationId}")
	@Operation(summary = "记录或修改委员会决定（公示开始前）")
	CommitteeDecision decide(@AuthenticationPrincipal CurrentUser user, @PathVariable long callId,
			@PathVariable long declarationId, @RequestBody Decide body) {
		return decisions.decide(user, callId, declarationId, body.outcome(), body.reasons(), body.fields());
	}

	@PostMapping("/api/v1/calls/{callId}/publicity")
	@ResponseStatus(HttpStatus.CREATED)
	@Operation(summary = "开始公示（天数取自政策配置，未规定时由本机关指定，0 为不公示）")
	Publicity start(@AuthenticationPrincipal CurrentUser user, @PathVariable long callId, @RequestBody Start body) {
		return publicities.start(user, callId, body.days());
	}

	@GetMapping("/api/v1/calls/{callId}/objections")
	@Operation(summary = "公示期间收到的异议")
	List<Objection> objections(@AuthenticationPrincipal CurrentUser user, @PathVariable long callId) {
		return publicities.objections(user, callId);
	}

	@PostMapping("/api/v1/calls/{callId}/objections/{objectionId}")
	@Operation(summary = "处理异议：成立（不予认定）或不成立，须写明理由")
	Objection handle(@AuthenticationPrincipal CurrentUser user, @PathVariable long callId, @PathVariable long objectionId,
			@RequestBody Handle body) {
		return publicities.handle(user, callId, objectionId, body.upheld(), body.handling());
	}

	@PostMapping("/api/v1/calls/{callId}/recognition")
	@ResponseStatus(HttpStatus.CREATED)
	@Operation(summary = "公示期满后认定并公布，生成基地编号；国家级基地可登记一次性补助经费")
	List<BaseView> recognize(@AuthenticationPrincipal CurrentUser user, @PathVariable long callId, @RequestBody Recognize body) {
		return recognitions.recognize(user, callId, body.subsidies());
	}

	@GetMapping("/api/v1/public/publicity")
	@Operation(summary = "正在公示的批次（公开）：批次、主管机关和公示期；名单见 /api/v1/public/calls/{callId}/publicity")
	List<PublicityNotice> running() {
		return publicities.running();
	}

	@GetMapping("/api/v1/public/calls/{callId}/publicity")
	@Operation(summary = "公示名单（公开）")
	PublicityView publicity(@PathVariable long callId) {
		Publicity publicity = publicities.of(callId).orElseThrow(BusinessException::notFound);
		return new PublicityView(publicity, publicities.publicList(callId).stream().map(Proposed::of).toList());
	}

	@PostMapping("/api/v1/public/calls/{callId}/objections")
	@RateLimited("objection")
	@ResponseStatus(HttpStatus.CREATED)
	@Operation(summary = "公示期内提出异议（公开，须留联系方式）")
	Map<String, Long> object(@PathVariable long callId, @RequestBody Object body) {
		Objection objection = publicities.object(callId, body.declarationId() == null ? -1 : body.declarationId(),
				body.name(), body.contact(), body.text());
		return Map.of("id", objection.id());
	}

	@GetMapping("/api/v1/public/calls/{callId}/bases")
	@Operation(summary = "批次认定公布的基地（公开）")
	List<BaseView> published(@PathVariable long callId) {
		List<BaseView> bases = recognitions.ofCall(callId);
		if (bases.isEmpty()) {
			throw BusinessException.notFound();
		}
		return bases;
	}
}
