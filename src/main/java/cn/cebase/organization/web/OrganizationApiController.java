package cn.cebase.organization.web;

import java.util.List;

import cn.cebase.organization.DataScope;
import cn.cebase.organization.Organization;
import cn.cebase.organization.OrganizationKind;
import cn.cebase.organization.OrganizationManagement;
import cn.cebase.organization.Region;
import cn.cebase.organization.Regions;
import cn.cebase.shared.BusinessException;
import cn.cebase.shared.PageRequest;
import cn.cebase.shared.PageResult;
import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.tags.Tag;

import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;

/** 组织机构与行政区划 API. Regions are public reference data; organisations are in the caller's scope. */
@RestController
@RequestMapping("/api/v1")
@Tag(name = "organizations", description = "组织机构与行政区划（GB/T 2260）")
class OrganizationApiController {

	private final OrganizationManagement organizations;

	private final Regions regions;

	OrganizationApiController(OrganizationManagement organizations, Regions regions) {
		this.organizations = organizations;
		this.regions = regions;
	}

	@GetMapping("/organizations")
	@Operation(summary = "本机构及下级组织机构")
	PageResult<Organization> list(DataScope scope, @RequestParam(required = false) OrganizationKind kind,
			@RequestParam(required = false) String text, @RequestParam(required = false) Integer page,
			@RequestParam(required = false) Integer size) {
		return organizations.list(scope, kind, text, PageRequest.of(page, size));
	}

	@GetMapping("/organizations/{id}")
	@Operation(summary = "组织机构详情")
	Organization get(DataScope scope, @PathVariable long id) {
		return organizations.getInScope(id, scope);
	}

	@GetMapping("/regions")
	@Operation(summary = "行政区划：不带 parent 为省级，带 parent 为其下级")
	List<Region> regions(@RequestParam(required = false) String parent) {
		return parent == null || parent.isBlank() ? regions.provinces() : regions.children(parent.strip());
	}

	@GetMapping("/regions/{code}")
	@Operation(summary = "行政区划详情")
	Region region(@PathVariable String code) {
		return regions.find(code).orElseThrow(BusinessException::notFound);
	}
}
