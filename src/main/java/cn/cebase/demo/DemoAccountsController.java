package cn.cebase.demo;

import java.util.List;
import java.util.Optional;

import cn.cebase.identity.IdentityManagement;
import cn.cebase.identity.UserAccount;

import org.springframework.boot.autoconfigure.condition.ConditionalOnProperty;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;

/** 演示账号: a public list of the demo accounts, in the default mode only. */
@Controller
@ConditionalOnProperty(name = "cebase.demo.enabled", havingValue = "true")
class DemoAccountsController {

	private final IdentityManagement identity;

	DemoAccountsController(IdentityManagement identity) {
		this.identity = identity;
	}

	@GetMapping("/public/demo-accounts")
	String accounts(Model model) {
		List<UserAccount> accounts = DemoWorld.USERNAMES.stream()
			.map(identity::findByUsername)
			.flatMap(Optional::stream)
			.toList();
		model.addAttribute("accounts", accounts);
		model.addAttribute("password", DemoWorld.PASSWORD);
		return "demo/accounts";
	}
}
