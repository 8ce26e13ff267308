package cn.cebase.portal;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.user;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import cn.cebase.CeBaseTest;
import cn.cebase.Fixtures;
import cn.cebase.identity.WorkbenchContribution;
import cn.cebase.shared.web.MenuContribution;
import cn.cebase.shared.web.MenuItem;
import org.junit.jupiter.api.Test;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.context.MessageSource;
import org.springframework.security.core.userdetails.UserDetailsService;
import org.springframework.test.web.servlet.MockMvc;

/**
 * The menu is what the modules contribute, assembled in order: each role sees its own entries, the
 * public menu and the settings where they apply, and nobody edits a central list to add one.
 */
@CeBaseTest
class MenuTests {

	private static final Pattern MAIN_LINK = Pattern.compile("<a class=\"nav-link\" href=\"([^\"]+)\">");

	private static final Pattern DROPDOWN_LINK = Pattern.compile("<a class=\"dropdown-item\" href=\"([^\"]+)\">");

	@Autowired
	MockMvc mvc;

	@Autowired
	UserDetailsService users;

	@Autowired
	List<MenuContribution> contributions;

	@Autowired
	List<WorkbenchContribution> workbench;

	@Autowired
	MessageSource messages;

	private String home(String username) throws Exception {
		return mvc.perform(get("/home").with(user(Fixtures.user(users, username))))
			.andExpect(status().isOk())
			.andReturn()
			.getResponse()
			.getContentAsString(StandardCharsets.UTF_8);
	}

	private static List<String> links(Pattern pattern, String page) {
		String bar = page.substring(page.indexOf("<nav class=\"navbar"), page.indexOf("</nav>", page.indexOf("<nav class=\"navbar")));
		List<String> found = new ArrayList<>();
		Matcher m = pattern.matcher(bar);
		while (m.find()) {
			found.add(m.group(1));
		}
		return found;
	}

	@Test
	void eachRoleSeesItsEntriesInOrder() throws Exception {
		String authority = home("fj.authority");
		assertThat(links(MAIN_LINK, authority)).containsExactly("/home", "/institutions", "/reviews", "/calls", "/experts",
				"/bases", "/notifications");
		assertThat(links(DROPDOWN_LINK, authority)).containsExactly("/public/calls", "/public/publicity", "/public/bases",
				"/public/verify", "/policies", "/organizations", "/audit", "/account/password");

		String institution = home("inst.fj");
		assertThat(links(MAIN_LINK, institution)).containsExactly("/home", "/institutions/mine", "/declarations",
				"/public/calls", "/policies", "/notifications");
		assertThat(links(DROPDOWN_LINK, institution)).containsExactly("/public/publicity", "/public/bases", "/public/verify",
				"/account/password");
		assertThat(institution).doesNotContain("id=\"admin-menu\"");

		assertThat(links(MAIN_LINK, home("expert"))).contains("/expert/panels").doesNotContain("/experts", "/bases");
		assertThat(links(DROPDOWN_LINK, home("admin"))).contains("/admin/users", "/audit", "/organizations");
		// a recommender only (an industry department): its worklist, not the authority's lists
		assertThat(links(MAIN_LINK, home("jl.jilin.health"))).contains("/reviews").doesNotContain("/calls", "/bases");
	}

	@Test
	void thoseSignedOutSeeThePublicEntries() throws Exception {
		String page = mvc.perform(get("/public/bases")).andReturn().getResponse().getContentAsString(StandardCharsets.UTF_8);
		assertThat(links(MAIN_LINK, page)).containsSequence("/public/calls", "/public/publicity", "/public/bases",
				"/public/verify");
		assertThat(page).doesNotContain("href=\"/calls\"", "href=\"/home\"");
	}

	@Test
	void everyEntryAndTileHasItsWordsInBothLanguages() {
		for (MenuItem item : contributions.stream().flatMap(c -> c.menuItems().stream()).toList()) {
			for (Locale locale : List.of(Locale.SIMPLIFIED_CHINESE, Locale.ENGLISH)) {
				assertThat(messages.getMessage(item.labelKey(), null, null, locale)).as(item.labelKey()).isNotBlank();
			}
		}
		assertThat(workbench).hasSizeGreaterThanOrEqualTo(3);
	}

	@Test
	void theWorkbenchCountsWhatWaitsFromTheModulesThatKnow() throws Exception {
		assertThat(home("fj.authority")).contains("id=\"pending-count\"", "id=\"waiting-reviews\"")
			.doesNotContain("id=\"expert-invitations\"");
		assertThat(home("jl.jilin.health")).contains("id=\"waiting-reviews\"").doesNotContain("id=\"pending-count\"");
		assertThat(home("expert")).contains("id=\"expert-invitations\"").doesNotContain("id=\"waiting-reviews\"");
		assertThat(home("inst.fj")).doesNotContain("id=\"pending-count\"", "id=\"waiting-reviews\"");
	}
}
