package cn.cebase.identity.web;

import org.springframework.beans.factory.annotation.Value;
import org.springframework.security.authentication.AnonymousAuthenticationToken;
import org.springframework.security.core.Authentication;
import org.springframework.security.core.context.SecurityContextHolder;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;

@Controller
class LoginController {

	private final boolean demo;

	private final long lockMinutes;

	LoginController(@Value("${cebase.demo.enabled:false}") boolean demo, cn.cebase.identity.SecurityProperties security) {
		this.demo = demo;
		this.lockMinutes = security.lockDuration().toMinutes();
	}

	@GetMapping("/login")
	String login(Model model) {
		Authentication authentication = SecurityContextHolder.getContext().getAuthentication();
		if (authentication != null && authentication.isAuthenticated()
				&& !(authentication instanceof AnonymousAuthenticationToken)) {
			return "redirect:/home";
		}
		model.addAttribute("demo", demo);
		model.addAttribute("lockMinutes", lockMinutes);
		return "login";
	}
}
