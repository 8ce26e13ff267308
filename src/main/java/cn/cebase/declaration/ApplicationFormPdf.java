package cn.cebase.declaration;

import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.regex.Pattern;

import cn.cebase.document.PdfRenderer;
import cn.cebase.institution.InstitutionProfile;

import org.springframework.context.MessageSource;
import org.springframework.stereotype.Component;
import org.thymeleaf.ITemplateEngine;
import org.thymeleaf.context.Context;

/**
 * 申报表 as a PDF, in the layout of NAT6's attachment: a cover (call, unit, recommender, date), the
 * unit's facts and sections in bordered rows, the figures the call's rules check, the applicant's
 * signature and seal, then the recommender's part — its answers once it has recommended, blank
 * lines to sign and seal by hand before. Every word comes from the message bundle of the locale
 * asked for; what people typed is escaped and shown as typed, line breaks included.
 */
@Component
public class ApplicationFormPdf {

	static final String TEMPLATE = "declaration/pdf";

	/** The three years before the form's date, the figures' {@code annualTrainees} in order. */
	static final int TRAINEE_YEARS = 3;

	private static final Pattern LEADING_BLANK_LINES = Pattern.compile("\\A(?:[\\s&&[^\\n]]*\\n)+");

	private final ITemplateEngine templates;

	private final PdfRenderer pdf;

	private final MessageSource messages;

	private final Clock clock;

	ApplicationFormPdf(ITemplateEngine templates, PdfRenderer pdf, MessageSource messages, Clock clock) {
		this.templates = templates;
		this.pdf = pdf;
		this.messages = messages;
		this.clock = clock;
	}

	/**
	 * The form with the unit's name and code only; the address and contact rows show a dash. Prefer
	 * {@link #render(Declaration, InstitutionProfile, String, String, RecommenderSection, Locale)}.
	 */
	public byte[] render(Declaration declaration, String institutionName, String creditCode, String callTitle,
			RecommenderSection recommender, Locale locale) {
		return render(declaration, new InstitutionProfile(institutionName, null, null, null, null, null, null, null),
				creditCode, callTitle, recommender, locale);
	}

	/**
	 * @param applicant the institution's profile: name, address, contact person and telephone
	 * @param recommender the recommender's part, or null while there is none
	 */
	public byte[] render(Declaration declaration, InstitutionProfile applicant, String creditCode, String callTitle,
			RecommenderSection recommender, Locale locale) {
		return pdf.render(xhtml(declaration, applicant, creditCode, callTitle, recommender, locale));
	}

	String xhtml(Declaration declaration, InstitutionProfile applicant, String creditCode, String callTitle,
			RecommenderSection recommender, Locale locale) {
		DeclarationForm form = clean(declaration.form());
		DateTimeFormatter dates = DateTimeFormatter
			.ofPattern(messages.getMessage("declaration.pdf.datePattern", null, locale), locale);
		Instant filled = declaration.submittedAt() != null ? declaration.submittedAt() : declaration.updatedAt();
		LocalDate formDate = LocalDate.ofInstant(filled != null ? filled : clock.instant(), clock.getZone());

		Map<String, Object> model = new HashMap<>();
		model.put("lang", locale.toLanguageTag());
		model.put("pageNumbers", pageNumbers(locale));
		model.put("callTitle", clean(callTitle));
		model.put("applicant", new Applicant(clean(applicant.name()), clean(creditCode), clean(applicant.address()),
				clean(applicant.contactName()), clean(applicant.contactPhone())));
		model.put("form", form);
		model.put("formDate", dates.format(formDate));
		model.put("reference", declaration.id());
		model.put("status", messages.getMessage("declaration.status." + declaration.status().name(), null, locale));
		model.put("sections", List.of(section("overview", form.overview()), section("teachers", form.teachers()),
				section("keyFieldTraining", form.keyFieldTraining()), section("managementSystem", form.managementSystem())));
		model.put("plan", List.of(section("organisationalSupport", form.organisationalSupport()),
				section("performanceTargetsAndFunding", form.performanceTargetsAndFunding()),
				section("mainFieldsAndFeatures", form.mainFieldsAndFeatures())));
		model.put("trainees", trainees(form.annualTrainees(), formDate.getYear()));
		List<String> functions = form.platformFunctions() == null ? List.of()
				: form.platformFunctions().stream().map(ApplicationFormPdf::clean).filter(f -> f != null).toList();
		model.put("platformFunctions", functions.isEmpty() ? null
				: String.join(messages.getMessage("declaration.pdf.listSeparator", null, locale), functions));
		RecommenderSection cleanRecommender = clean(recommender);
		model.put("recommender", cleanRecommender);
		model.put("recommenderDate", cleanRecommender == null || cleanRecommender.date() == null ? null
				: dates.format(cleanRecommender.date()));
		return templates.process(TEMPLATE, new Context(locale, model));
	}

