package cn.cebase.call.web;

import java.time.LocalDate;
import java.time.ZoneId;
import java.util.List;

import cn.cebase.call.Call;
import cn.cebase.call.CallManagement;
import cn.cebase.identity.CurrentUser;
import cn.cebase.policy.EligibilityReport;
import cn.cebase.shared.BusinessException;
import cn.cebase.shared.web.Forms;
import io.github.wimdeblauwe.htmx.spring.boot.mvc.HtmxRequest;

import org.springframework.security.core.annotation.AuthenticationPrincipal;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.validation.BindingResult;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.ModelAttribute;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;

/** 资格自查: before it applies, an institution sees each rule of the call with its article and what to fix. */
@Controller
class SelfCheckController {

	/** JL 一（四） lists them; the form offers them to every call. */
	static final List<String> PLATFORM_FUNCTIONS = List.of("网上报名", "网络学习", "在线考试", "审核验证", "用户管理");

	private final CallManagement calls;

	SelfCheckController(CallManagement calls) {
		this.calls = calls;
	}

	@GetMapping("/calls/{id}/self-check")
	String form(@AuthenticationPrincipal CurrentUser user, @PathVariable long id, Model model) {
		// the check runs on the institution's own facts; nobody else has a form to fill
		if (!user.has(cn.cebase.identity.Role.INSTITUTION)) {
			throw BusinessException.forbidden();
		}
		return page(user, id, new SelfCheckForm(), null, model);
	}

	@PostMapping("/calls/{id}/self-check")
	String check(@AuthenticationPrincipal CurrentUser user, @PathVariable long id, @ModelAttribute("form") SelfCheckForm form,
			BindingResult result, HtmxRequest htmx, Model model) {
		EligibilityReport report = null;
		if (!result.hasErrors()) {
			try {
				report = calls.selfCheck(user, id, form.toInput());
			}
			catch (BusinessException ex) {
				if (!ex.concernsInput()) {
					throw ex;
				}
				Forms.reject(result, ex);
			}
		}
		page(user, id, form, report, model);
		return htmx.isHtmxRequest() && !htmx.isBoosted() ? "calls/self-check :: results" : "calls/self-check";
	}

	private String page(CurrentUser user, long id, SelfCheckForm form, EligibilityReport report, Model model) {
		Call call = calls.get(user, id);
		int year = LocalDate.now(ZoneId.of("Asia/Shanghai")).getYear();
		model.addAttribute("call", call);
		model.addAttribute("form", form);
		model.addAttribute("report", report);
		model.addAttribute("years", List.of(year - 3, year - 2, year - 1));
		model.addAttribute("functions", PLATFORM_FUNCTIONS);
		return "calls/self-check";
	}
}
