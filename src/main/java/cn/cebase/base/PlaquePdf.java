package cn.cebase.base;

import java.time.format.DateTimeFormatter;
import java.util.HashMap;
import java.util.Locale;
import java.util.Map;

import cn.cebase.document.PdfRenderer;
import cn.cebase.document.QrCodes;
import cn.cebase.identity.CurrentUser;
import cn.cebase.identity.Role;
import cn.cebase.institution.InstitutionManagement;
import cn.cebase.organization.OrganizationManagement;
import cn.cebase.shared.BusinessException;

import org.springframework.beans.factory.annotation.Value;
import org.springframework.context.MessageSource;
import org.springframework.stereotype.Component;
import org.thymeleaf.ITemplateEngine;
import org.thymeleaf.context.Context;

/**
 * 牌匾 / 证书 (ZB 第十条, FJ 第九条): one landscape A4 page with the title the base holds, the
 * institution's name, the base's number and fields, the recognising authority and date, and a
 * QR code that opens the public verification page of its code, the code printed beneath so that
 * it can also be typed. Only for a base that still holds its title, and only for the recognising
 * authority's staff (or those above it) and the base's own institution; anyone else is told
 * nothing exists.
 */
@Component
public class PlaquePdf {

	static final String TEMPLATE = "recognition/plaque";

	/** Pixels per QR module: 8 keeps the edges sharp at the printed size (about 300 dpi). */
	private static final int QR_PIXELS_PER_MODULE = 8;

	private final Bases bases;

	private final BaseTitles titles;

	private final OrganizationManagement organizations;

	private final InstitutionManagement institutions;

	private final ITemplateEngine templates;

	private final PdfRenderer pdf;

	private final MessageSource messages;

	private final String publicUrl;

	PlaquePdf(Bases bases, BaseTitles titles, OrganizationManagement organizations,
			InstitutionManagement institutions, ITemplateEngine templates, PdfRenderer pdf, MessageSource messages,
			@Value("${cebase.public-url:http://localhost:8080}") String publicUrl) {
		this.bases = bases;
		this.titles = titles;
		this.organizations = organizations;
		this.institutions = institutions;
		this.templates = templates;
		this.pdf = pdf;
		this.messages = messages;
		this.publicUrl = publicUrl.endsWith("/") ? publicUrl.substring(0, publicUrl.length() - 1) : publicUrl;
	}

	/**
	 * @throws BusinessException not found when the base does not exist or the actor may not see it;
	 *         conflict when the base no longer holds its title (revoked, cancelled, lapsed)
	 */
	// no transaction around it: the reads are single statements, and rendering should hold no connection
	public byte[] render(CurrentUser actor, long baseId, Locale locale) {
		BaseView base = bases.find(baseId).filter(b -> mayHave(actor, b)).orElseThrow(BusinessException::notFound);
		if (!base.status().holdsTitle()) {
			throw BusinessException.conflict("plaque.noTitle." + base.status().name(), base.number());
		}
		return pdf.render(xhtml(base, locale));
	}

	/** Where the plaque's QR code leads: the public page that tells whether the code is a base's, and its status. */
	public String verifyUrl(BaseView base) {
		return publicUrl + "/public/verify/" + base.verificationCode();
	}

	String xhtml(BaseView base, Locale locale) {
		DateTimeFormatter dates = DateTimeFormatter.ofPattern(messages.getMessage("plaque.datePattern", null, locale),
				locale);
		String title = titles.of(base, locale);
		String name = PdfRenderer.xmlText(base.name());
		String verifyUrl = verifyUrl(base);
		Map<String, Object> model = new HashMap<>();
		model.put("lang", locale.toLanguageTag());
		model.put("title", title);
		model.put("titleSize", titleSize(title));
		model.put("name", name);
		model.put("nameSize", nameSize(name));
		model.put("number", base.number());
		String fields = base.fields().isEmpty() ? null
				: PdfRenderer.xmlText(String.join(messages.getMessage("plaque.fieldSeparator", null, locale), base.fields()));
		model.put("fields", fields);
		model.put("fieldsSize", fields == null || fields.length() <= 60 ? 12.5 : fields.length() <= 160 ? 10.5 : 9);
		model.put("authority", PdfRenderer.xmlText(base.authorityName()));
		model.put("recognizedOn", dates.format(base.recognizedOn()));
		model.put("verificationCode", base.verificationCode());
		model.put("verifyUrl", verifyUrl);
		model.put("qr", QrCodes.pngDataUri(verifyUrl, QR_PIXELS_PER_MODULE));
		return templates.process(TEMPLATE, new Context(locale, model));
	}

	/** The title on one line across the frame: smaller type for a long region name (新疆维吾尔自治区…). */
	static int titleSize(String title) {
		int length = title.codePointCount(0, title.length());
		return length <= 15 ? 36 : length <= 19 ? 30 : length <= 24 ? 25 : 20;
	}

	/** The name on one line when it can be, on two or three at most; names run to 200 characters. */
	static int nameSize(String name) {
		int length = name.codePointCount(0, name.length());
		return length <= 18 ? 26 : length <= 26 ? 21 : length <= 40 ? 17 : length <= 90 ? 14 : 11;
	}

	/** Whether the actor may print this base's plaque now: one of its people, and the base still holds its title. */
	public boolean mayPrint(CurrentUser actor, BaseView base) {
		return base.status().holdsTitle() && mayHave(actor, base);
	}

	private boolean mayHave(CurrentUser actor, BaseView base) {
		if (actor == null) {
			return false;
		}
		if (actor.has(Role.AUTHORITY)
				&& organizations.find(base.authorityId()).filter(a -> actor.scope().covers(a.path())).isPresent()) {
			return true;
		}
		if (actor.has(Role.INSTITUTION) && base.institutionId() != null) {
			try {
				return base.institutionId().equals(institutions.mine(actor).id());
			}
			// an institution user whose institution is gone: nothing of theirs to print (mine() ran in its own transaction)
			catch (BusinessException noInstitution) {
				return false;
			}
		}
		return false;
	}
}
