package cn.cebase.organization.web;

import jakarta.servlet.http.HttpServletRequest;

import cn.cebase.organization.DataScope;
import cn.cebase.organization.OrganizationKind;
import cn.cebase.organization.OrganizationManagement;
import cn.cebase.organization.Regions;
import cn.cebase.shared.BusinessException;
import cn.cebase.shared.PageRequest;
import io.github.wimdeblauwe.htmx.spring.boot.mvc.HtmxRequest;

import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RequestParam;

/** 组织机构: the organisations in the user's scope. */
@Controller
class OrganizationController {

	private final OrganizationManagement organizations;

	private final Regions regions;

	OrganizationController(OrganizationManagement organizations, Regions regions) {
		this.organizations = organizations;
		this.regions = regions;
	}

	@GetMapping("/organizations")
	String list(DataScope scope, HttpServletRequest request, @RequestParam(required = false) OrganizationKind kind,
			@RequestParam(required = false) String text, @RequestParam(required = false) Integer page, HtmxRequest htmx,
			Model model) {
		if (!(request.isUserInRole("ADMIN") || request.isUserInRole("AUTHORITY") || request.isUserInRole("RECOMMENDER"))) {
			throw BusinessException.forbidden();
		}
		model.addAttribute("kinds", OrganizationKind.values());
		model.addAttribute("kind", kind);
		model.addAttribute("text", text);
		model.addAttribute("regions", regions);
		model.addAttribute("result", organizations.list(scope, kind, text, PageRequest.of(page, 20)));
		return htmx.isHtmxRequest() && !htmx.isBoosted() ? "organizations/list :: results" : "organizations/list";
	}
}
