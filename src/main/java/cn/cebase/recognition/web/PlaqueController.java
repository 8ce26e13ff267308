package cn.cebase.recognition.web;

import java.util.Locale;

import cn.cebase.identity.CurrentUser;
import cn.cebase.recognition.NoticePdf;
import cn.cebase.recognition.PlaquePdf;

import org.springframework.http.ContentDisposition;
import org.springframework.http.HttpHeaders;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.security.core.annotation.AuthenticationPrincipal;
import org.springframework.stereotype.Controller;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;

/**
 * 牌匾 and 公布 as PDFs: the plaque for the recognising authority's staff and the base's own
 * institution, the publication notice of a call for everyone. Both are official Chinese
 * documents, so they are printed in Chinese whatever language the page is shown in.
 */
@Controller
class PlaqueController {

	private final PlaquePdf plaques;

	private final NoticePdf notices;

	PlaqueController(PlaquePdf plaques, NoticePdf notices) {
		this.plaques = plaques;
		this.notices = notices;
	}

	@GetMapping("/bases/{id}/plaque.pdf")
	ResponseEntity<byte[]> plaque(@AuthenticationPrincipal CurrentUser user, @PathVariable long id) {
		return pdf(plaques.render(user, id, Locale.SIMPLIFIED_CHINESE), "plaque-" + id + ".pdf");
	}

	@GetMapping("/public/calls/{callId}/notice.pdf")
	ResponseEntity<byte[]> notice(@PathVariable long callId) {
		return pdf(notices.render(callId, Locale.SIMPLIFIED_CHINESE), "notice-" + callId + ".pdf");
	}

	static ResponseEntity<byte[]> pdf(byte[] content, String filename) {
		return ResponseEntity.ok()
			.contentType(MediaType.APPLICATION_PDF)
			.header(HttpHeaders.CONTENT_DISPOSITION, ContentDisposition.inline().filename(filename).build().toString())
			.body(content);
	}
}
