package cn.cebase.institution.web;

import java.net.URI;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;

import cn.cebase.identity.CurrentUser;
import cn.cebase.institution.ChangeRecord;
import cn.cebase.institution.CreditRecord;
import cn.cebase.institution.CreditRecordKind;
import cn.cebase.institution.Institution;
import cn.cebase.institution.InstitutionFilter;
import cn.cebase.institution.InstitutionManagement;
import cn.cebase.institution.InstitutionProfile;
import cn.cebase.institution.InstitutionRegistration;
import cn.cebase.institution.InstitutionStatus;
import cn.cebase.institution.InstitutionSummary;
import cn.cebase.institution.InstitutionType;
import cn.cebase.shared.PageRequest;
import cn.cebase.shared.PageResult;
import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.tags.Tag;

import org.springframework.http.ResponseEntity;
import org.springframework.security.core.annotation.AuthenticationPrincipal;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.PutMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;

/** 施教机构 API: the same rules, roles and data scope as the pages. */
@RestController
@RequestMapping("/api/v1")
@Tag(name = "institutions", description = "施教机构：注册、审核、变更备案、不良信用记录")
class InstitutionApiController {

	private final InstitutionManagement institutions;

	InstitutionApiController(InstitutionManagement institutions) {
		this.institutions = institutions;
	}

	/** An institution as the API shows it. */
	record InstitutionView(long id, String creditCode, String name, InstitutionType type, String regionCode,
			String regionName, String address, String legalRepresentative, String contactName, String contactPhone,
			String contactEmail, InstitutionStatus status, String decisionReason, Instant registeredAt, Instant decidedAt,
			int version) {
	}

	/** A decision of the authority; {@code version} is the one the caller saw, to catch concurrent decisions. */
	record Decision(String reason, Integer version) {
	}

	/** 变更备案 through the API. */
	record ProfileChange(String name, InstitutionType type, String regionCode, String address,
			String legalRepresentative, String contactName, String contactPhone, String contactEmail, String reason,
			Integer version) {
	}

	record NewCreditRecord(CreditRecordKind kind, LocalDate occurredOn, String source, String note) {
	}

	@GetMapping("/institutions")
	@Operation(summary = "施教机构列表（本机构数据范围内）")
	PageResult<InstitutionSummary> list(@AuthenticationPrincipal CurrentUser user, @RequestParam(required = false) String text,
			@RequestParam(required = false) InstitutionStatus status, @RequestParam(required = false) InstitutionType type,
			@RequestParam(required = false) String regionCode, @RequestParam(required = false) Integer page,
			@RequestParam(required = false) Integer size) {
		return institutions.list(user, new InstitutionFilter(text, status, type, regionCode), PageRequest.of(page, size));
	}

	@GetMapping("/institutions/{id}")
	@Operation(summary = "施教机构详情")
	InstitutionView get(@AuthenticationPrincipal CurrentUser user, @PathVariable long id) {
		return view(institutions.get(user, id));
	}

	@PostMapping("/registrations")
	@Operation(summary = "机构注册（无需登录）：机构信息与首个用户账号")
	ResponseEntity<InstitutionView> register(@RequestBody InstitutionRegistration registration) {
		Institution institution = institutions.register(registration);
		return ResponseEntity.created(URI.create("/api/v1/institutions/" + institution.id())).body(view(institution));
	}

	@PostMapping("/institutions/{id}/{decision:approve|reject|suspend|reinstate}")
	@Operation(summary = "审核通过 / 不通过 / 暂停 / 恢复（主管机关）")
	InstitutionView decide(@AuthenticationPrincipal CurrentUser user, @PathVariable long id, @PathVariable String decision,
			@RequestBody(required = false) Decision body) {
		Decision d = body == null ? new Decision(null, null) : body;
		return view(switch (decision) {
			case "approve" -> institutions.approve(user, id, d.version());
			case "reject" -> institutions.reject(user, id, d.reason(), d.version());
			case "suspend" -> institutions.suspend(user, id, d.reason(), d.version());
			default -> institutions.reinstate(user, id, d.reason(), d.version());
		});
	}

	@PutMapping("/institutions/{id}/profile")
	@Operation(summary = "变更备案：名称、联系方式、地址等")
	InstitutionView change(@AuthenticationPrincipal CurrentUser user, @PathVariable long id, @RequestBody ProfileChange body) {
		InstitutionProfile profile = new InstitutionProfile(body.name(), body.type(), body.regionCode(), body.address(),
				body.legalRepresentative(), body.contactName(), body.contactPhone(), body.contactEmail());
		return view(institutions.changeProfile(user, id, profile, body.reason(), body.version()));
	}

	@GetMapping("/institutions/{id}/changes")
	@Operation(summary = "变更备案记录")
	List<ChangeRecord> changes(@AuthenticationPrincipal CurrentUser user, @PathVariable long id) {
		return institutions.changes(user, id);
	}

	@GetMapping("/institutions/{id}/credit-records")
	@Operation(summary = "不良信用记录")
	List<CreditRecord> creditRecords(@AuthenticationPrincipal CurrentUser user, @PathVariable long id) {
		return institutions.creditRecords(user, id);
	}

	@PostMapping("/institutions/{id}/credit-records")
	@Operation(summary = "登记不良信用记录（主管机关）")
	ResponseEntity<List<CreditRecord>> addCreditRecord(@AuthenticationPrincipal CurrentUser user, @PathVariable long id,
			@RequestBody NewCreditRecord body) {
		institutions.addCreditRecord(user, id, body.kind(), body.occurredOn(), body.source(), body.note());
		return ResponseEntity.status(201).body(institutions.creditRecords(user, id));
	}

	private InstitutionView view(Institution i) {
		InstitutionProfile p = i.profile();
		return new InstitutionView(i.id(), i.creditCode(), p.name(), p.type(), p.regionCode(),
				institutions.regionName(p.regionCode()), p.address(), p.legalRepresentative(), p.contactName(),
				p.contactPhone(), p.contactEmail(), i.status(), i.decisionReason(), i.registeredAt(), i.decidedAt(),
				i.version() == null ? 0 : i.version());
	}
}
