package cn.cebase.portal;

import java.util.List;

import cn.cebase.identity.CurrentUser;
import cn.cebase.identity.WorkbenchContribution;
import cn.cebase.identity.WorkbenchTile;
import cn.cebase.identity.Role;
import cn.cebase.institution.InstitutionManagement;
import cn.cebase.institution.InstitutionStatus;
import cn.cebase.notification.Notifications;
import cn.cebase.shared.BusinessException;

import org.springframework.security.core.annotation.AuthenticationPrincipal;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;

/** 首页: each role sees what waits for it; the public sees what the platform is. */
@Controller
class HomeController {

	private final InstitutionManagement institutions;

	private final Notifications notifications;

	private final List<WorkbenchContribution> workbench;

	private final cn.cebase.base.Registry registry;

	HomeController(InstitutionManagement institutions, Notifications notifications, List<WorkbenchContribution> workbench,
			cn.cebase.base.Registry registry) {
		this.registry = registry;
		this.workbench = workbench;
		this.institutions = institutions;
		this.notifications = notifications;
	}

	@GetMapping("/")
	String index(@AuthenticationPrincipal CurrentUser user) {
		return user == null ? "index" : "redirect:/home";
	}

	@GetMapping("/home")
	String home(@AuthenticationPrincipal CurrentUser user, Model model) {
		model.addAttribute("user", user);
		model.addAttribute("notifications", notifications.recent(user, 5));
		// what waits for the user, from each module that knows (WorkbenchContribution)
		model.addAttribute("tiles", workbench.stream()
			.flatMap(w -> w.tilesFor(user).stream())
			.sorted(java.util.Comparator.comparingInt(WorkbenchTile::order))
			.toList());
		if (user.has(Role.INSTITUTION)) {
			try {
				var mine = institutions.mine(user);
				model.addAttribute("myInstitution", mine);
				// once recognised, its base (number, status, plaque) is what the institution looks for first
				var bases = registry.ofInstitution(mine.id(), mine.creditCode());
				model.addAttribute("myBases", bases);
				// an active institution that already holds a title applies for re-confirmation or a higher level, not "a base"
				boolean holdsTitle = bases.stream().anyMatch(b -> b.status().holdsTitle());
				model.addAttribute("institutionHint", "home.institution.hint." + mine.status()
						+ (holdsTitle && mine.status() == InstitutionStatus.ACTIVE ? ".base" : ""));
			}
			catch (BusinessException ex) {
				// an institution user whose institution was removed sees the page without it
			}
		}
		return "home";
	}
}
