package cn.cebase.recognition;

import java.time.Clock;
import java.time.LocalDate;
import java.time.format.DateTimeFormatter;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;

import cn.cebase.base.BaseManagement;
import cn.cebase.base.BaseView;
import cn.cebase.call.Call;
import cn.cebase.call.CallManagement;
import cn.cebase.document.PdfRenderer;
import cn.cebase.organization.OrganizationManagement;
import cn.cebase.organization.Regions;
import cn.cebase.policy.ProfileLevel;
import cn.cebase.shared.BusinessException;

import org.springframework.context.MessageSource;
import org.springframework.stereotype.Component;
import org.thymeleaf.ITemplateEngine;
import org.thymeleaf.context.Context;

/**
 * 公布 (ZB 第十条 "由市人力资源社会保障局统一公布", FJ 第九条, NAT6 三(四), JL 三(四), SD 三(五)): the
 * notice that names the bases a call recognised — a heading in the style of 关于认定2026年第六批福建省
 * 专业技术人员继续教育基地的通知, a paragraph naming the call, and the list: number, name, region and
 * fields, and for national bases the one-off subsidy granted (NAT6 三(四)); dated the day the call
 * recognised them. Public, like the notice it stands for, once the call has recognised bases; before
 * that there is nothing to publish.
 */
@Component
public class NoticePdf {

	static final String TEMPLATE = "recognition/notice-pdf";

	private final BaseManagement bases;

	private final CallManagement calls;

	private final OrganizationManagement organizations;

	private final Regions regions;

	private final ITemplateEngine templates;

	private final PdfRenderer pdf;

	private final MessageSource messages;

	private final PublicityManagement publicities;

	private final Clock clock;

	NoticePdf(BaseManagement bases, CallManagement calls, OrganizationManagement organizations,
			Regions regions, ITemplateEngine templates, PdfRenderer pdf, MessageSource messages, PublicityManagement publicities,
			Clock clock) {
		this.publicities = publicities;
		this.clock = clock;
		this.bases = bases;
		this.calls = calls;
		this.organizations = organizations;
		this.regions = regions;
		this.templates = templates;
		this.pdf = pdf;
		this.messages = messages;
	}

	/** @throws BusinessException not found for a call the public cannot see or one without recognised bases */
	public byte[] render(long callId, Locale locale) {
		return pdf.render(xhtml(callId, locale));
	}

	String xhtml(long callId, Locale locale) {
		Call call = calls.get(null, callId);
		List<BaseView> recognised = bases.ofCall(callId);
		if (recognised.isEmpty()) {
			throw BusinessException.notFound();
		}
		BaseView first = recognised.get(0);
		String levelTitle = bases.title(first, locale);
		String authorityRegion = bases.authorityRegionFullName(call.authorityId());
		boolean national = recognised.stream().anyMatch(b -> b.level() == ProfileLevel.NATIONAL);
		// the day the call recognised its bases (a re-confirmed base keeps the day it was first recognised);
		// failing a recorded recognition, the latest day among the bases
		LocalDate date = publicities.of(callId)
			.map(Publicity::recognizedAt)
			.map(at -> LocalDate.ofInstant(at, clock.getZone()))
			.orElseGet(() -> recognised.stream().map(BaseView::recognizedOn).max(Comparator.naturalOrder()).orElseThrow());
		DateTimeFormatter dates = DateTimeFormatter.ofPattern(messages.getMessage("plaque.datePattern", null, locale),
				locale);
		String separator = messages.getMessage("plaque.fieldSeparator", null, locale);

		Map<String, Object> model = new HashMap<>();
		model.put("lang", locale.toLanguageTag());
		model.put("heading", PdfRenderer.xmlText(messages.getMessage("plaque.notice.heading",
				new Object[] { batch(call, locale), levelTitle }, locale)));
		model.put("callTitle", PdfRenderer.xmlText(call.details().title()));
		model.put("levelTitle", levelTitle);
		model.put("count", recognised.size());
		model.put("authority", PdfRenderer.xmlText(organizations.get(call.authorityId()).name()));
		model.put("date", dates.format(date));
		model.put("national", national);
		model.put("rows", recognised.stream()
			.map(b -> new Row(b.number(), PdfRenderer.xmlText(b.name()), region(b.regionCode(), authorityRegion),
					b.fields().isEmpty() ? null : PdfRenderer.xmlText(String.join(separator, b.fields())), b.subsidyYuan()))
			.toList());
		model.put("pageNumbers", pageNumbers(locale));
		return templates.process(TEMPLATE, new Context(locale, model));
	}

	/** 2026年第六批: the call's year and batch as the authority named them; either may be missing. */
	private String batch(Call call, Locale locale) {
		StringBuilder batch = new StringBuilder();
		if (call.details().year() != null && call.details().year() > 0) {
			batch.append(messages.getMessage("plaque.notice.year", new Object[] { call.details().year() }, locale));
		}
		if (call.details().batchName() != null && !call.details().batchName().isBlank()) {
			batch.append(call.details().batchName().strip());
		}
		return PdfRenderer.xmlText(batch.toString());
	}

	/** The region below the authority's own: 福州市 鼓楼区 in Fujian's list, the full name in a national one. */
	private String region(String code, String authorityRegion) {
		String full = regions.fullName(code);
		if (!authorityRegion.isEmpty() && full.startsWith(authorityRegion + " ")) {
			return full.substring(authorityRegion.length() + 1);
		}
		return full;
	}

	/** The footer as CSS {@code content}: the locale's words around the page counters. */
	private String pageNumbers(Locale locale) {
		String text = messages.getMessage("plaque.notice.pageNumbers", new Object[] { "\uE000", "\uE001" }, locale);
		StringBuilder css = new StringBuilder();
		for (String part : text.split("(?=[\uE000\uE001])|(?<=[\uE000\uE001])")) {
			if (part.equals("\uE000")) {
				css.append(" counter(page)");
			}
			else if (part.equals("\uE001")) {
				css.append(" counter(pages)");
			}
			else if (!part.isEmpty()) {
				css.append(" \"").append(part.replace("\\", "\\\\").replace("\"", "\\\"")).append('"');
			}
		}
		return css.toString().strip();
	}

	record Row(String number, String name, String region, String fields, Long subsidyYuan) {
	}
}
