package cn.cebase.institution.web;

import java.io.IOException;
import java.util.List;
import java.util.Locale;

import jakarta.servlet.http.HttpServletResponse;

import cn.cebase.identity.CurrentUser;
import cn.cebase.identity.Role;
import cn.cebase.institution.CreditRecordKind;
import cn.cebase.institution.Institution;
import cn.cebase.institution.InstitutionExportRow;
import cn.cebase.institution.InstitutionFilter;
import cn.cebase.institution.InstitutionManagement;
import cn.cebase.institution.InstitutionStatus;
import cn.cebase.institution.InstitutionType;
import cn.cebase.organization.Regions;
import cn.cebase.shared.BusinessException;
import cn.cebase.shared.PageRequest;
import cn.cebase.shared.excel.ExcelTable;
import cn.cebase.shared.web.Flash;
import cn.cebase.shared.web.Forms;
import io.github.wimdeblauwe.htmx.spring.boot.mvc.HtmxRequest;

import org.springframework.context.MessageSource;
import org.springframework.context.i18n.LocaleContextHolder;
import org.springframework.dao.OptimisticLockingFailureException;
import org.springframework.http.ContentDisposition;
import org.springframework.security.core.annotation.AuthenticationPrincipal;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.validation.BindingResult;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.ModelAttribute;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

/** 施教机构 pages: the list, a profile with its decisions and history, filed changes and credit records. */
@Controller
@RequestMapping("/institutions")
class InstitutionController {

	private final InstitutionManagement institutions;

	private final Regions regions;

	private final MessageSource messages;

	private final cn.cebase.organization.OrganizationManagement organizations;

	private final cn.cebase.shared.web.Dates dates;

	InstitutionController(InstitutionManagement institutions, Regions regions, MessageSource messages,
			cn.cebase.organization.OrganizationManagement organizations, cn.cebase.shared.web.Dates dates) {
		this.institutions = institutions;
		this.regions = regions;
		this.messages = messages;
		this.organizations = organizations;
		this.dates = dates;
	}

	@ModelAttribute("types")
	InstitutionType[] types() {
		return InstitutionType.values();
	}

	@ModelAttribute("statuses")
	InstitutionStatus[] statuses() {
		return InstitutionStatus.values();
	}

	@GetMapping
	String list(@AuthenticationPrincipal CurrentUser user, InstitutionFilter filter,
			@RequestParam(required = false) Integer page, HtmxRequest htmx, Model model) {
		model.addAttribute("filter", filter);
		model.addAttribute("regionChoices", regionChoices(user));
		model.addAttribute("result", institutions.list(user, filter, PageRequest.of(page, 20)));
		model.addAttribute("canExport", user.roles().stream().anyMatch(Role::isStaff));
		// a filter change or page turn refreshes only the table
		return htmx.isHtmxRequest() && !htmx.isBoosted() ? "institutions/list :: results" : "institutions/list";
	}

	@GetMapping("/mine")
	String mine(@AuthenticationPrincipal CurrentUser user) {
		return "redirect:/institutions/" + institutions.mine(user).id();
	}

	@GetMapping("/{id}")
	String show(@AuthenticationPrincipal CurrentUser user, @PathVariable long id, Model model) {
		Institution institution = institutions.get(user, id);
		model.addAttribute("institution", institution);
		model.addAttribute("regionName", regions.fullName(institution.regionCode()));
		model.addAttribute("changes", institutions.changes(user, id));
		model.addAttribute("creditRecords", institutions.creditRecords(user, id));
		model.addAttribute("creditKinds", CreditRecordKind.values());
		model.addAttribute("canDecide", user.has(Role.AUTHORITY));
		model.addAttribute("canEdit", (user.has(Role.INSTITUTION) || user.has(Role.AUTHORITY))
				&& institution.status() != InstitutionStatus.REJECTED);
		if (!model.containsAttribute("creditForm")) {
			model.addAttribute("creditForm", new CreditRecordForm());
		}
		return "institutions/detail";
	}

	@PostMapping("/{id}/{decision:approve|reject|suspend|reinstate}")
	String decide(@AuthenticationPrincipal CurrentUser user, @PathVariable long id, @PathVariable String decision,
			@RequestParam(required = false) String reason, @RequestParam(required = false) Integer version,
			RedirectAttributes redirect) {
		try {
			switch (decision) {
				case "approve" -> institutions.approve(user, id, version);
				case "reject" -> institutions.reject(user, id, reason, version);
				case "suspend" -> institutions.suspend(user, id, reason, version);
				default -> institutions.reinstate(user, id, reason, version);
			}
			Flash.success(redirect, "institution.decided." + decision);
		}
		catch (OptimisticLockingFailureException ex) {
			Flash.warning(redirect, "error.stale");
		}
		catch (BusinessException ex) {
			if (!ex.concernsInput()) {
				throw ex;
			}
			Flash.danger(redirect, ex.messageKey(), ex.args());
			redirect.addFlashAttribute("reason", reason);
			redirect.addFlashAttribute("openDecision", decision);
		}
		return "redirect:/institutions/" + id;
	}

