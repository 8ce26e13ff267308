package cn.cebase.base.web;

import java.util.List;
import java.util.Map;

import cn.cebase.identity.CurrentUser;
import cn.cebase.organization.Region;
import cn.cebase.organization.Regions;
import cn.cebase.policy.ProfileLevel;
import cn.cebase.base.BaseManagement;
import cn.cebase.base.BaseView;
import cn.cebase.base.BaseStatus;
import cn.cebase.base.PlaquePdf;
import cn.cebase.base.Registry;
import cn.cebase.base.RegistryQuery;
import cn.cebase.shared.BusinessException;
import cn.cebase.shared.PageRequest;
import cn.cebase.shared.PageResult;
import cn.cebase.shared.web.RateLimited;
import io.github.wimdeblauwe.htmx.spring.boot.mvc.HtmxRequest;

import org.springframework.security.core.annotation.AuthenticationPrincipal;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.ModelAttribute;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.RequestParam;

/**
 * 基地名录 and 牌匾核验 for everyone, signed in or not: the search, a base's page, and the check
 * of a plaque by its number or by the code its QR opens ({@code /public/verify/{code}}).
 */
@Controller
class RegistryController {

	/** Bootstrap colours of the status badges: green holds the title, amber is rectifying or paused, the rest lost it. */
	static final Map<BaseStatus, String> BADGES = Map.of(BaseStatus.ACTIVE, "text-bg-success", BaseStatus.RECTIFYING,
			"text-bg-warning", BaseStatus.SUSPENDED_WORK, "text-bg-warning", BaseStatus.REVOKED, "text-bg-danger",
			BaseStatus.CANCELLED, "text-bg-secondary", BaseStatus.LAPSED, "text-bg-secondary");

	private final Registry registry;

	private final Regions regions;

	private final PlaquePdf plaques;

	private final BaseManagement bases;

	RegistryController(Registry registry, Regions regions, PlaquePdf plaques, BaseManagement bases) {
		this.registry = registry;
		this.regions = regions;
		this.plaques = plaques;
		this.bases = bases;
	}

	/** The search form as typed: the province and city selects stand for one region code. */
	record SearchForm(String level, String provinceCode, String cityCode, String field, String status, String text) {

		/** The city if it lies in the chosen province (a province changed under it does not keep it), else the province. */
		String regionCode() {
			if (present(cityCode) && (!present(provinceCode) || sameProvince(cityCode.strip(), provinceCode.strip()))) {
				return cityCode.strip();
			}
			return present(provinceCode) ? provinceCode.strip() : null;
		}

		private static boolean sameProvince(String city, String province) {
			return city.length() >= 2 && province.length() >= 2 && city.regionMatches(0, province, 0, 2);
		}

		private static boolean present(String value) {
			return value != null && !value.isBlank();
		}
	}

	@ModelAttribute("badges")
	Map<BaseStatus, String> badges() {
		return BADGES;
	}

	@GetMapping("/public/bases")
	String list(@RequestParam(required = false) String level, @RequestParam(required = false) String provinceCode,
			@RequestParam(required = false) String cityCode, @RequestParam(required = false) String regionCode,
			@RequestParam(required = false) String field, @RequestParam(required = false) String status,
			@RequestParam(required = false) String text, @RequestParam(required = false) Integer page, HtmxRequest htmx,
			Model model) {
		SearchForm form = new SearchForm(level, provinceCode, cityCode, field, status, text);
		// a link may name any region (a county, from a base's page); the selects show its province and city
		String region = form.regionCode() != null ? form.regionCode() : regionCode;
		if (form.regionCode() == null && region != null && region.strip().matches("\\d{6}")) {
			String code = region.strip();
			form = new SearchForm(level, code.substring(0, 2) + "0000",
					code.endsWith("0000") ? null : code.substring(0, 4) + "00", field, status, text);
		}
		model.addAttribute("form", form);
		model.addAttribute("levels", ProfileLevel.values());
		model.addAttribute("statuses", BaseStatus.values());
		model.addAttribute("provinces", regions.provinces());
		model.addAttribute("cities", cities(form.provinceCode()));
		try {
			RegistryQuery query = RegistryQuery.parse(level, region, field, status, text);
			model.addAttribute("query", query);
			model.addAttribute("result", registry.search(query, PageRequest.of(page, 20)));
		}
		catch (BusinessException ex) {
			if (!ex.concernsInput()) {
				throw ex;
			}
			model.addAttribute("refusal", ex);
			model.addAttribute("result", new PageResult<BaseView>(List.of(), 1, 20, 0));
		}
		model.addAttribute("regions", regions);
		// a filter change or page turn refreshes only the results
		return htmx.isHtmxRequest() && !htmx.isBoosted() ? "registry/list :: results" : "registry/list";
	}

	/** htmx: the cities of the province just chosen, for the second select. */
	@GetMapping("/public/bases/cities")
	String cityOptions(@RequestParam(required = false) String provinceCode, Model model) {
		model.addAttribute("cities", cities(provinceCode));
		return "registry/list :: cityOptions";
	}

	@GetMapping("/public/bases/{id}")
	String show(@AuthenticationPrincipal CurrentUser user, @PathVariable long id, Model model) {
		BaseView base = registry.get(id).orElseThrow(BusinessException::notFound);
		model.addAttribute("base", base);
		// the base's own institution (and its authority) find their plaque here, where their notice of recognition leads
		model.addAttribute("mayPrintPlaque", plaques.mayPrint(user, base));
		model.addAttribute("regionName", regions.fullName(base.regionCode()));
		model.addAttribute("history", bases.history(id));
		model.addAttribute("mayManage", BaseManagement.mayManage(user, base));
		return "registry/base";
	}

	@GetMapping("/public/verify")
	@RateLimited("verify")
	String verify(@RequestParam(required = false) String number, @RequestParam(required = false) String code,
			Model model) {
		model.addAttribute("number", number);
		model.addAttribute("code", code);
		if (number != null || code != null) {
			try {
				check(PlaqueCheck.of(registry, number, code), model);
			}
			catch (BusinessException ex) {
				model.addAttribute("refusal", ex);
			}
		}
		return "registry/verify";
	}

	/** What the plaque's QR code opens. */
	@GetMapping("/public/verify/{code}")
	@RateLimited("verify")
	String verifyCode(@PathVariable String code, Model model) {
		model.addAttribute("code", code);
		check(PlaqueCheck.of(registry, null, code), model);
		return "registry/verify";
	}

	private void check(PlaqueCheck check, Model model) {
		model.addAttribute("check", check);
		if (check.genuine()) {
			model.addAttribute("regionName", regions.fullName(check.base().regionCode()));
		}
	}

	private List<Region> cities(String provinceCode) {
		if (provinceCode == null || !provinceCode.strip().matches("\\d{2}0000")) {
			return List.of();
		}
		return regions.children(provinceCode.strip());
	}
}
