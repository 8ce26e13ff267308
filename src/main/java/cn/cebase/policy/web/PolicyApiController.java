package cn.cebase.policy.web;

import java.util.List;

import cn.cebase.policy.EligibilityPolicies;
import cn.cebase.policy.PolicyProfile;
import cn.cebase.policy.PolicyProfiles;
import cn.cebase.shared.BusinessException;
import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.tags.Tag;

import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.RestController;

/** 政策配置 API: read by any signed-in caller. */
@RestController
@Tag(name = "policy", description = "政策配置：各地文件的条件、名额、流程与依据条款")
class PolicyApiController {

	private final PolicyProfiles profiles;

	private final cn.cebase.policy.ProfileEditing editing;

	PolicyApiController(PolicyProfiles profiles, cn.cebase.policy.ProfileEditing editing) {
		this.profiles = profiles;
		this.editing = editing;
	}

	/** A new version: the whole edited profile and why it was made. */
	record NewVersion(PolicyProfile profile, String reason) {
	}

	@org.springframework.web.bind.annotation.PostMapping("/api/v1/policy-profiles/{code}/versions")
	@Operation(summary = "保存为新版本（管理员或本地区主管机关）；不合格的配置逐项说明")
	org.springframework.http.ResponseEntity<PolicyProfile> newVersion(
			@org.springframework.security.core.annotation.AuthenticationPrincipal cn.cebase.identity.CurrentUser user,
			@PathVariable String code, @org.springframework.web.bind.annotation.RequestBody NewVersion body) {
		if (body == null || body.profile() == null) {
			throw BusinessException.invalidField("profile", "validation.required");
		}
		PolicyProfile saved = editing.saveNewVersion(user, code, body.profile(), body.reason());
		return org.springframework.http.ResponseEntity.status(201).body(saved);
	}

	@GetMapping("/api/v1/policy-profiles/{code}/versions")
	@Operation(summary = "版本历史")
	List<cn.cebase.policy.ProfileVersion> history(@PathVariable String code) {
		profiles.latest(code).orElseThrow(BusinessException::notFound);
		return editing.history(code);
	}

	/** One line of the list. */
	record ProfileSummary(String code, int version, String title, String document, String level, String regionCode) {
	}

	record RuleDescription(String name, List<String> parameters) {
	}

	@GetMapping("/api/v1/policy-profiles")
	@Operation(summary = "各政策配置的最新版本")
	List<ProfileSummary> summaries() {
		return profiles.allLatest()
			.stream()
			.map(p -> new ProfileSummary(p.code(), p.version(), p.title(), p.document(), p.level().name(), p.regionCode()))
			.toList();
	}

	@GetMapping("/api/v1/policy-profiles/{code}")
	@Operation(summary = "一个政策配置（最新版本），每个取值附依据条款")
	PolicyProfile profile(@PathVariable String code) {
		return profiles.latest(code).orElseThrow(BusinessException::notFound);
	}

	@GetMapping("/api/v1/eligibility-rules")
	@Operation(summary = "可用的资格条件及其参数")
	List<RuleDescription> rules() {
		return EligibilityPolicies.all().stream().map(p -> new RuleDescription(p.name(), List.copyOf(p.requiredParameters()))).toList();
	}

}
