package cn.cebase.review;

import java.io.OutputStream;
import java.util.List;
import java.util.Locale;

import cn.cebase.institution.InstitutionManagement;
import cn.cebase.shared.excel.ExcelTable;
import cn.cebase.shared.web.Dates;

import org.springframework.context.MessageSource;
import org.springframework.stereotype.Component;

/** Writes the 申报汇总表 (SD 三(二)) as one Excel sheet: for a download, or into a package. */
@Component
public class SummaryWorkbook {

	static final List<String> HEADINGS = List.of("rank", "recommender", "institution", "creditCode", "type", "region",
			"track", "keyField", "trainees", "contactName", "contactPhone", "recommendedAt", "status");

	private final InstitutionManagement institutions;

	private final MessageSource messages;

	private final Dates dates;

	SummaryWorkbook(InstitutionManagement institutions, MessageSource messages, Dates dates) {
		this.institutions = institutions;
		this.messages = messages;
		this.dates = dates;
	}

	public void write(List<SummaryRow> rows, Locale locale, OutputStream out) {
		List<String> headings = HEADINGS.stream().map(h -> text("review.summary." + h, locale)).toList();
		try (ExcelTable table = new ExcelTable(out, text("review.summary.sheet", locale), headings)) {
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
	static String trainees(String json) {
		if (json == null || json.isBlank() || json.equals("null")) {
			return "";
		}
		return json.replaceAll("[\\[\\]\\s]", "").replace("null", "-").replace(",", " / ");
	}

	private String text(String key, Locale locale, Object... args) {
		return messages.getMessage(key, args, key, locale);
	}
}
