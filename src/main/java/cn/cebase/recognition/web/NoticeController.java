package cn.cebase.recognition.web;

import java.util.Locale;

import cn.cebase.recognition.NoticePdf;
import cn.cebase.shared.web.Downloads;

import org.springframework.http.ResponseEntity;
import org.springframework.stereotype.Controller;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;

/** 公布: the publication notice of a call's bases as a PDF, for everyone, in Chinese like every official notice. */
@Controller
class NoticeController {

	private final NoticePdf notices;

	NoticeController(NoticePdf notices) {
		this.notices = notices;
	}

	@GetMapping("/public/calls/{callId}/notice.pdf")
	ResponseEntity<byte[]> notice(@PathVariable long callId) {
		return Downloads.inlinePdf(notices.render(callId, Locale.SIMPLIFIED_CHINESE), "notice-" + callId + ".pdf");
	}
}