	/**
	 * The page-number footer as CSS {@code content}: the locale's words (第 {0} 页 共 {1} 页) around
	 * openhtmltopdf's page counters.
	 */
	String pageNumbers(Locale locale) {
		String page = "\uE000";
		String pages = "\uE001";
		String text = messages.getMessage("declaration.pdf.pageNumbers", new Object[] { page, pages }, locale);
		StringBuilder css = new StringBuilder();
		StringBuilder literal = new StringBuilder();
		for (int i = 0; i < text.length(); i++) {
			char c = text.charAt(i);
			if (c == page.charAt(0) || c == pages.charAt(0)) {
				appendString(css, literal);
				css.append(c == page.charAt(0) ? " counter(page)" : " counter(pages)");
			}
			else {
				literal.append(c);
			}
		}
		appendString(css, literal);
		return css.toString().strip();
	}

	private static void appendString(StringBuilder css, StringBuilder literal) {
		if (literal.isEmpty()) {
			return;
		}
		css.append(" \"");
		literal.codePoints().forEach(cp -> {
			if (cp == '"' || cp == '\\' || cp < 0x20) {
				css.append('\\').append(Integer.toHexString(cp)).append(' ');
			}
			else {
				css.appendCodePoint(cp);
			}
		});
		css.append('"');
		literal.setLength(0);
	}

	private static List<YearFigure> trainees(List<Integer> annual, int formYear) {
		List<YearFigure> rows = new ArrayList<>();
		List<Integer> given = annual == null ? List.of() : annual;
		for (int i = 0; i < TRAINEE_YEARS; i++) {
			int index = given.size() - TRAINEE_YEARS + i;
			rows.add(new YearFigure(formYear - TRAINEE_YEARS + i, index >= 0 ? given.get(index) : null));
		}
		return rows;
	}

	private static Section section(String name, String text) {
		return new Section(name, text);
	}

	private static DeclarationForm clean(DeclarationForm f) {
		return new DeclarationForm(clean(f.unitNature()), f.existingRegionalBase(), clean(f.existingBaseName()),
				clean(f.overview()), clean(f.teachers()), clean(f.keyFieldTraining()), clean(f.managementSystem()),
				clean(f.organisationalSupport()), clean(f.performanceTargetsAndFunding()), clean(f.mainFieldsAndFeatures()),
				clean(f.keyField()), f.independentLegalPerson(), f.venueSeats(), f.fullTimeManagersWithBachelor(),
				f.annualTrainees(), f.platformConnectsToProvince(), f.platformFunctions());
	}

	private static RecommenderSection clean(RecommenderSection r) {
		return r == null ? null
				: new RecommenderSection(clean(r.recommenderName()), r.buildsBases(), clean(r.buildsBasesNote()),
						clean(r.relation()), clean(r.reason()), clean(r.contactName()), clean(r.contactPhone()), r.date());
	}

	/**
	 * Null for nothing but blanks; otherwise the text XML can carry, lines as typed (a paragraph's
	 * indent of full-width spaces included) without blank lines before or blanks after.
	 */
	static String clean(String text) {
		String xml = PdfRenderer.xmlText(text);
		if (xml == null || xml.isBlank()) {
			return null;
		}
		return LEADING_BLANK_LINES.matcher(xml.replace("\r\n", "\n").replace('\r', '\n')).replaceFirst("").stripTrailing();
	}


	record Applicant(String name, String creditCode, String address, String contactName, String contactPhone) {
	}

	record Section(String name, String text) {
	}

	record YearFigure(int year, Integer count) {
	}
}
