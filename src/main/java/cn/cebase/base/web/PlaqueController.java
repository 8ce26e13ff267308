package cn.cebase.base.web;

import java.util.Locale;

import cn.cebase.identity.CurrentUser;
import cn.cebase.base.PlaquePdf;

import cn.cebase.shared.web.Downloads;

import org.springframework.http.ResponseEntity;
import org.springframework.security.core.annotation.AuthenticationPrincipal;
import org.springframework.stereotype.Controller;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;

/**
 * 牌匾 as a PDF, for the recognising authority's staff and the base's own institution. An official
 * Chinese document, so it is printed in Chinese whatever language the page is shown in.
 */
@Controller
class PlaqueController {

	private final PlaquePdf plaques;

	PlaqueController(PlaquePdf plaques) {
		this.plaques = plaques;
	}

	@GetMapping("/bases/{id}/plaque.pdf")
	ResponseEntity<byte[]> plaque(@AuthenticationPrincipal CurrentUser user, @PathVariable long id) {
		return pdf(plaques.render(user, id, Locale.SIMPLIFIED_CHINESE), "plaque-" + id + ".pdf");
	}

	static ResponseEntity<byte[]> pdf(byte[] content, String filename) {
		return Downloads.inlinePdf(content, filename);
	}
}
