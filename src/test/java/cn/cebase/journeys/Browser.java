package cn.cebase.journeys;

import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.Paths;
import java.util.List;
import java.util.Map;

import com.microsoft.playwright.BrowserType;
import com.microsoft.playwright.Playwright;
import com.microsoft.playwright.assertions.PlaywrightAssertions;

/**
 * Debian's Chromium driven by Playwright, headless, as the journeys' one browser. Each journey opens its own
 * {@link Journey} (a fresh browser context: no cookies, no session) on it.
 *
 * <p>Playwright never downloads a browser here: the tests use the distribution's {@code /usr/bin/chromium},
 * which CI installs. When it is missing the journeys fail, they are not skipped, so that a machine without a
 * browser cannot pass for a green run.
 */
final class Browser implements AutoCloseable {

	static final Path CHROMIUM = Paths.get("/usr/bin/chromium");

	/** Long enough for a busy two-core machine, short enough that a missing element fails soon. */
	static final double TIMEOUT_MILLIS = 15_000;

	static final List<String> ARGS = List.of("--headless", "--no-sandbox", "--disable-gpu", "--disable-quic",
			"--no-first-run", "--disable-background-networking", "--disable-component-update", "--disable-sync");

	private final Playwright playwright;

	private final com.microsoft.playwright.Browser chromium;

	private Browser(Playwright playwright, com.microsoft.playwright.Browser chromium) {
		this.playwright = playwright;
		this.chromium = chromium;
	}

	static Browser launch() {
		if (!Files.isExecutable(CHROMIUM)) {
			throw new IllegalStateException("The browser journeys need Chromium at " + CHROMIUM
					+ ", which is missing or not executable. Install Debian's chromium package"
					+ " (apt-get install chromium fonts-noto-cjk); Playwright is told not to download a browser.");
		}
		PlaywrightAssertions.setDefaultAssertionTimeout(TIMEOUT_MILLIS);
		Playwright playwright = Playwright
			.create(new Playwright.CreateOptions().setEnv(Map.of("PLAYWRIGHT_SKIP_BROWSER_DOWNLOAD", "1")));
		try {
			return new Browser(playwright, playwright.chromium()
				.launch(new BrowserType.LaunchOptions().setExecutablePath(CHROMIUM).setHeadless(true).setArgs(ARGS)));
		}
		catch (RuntimeException ex) {
			playwright.close();
			throw new IllegalStateException("Chromium at " + CHROMIUM + " did not start: " + ex.getMessage(), ex);
		}
	}

	/** A person at a new browser window with nothing remembered, looking at the application on this port. */
	Journey open(int port) {
		return new Journey(chromium, "http://localhost:" + port);
	}

	@Override
	public void close() {
		try {
			chromium.close();
		}
		finally {
			playwright.close();
		}
	}
}
