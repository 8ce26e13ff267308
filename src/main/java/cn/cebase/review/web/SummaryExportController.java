package cn.cebase.review.web;

import java.io.IOException;
import java.util.List;
import java.util.Locale;

import cn.cebase.identity.CurrentUser;
import cn.cebase.institution.InstitutionManagement;
import cn.cebase.review.ReviewManagement;
import cn.cebase.review.SummaryRow;
import cn.cebase.shared.excel.ExcelTable;
import cn.cebase.shared.web.Dates;
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

	static final List<String> HEADINGS = List.of("rank", "recommender", "institution", "creditCode", "type", "region",
			"track", "keyField", "trainees", "contactName", "contactPhone", "recommendedAt", "status");

	private final ReviewManagement reviews;

	private final InstitutionManagement institutions;

	private final MessageSource messages;

	private final Dates dates;

	SummaryExportController(ReviewManagement reviews, InstitutionManagement institutions, MessageSource messages,
			Dates dates) {
		this.reviews = reviews;
		this.institutions = institutions;
		this.messages = messages;
		this.dates = dates;
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
			.filename(text("review.summary.filename", locale, title) + ".xlsx", java.nio.charset.StandardCharsets.UTF_8)
			.build()
			.toString());
		List<String> headings = HEADINGS.stream().map(h -> text("review.summary." + h, locale)).toList();
		try (ExcelTable table = new ExcelTable(response.getOutputStream(), text("review.summary.sheet", locale), headings)) {
			for (SummaryRow r : rows) {
				table.row(r.rank(), r.recommenderName(), r.institutionName(), r.creditCode(),
						text("institution.type." + r.institutionType(), locale), institutions.regionName(r.regionCode()),
						text("policy.track." + r.track().name(), locale), r.keyField() == null ? "" : r.keyField(),
						trainees(r.trainees()), r.contactName(), r.contactPhone(), dates.dateTime(r.recommendedAt()),
						text("declaration.status." + r.status(), locale));
			}
		}
	}

	/** The declared trainees of the last three years, oldest first, as "1200 / 1300 / 1400". */
	private static String trainees(String json) {
		if (json == null || json.isBlank() || json.equals("null")) {
			return "";
		}
		return json.replaceAll("[\\[\\]\\s]", "").replace("null", "-").replace(",", " / ");
	}

	private String text(String key, Locale locale, Object... args) {
		return messages.getMessage(key, args, key, locale);
	}
}
