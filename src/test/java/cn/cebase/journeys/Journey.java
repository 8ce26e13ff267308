package cn.cebase.journeys;

import static com.microsoft.playwright.assertions.PlaywrightAssertions.assertThat;

import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.Paths;
import java.util.List;
import java.util.Set;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.regex.Pattern;

import com.microsoft.playwright.BrowserContext;
import com.microsoft.playwright.Page;
import com.microsoft.playwright.Response;

/**
 * One person's visit: a fresh browser context and its page, with the few moves every journey makes (sign in,
 * sign out, take a screenshot). It also watches what a person would notice without reading a page: a script
 * or htmx error, or a stylesheet, script, font or image that did not load; any of them fails the journey when
 * it ends.
 */
final class Journey implements AutoCloseable {

	static final Path SCREENSHOTS = Paths.get("target", "screenshots");

	private static final Set<String> ASSETS = Set.of("stylesheet", "script", "font", "image");

	final BrowserContext context;

	final Page page;

	private final List<String> problems = new CopyOnWriteArrayList<>();

	Journey(com.microsoft.playwright.Browser browser, String baseUrl) {
		this.context = browser.newContext(new com.microsoft.playwright.Browser.NewContextOptions().setBaseURL(baseUrl)
			.setLocale("zh-CN")
			.setTimezoneId("Asia/Shanghai")
			.setViewportSize(1280, 900));
		context.setDefaultTimeout(Browser.TIMEOUT_MILLIS);
		context.setDefaultNavigationTimeout(Browser.TIMEOUT_MILLIS);
		this.page = context.newPage();
		page.onPageError(error -> problems.add("script error on " + page.url() + ": " + error));
		// htmx reports a missing target or a failed swap on the console; a failed load is judged by checkAsset
		page.onConsoleMessage(message -> {
			if ("error".equals(message.type()) && !message.text().startsWith("Failed to load resource")) {
				problems.add("console error on " + page.url() + ": " + message.text());
			}
		});
		page.onResponse(this::checkAsset);
	}

	private void checkAsset(Response response) {
		if (ASSETS.contains(response.request().resourceType()) && response.status() >= 400) {
			problems.add(response.request().resourceType() + " " + response.url() + " answered " + response.status());
		}
	}

	/** Opens a page of the application by its path, as typed into the address bar. */
	Response go(String path) {
		return page.navigate(path);
	}

	/** Signs in on the login page and waits for the home page. */
	void signIn(String username, String password) {
		submitLogin(username, password);
		page.waitForURL(Pattern.compile(".*/home$"));
	}

	/** Fills and sends the login form and waits for the page that answers, whatever it says. */
	void submitLogin(String username, String password) {
		if (!page.url().contains("/login")) {
			go("/login");
		}
		page.locator("#username").fill(username);
		page.locator("#password").fill(password);
		clickAndWaitForNextPage("#login-submit");
	}

	/**
	 * Clicks something that loads a whole new page and waits until the old one is gone, even when the new page
	 * has the same address (a form that answers with itself, a login that fails again).
	 */
	void clickAndWaitForNextPage(String selector) {
		page.evaluate("() => document.documentElement.dataset.journeyLeaving = 'yes'");
		page.locator(selector).click();
		assertThat(page.locator("html[data-journey-leaving]")).hasCount(0);
		page.waitForLoadState();
	}

	/** Opens the user menu in the navigation bar and chooses 退出登录. */
	void signOut() {
		page.locator("#user-menu").click();
		page.locator("#logout").click();
		page.waitForURL(Pattern.compile(".*/login\\?logout$"));
		assertThat(page.locator(".alert-info")).containsText("您已安全退出");
	}

	/** A full-page screenshot under target/screenshots/, named after the step it shows. */
	void screenshot(String name) {
		try {
			Files.createDirectories(SCREENSHOTS);
		}
		catch (java.io.IOException ex) {
			throw new UncheckedIOException(ex);
		}
		page.screenshot(new Page.ScreenshotOptions().setPath(SCREENSHOTS.resolve(name + ".png")).setFullPage(true));
	}

	@Override
	public void close() {
		context.close();
		if (!problems.isEmpty()) {
			throw new AssertionError("The browser noticed problems during the journey:\n  " + String.join("\n  ", problems));
		}
	}
}
