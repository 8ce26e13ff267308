package cn.cebase.policy.web;

import cn.cebase.policy.PolicyProfiles;
import cn.cebase.shared.BusinessException;

import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;

/** 政策配置: every signed-in user may read the rules that apply, with their articles. */
@Controller
class PolicyController {

	private final PolicyProfiles profiles;

	PolicyController(PolicyProfiles profiles) {
		this.profiles = profiles;
	}

	@GetMapping("/policies")
	String list(Model model) {
		model.addAttribute("profiles", profiles.allLatest());
		return "policies/list";
	}

	@GetMapping("/policies/{code}")
	String show(@PathVariable String code, Model model) {
		model.addAttribute("profile", profiles.latest(code).orElseThrow(BusinessException::notFound));
		model.addAttribute("expertRule", "EXPERT_JUDGEMENT");
		return "policies/detail";
	}
}