	@GetMapping("/{id}/edit")
	String edit(@AuthenticationPrincipal CurrentUser user, @PathVariable long id, Model model) {
		Institution institution = institutions.get(user, id);
		model.addAttribute("institution", institution);
		model.addAttribute("form", ProfileForm.of(institution));
		return editView(model, institution.regionCode());
	}

	@PostMapping("/{id}/edit")
	String change(@AuthenticationPrincipal CurrentUser user, @PathVariable long id, @ModelAttribute("form") ProfileForm form,
			BindingResult result, Model model, RedirectAttributes redirect) {
		Institution institution = institutions.get(user, id);
		if (!result.hasErrors()) {
			try {
				institutions.changeProfile(user, id, form.toProfile(), form.getReason(), form.getVersion());
				Flash.success(redirect, "institution.change.filed");
				return "redirect:/institutions/" + id;
			}
			catch (OptimisticLockingFailureException ex) {
				result.reject("error.stale");
			}
			catch (BusinessException ex) {
				if (!ex.concernsInput()) {
					throw ex;
				}
				Forms.reject(result, ex);
			}
		}
		model.addAttribute("institution", institution);
		return editView(model, form.getRegionCode());
	}

	@PostMapping("/{id}/credit-records")
	String addCreditRecord(@AuthenticationPrincipal CurrentUser user, @PathVariable long id,
			@ModelAttribute("creditForm") CreditRecordForm form, BindingResult result, Model model,
			RedirectAttributes redirect) {
		if (!result.hasErrors()) {
			try {
				institutions.addCreditRecord(user, id, form.getKind(), form.getOccurredOn(), form.getSource(), form.getNote());
				Flash.success(redirect, "credit.recorded");
				return "redirect:/institutions/" + id + "#credit";
			}
			catch (BusinessException ex) {
				if (!ex.concernsInput()) {
					throw ex;
				}
				Forms.reject(result, ex);
			}
		}
		model.addAttribute("openCredit", true);
		return show(user, id, model);
	}

	@GetMapping("/export.xlsx")
	void export(@AuthenticationPrincipal CurrentUser user, InstitutionFilter filter, HttpServletResponse response)
			throws IOException {
		Locale locale = LocaleContextHolder.getLocale();
		// refuse before the first byte, so that a refusal is an error page and not a broken file
		institutions.checkExport(user);
		response.setContentType("application/vnd.openxmlformats-officedocument.spreadsheetml.sheet");
		response.setHeader("Content-Disposition", ContentDisposition.attachment()
			.filename(text("institution.export.filename", locale) + ".xlsx", java.nio.charset.StandardCharsets.UTF_8)
			.build()
			.toString());
		List<String> headings = List.of("creditCode", "name", "type", "region", "address", "legalRepresentative",
				"contactName", "contactPhone", "status", "registeredAt")
			.stream()
			.map(h -> text("institution.field." + h, locale))
			.toList();
		try (ExcelTable table = new ExcelTable(response.getOutputStream(), text("institution.export.sheet", locale), headings)) {
			institutions.export(user, filter, (InstitutionExportRow r) -> table.row(r.creditCode(), r.name(),
					text("institution.type." + r.type().name(), locale), r.regionName(), r.address(), r.legalRepresentative(),
					r.contactName(), r.contactPhone(), text("institution.status." + r.status().name(), locale),
					dates.dateTime(r.registeredAt())));
		}
	}

	/** The regions a user may filter by: those under the user's own region, or the provinces for national staff. */
	private java.util.List<cn.cebase.organization.Region> regionChoices(CurrentUser user) {
		String own = organizations.find(user.organizationId()).map(cn.cebase.organization.Organization::regionCode).orElse(null);
		if (own == null || user.scope().global()) {
			return regions.provinces();
		}
		return regions.children(own);
	}

	private String editView(Model model, String regionCode) {
		model.addAttribute("regionName", regions.fullName(regionCode));
		return "institutions/edit";
	}

	private String text(String key, Locale locale) {
		return messages.getMessage(key, null, key, locale);
	}
}
