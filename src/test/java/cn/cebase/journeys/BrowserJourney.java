package cn.cebase.journeys;

import com.microsoft.playwright.Page;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.BeforeEach;

import org.springframework.boot.test.web.server.LocalServerPort;

/**
 * What every journey class shares: one Chromium per class, a fresh browser window per journey,
 * closed (and judged for script or asset errors) after it.
 */
abstract class BrowserJourney {

	private static Browser browser;

	@LocalServerPort
	int port;

	Journey journey;

	Page page;

	@BeforeAll
	static void launchBrowser() {
		browser = Browser.launch();
	}

	@AfterAll
	static void closeBrowser() {
		if (browser != null) {
			browser.close();
			browser = null;
		}
	}

	@BeforeEach
	void openBrowserWindow() {
		journey = browser.open(port);
		page = journey.page;
	}

	/** A second window with its own session, for a journey where two people act side by side. */
	Journey anotherWindow() {
		return browser.open(port);
	}

	@AfterEach
	void closeBrowserWindow() {
		journey.close();
	}
}
