package cn.cebase.journeys;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;

import com.microsoft.playwright.Page;

/**
 * axe-core run inside the page as it stands, against WCAG 2.0 and 2.1 A and AA: the violations of
 * serious or critical impact, each as "rule: target, target…", so that a journey can require none.
 */
final class Axe {

	private static final String PATH = "/webjars/axe-core/4.6.3/axe.min.js";

	private Axe() {
	}

	/** The serious and critical violations on the page, each with the elements at fault. */
	@SuppressWarnings("unchecked")
	static List<String> seriousViolations(Page page) {
		// from the application's own origin (the WebJar is on the test class path), so that the pages'
		// Content-Security-Policy lets it run as it lets their own scripts
		page.addScriptTag(new Page.AddScriptTagOptions().setUrl(PATH));
		Object result = page.evaluate("async () => { const r = await axe.run(document, { runOnly: { type: 'tag',"
				+ " values: ['wcag2a', 'wcag2aa', 'wcag21a', 'wcag21aa'] } });"
				+ " return r.violations.filter(v => v.impact === 'serious' || v.impact === 'critical')"
				+ ".map(v => ({ id: v.id, targets: v.nodes.map(n => n.target.join(' ')) })); }");
		List<String> found = new ArrayList<>();
		for (Object violation : (List<Object>) result) {
			Map<String, Object> v = (Map<String, Object>) violation;
			found.add(v.get("id") + ": " + String.join(", ", (List<String>) v.get("targets")));
		}
		return found;
	}
}
