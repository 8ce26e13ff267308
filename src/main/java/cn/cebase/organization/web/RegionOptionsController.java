package cn.cebase.organization.web;

import java.util.List;

import cn.cebase.organization.Region;
import cn.cebase.organization.Regions;

import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RequestParam;

/** htmx: the options of the next region select once the user picks a province or a city. Public, for registration. */
@Controller
class RegionOptionsController {

	private final Regions regions;

	RegionOptionsController(Regions regions) {
		this.regions = regions;
	}

	@GetMapping("/public/regions/options")
	String options(@RequestParam(required = false) String provinceCode, @RequestParam(required = false) String cityCode,
			Model model) {
		boolean cities = cityCode == null;
		String parent = cities ? provinceCode : cityCode;
		List<Region> children = parent == null || parent.isBlank() ? List.of() : regions.children(parent);
		model.addAttribute("regions", children);
		// choosing a province also empties the county select, out of band
		model.addAttribute("resetCounties", cities);
		return "fragments/regions :: options";
	}
}
