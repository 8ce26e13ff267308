package cn.cebase.review.web;

import java.io.IOException;
import java.util.List;
import java.util.Locale;

import cn.cebase.identity.CurrentUser;
import cn.cebase.review.ReviewManagement;
import cn.cebase.review.SummaryRow;
import cn.cebase.review.SummaryWorkbook;
import jakarta.servlet.http.HttpServletResponse;

import org.springframework.context.MessageSource;
import org.springframework.context.i18n.LocaleContextHolder;
import org.springframework.http.ContentDisposition;
import org.springframework.security.core.annotation.AuthenticationPrincipal;
import org.springframework.stereotype.Controller;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;

/**
 * 申报汇总表 (SD 三(二): it goes with the 推荐函) as an Excel file: a recommender's own
 * recommendations in rank order, or for the call's authority every recommender's.
 */
@Controller
class SummaryExportController {

	private final ReviewManagement reviews;

	private final SummaryWorkbook workbook;

	private final MessageSource messages;

	SummaryExportController(ReviewManagement reviews, SummaryWorkbook workbook, MessageSource messages) {
		this.reviews = reviews;
		this.workbook = workbook;
		this.messages = messages;
	}

	@GetMapping("/reviews/calls/{callId}/summary.xlsx")
	void export(@AuthenticationPrincipal CurrentUser user, @PathVariable long callId, HttpServletResponse response)
			throws IOException {
		Locale locale = LocaleContextHolder.getLocale();
		// read (and refuse) before the first byte, so that a refusal is an error page and not a broken file
		List<SummaryRow> rows = reviews.summary(user, callId);
		String title = reviews.callTitle(user, callId);
		response.setContentType("application/vnd.openxmlformats-officedocument.spreadsheetml.sheet");
		response.setHeader("Content-Disposition", ContentDisposition.attachment()
			.filename(messages.getMessage("review.summary.filename", new Object[] { title }, locale) + ".xlsx",
					java.nio.charset.StandardCharsets.UTF_8)
			.build()
			.toString());
		workbook.write(rows, locale, response.getOutputStream());
	}
}
