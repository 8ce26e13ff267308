package cn.cebase.base.web;

import java.io.BufferedWriter;
import java.io.IOException;
import java.io.OutputStream;
import java.io.OutputStreamWriter;
import java.io.UncheckedIOException;
import java.io.Writer;
import java.nio.charset.StandardCharsets;
import java.time.Clock;
import java.time.LocalDate;
import java.util.List;
import java.util.Locale;

import jakarta.servlet.http.HttpServletResponse;

import cn.cebase.organization.Regions;
import cn.cebase.base.BaseManagement;
import cn.cebase.base.BaseStatus;
import cn.cebase.base.Registry;
import cn.cebase.base.RegistryQuery;
import cn.cebase.shared.BusinessException;
import cn.cebase.shared.PageRequest;
import cn.cebase.shared.PageResult;
import cn.cebase.shared.web.RateLimited;
import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.Parameter;
import io.swagger.v3.oas.annotations.tags.Tag;

import org.springframework.context.MessageSource;
import org.springframework.context.i18n.LocaleContextHolder;
import org.springframework.http.ContentDisposition;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;

/** 基地名录 as open data, and the plaque check, for programs; no sign-in. */
@RestController
@RequestMapping("/api/v1/public")
@Tag(name = "registry", description = "基地名录（公开，无需登录）：按级别、地区、领域、状态和关键词查询，CSV 开放数据下载，牌匾核验")
class RegistryApiController {

	/** Excel reads a CSV as UTF-8 only when it starts with the byte order mark. */
	static final byte[] BOM = { (byte) 0xEF, (byte) 0xBB, (byte) 0xBF };

	static final List<String> COLUMNS = List.of("number", "name", "creditCode", "level", "authority", "region", "fields",
			"recognizedOn", "status", "holdsTitle", "statusChangedOn", "statusReason", "address", "contactPerson",
			"contactPhone");

	private final Registry registry;

	private final Regions regions;

	private final MessageSource messages;

	private final Clock clock;

	private final BaseManagement bases;

	RegistryApiController(Registry registry, Regions regions, MessageSource messages, Clock clock, BaseManagement bases) {
		this.bases = bases;
		this.registry = registry;
		this.regions = regions;
		this.messages = messages;
		this.clock = clock;
	}

	/** The answer to a plaque check: whether the registry issued it and what the base's status says. */
	record Verification(PlaqueCheck.By by, String input, boolean genuine, BaseStatus status, boolean holdsTitle,
			String verdict, PublicBase base) {
	}

	@GetMapping("/bases")
	@Operation(summary = "基地名录（分页，默认每页 20 条、最多 100 条；按认定日期倒序）")
	PageResult<PublicBase> list(
			@Parameter(description = "级别：NATIONAL、PROVINCIAL、MUNICIPAL") @RequestParam(required = false) String level,
			@Parameter(description = "行政区划代码（GB/T 2260，6 位）；省、市代码包含其下各地") @RequestParam(required = false) String regionCode,
			@Parameter(description = "领域（部分匹配）") @RequestParam(required = false) String field,
			@Parameter(description = "状态：ACTIVE、RECTIFYING、SUSPENDED_WORK、REVOKED、CANCELLED、LAPSED 或 ALL；不填为持有称号的基地（ACTIVE、RECTIFYING 与 SUSPENDED_WORK）") @RequestParam(required = false) String status,
			@Parameter(description = "基地名称或编号中的文字") @RequestParam(required = false) String text,
			@RequestParam(required = false) Integer page, @RequestParam(required = false) Integer size) {
		return registry.search(RegistryQuery.parse(level, regionCode, field, status, text), PageRequest.of(page, size))
			.map(base -> PublicBase.of(base, regions));
	}

	/**
	 * Every matching base, written as it is read: the rows never sit in memory together. The filters
	 * are checked before the first byte, so that a mistake still answers 400 with a problem detail.
	 */
	@GetMapping(path = "/bases.csv", produces = "text/csv")
	@Operation(summary = "基地名录 CSV 开放数据（UTF-8 带 BOM，首行为表头；条件同上，不分页）")
	void csv(@RequestParam(required = false) String level, @RequestParam(required = false) String regionCode,
			@RequestParam(required = false) String field, @RequestParam(required = false) String status,
			@RequestParam(required = false) String text, HttpServletResponse response) throws IOException {
		RegistryQuery query = RegistryQuery.parse(level, regionCode, field, status, text);
		registry.validate(query);
		Locale locale = LocaleContextHolder.getLocale();
		response.setContentType("text/csv;charset=UTF-8");
		response.setHeader("Content-Disposition", ContentDisposition.attachment()
			.filename(message("registry.csv.filename", locale, LocalDate.now(clock)), StandardCharsets.UTF_8)
			.build()
			.toString());
		OutputStream out = response.getOutputStream();
		out.write(BOM);
		Writer writer = new BufferedWriter(new OutputStreamWriter(out, StandardCharsets.UTF_8), 16 * 1024);
		Csv.row(writer, COLUMNS.stream().map(column -> message("registry.field." + column, locale)).toList());
		String yes = message("registry.yes", locale);
		String no = message("registry.no", locale);
		registry.each(query, base -> {
			try {
				Csv.row(writer, List.of(base.number(), base.name(), nullToEmpty(base.creditCode()),
						message("policy.level." + base.level(), locale), base.authorityName(),
						regions.fullName(base.regionCode()), String.join("；", base.fields()), base.recognizedOn().toString(),
						message("registry.status." + base.status(), locale), base.status().holdsTitle() ? yes : no,
						base.statusChangedOn() == null ? "" : base.statusChangedOn().toString(),
						nullToEmpty(base.statusReason()), nullToEmpty(base.address()), nullToEmpty(base.contactPerson()),
						nullToEmpty(base.contactPhone())));
			}
			catch (IOException ex) {
				throw new UncheckedIOException(ex);
			}
		});
		writer.flush();
	}

	@GetMapping("/bases/{id}")
	@Operation(summary = "一个基地")
	PublicBase get(@PathVariable long id) {
		return registry.get(id).map(base -> PublicBase.of(base, regions)).orElseThrow(BusinessException::notFound);
	}

	@GetMapping("/bases/{id}/history")
	@Operation(summary = "一个基地的资格变更记录（整改、暂停、撤销、取消、失效），按生效日期先后")
	List<PublicStatusChange> history(@PathVariable long id) {
		registry.get(id).orElseThrow(BusinessException::notFound);
		return bases.history(id).stream().map(PublicStatusChange::of).toList();
	}

	@GetMapping("/verify")
	@RateLimited("verify")
	@Operation(summary = "牌匾核验：按基地编号（number）或牌匾二维码的验证码（code）；未找到时 genuine 为 false")
	Verification verify(@Parameter(description = "基地编号，如 闽继基〔2026〕001号") @RequestParam(required = false) String number,
			@Parameter(description = "验证码（牌匾二维码中的代码）") @RequestParam(required = false) String code) {
		PlaqueCheck check = PlaqueCheck.of(registry, number, code);
		Locale locale = LocaleContextHolder.getLocale();
		return new Verification(check.by(), check.typed(), check.genuine(),
				check.genuine() ? check.base().status() : null, check.genuine() && check.base().status().holdsTitle(),
				message(check.verdictKey(), locale, check.typed().strip()),
				check.genuine() ? PublicBase.of(check.base(), regions) : null);
	}

	private String message(String key, Locale locale, Object... args) {
		return messages.getMessage(key, args, locale);
	}

	private static String nullToEmpty(String value) {
		return value == null ? "" : value;
	}

	/** RFC 4180 rows; a cell that a spreadsheet would take for a formula is written as text. */
	static final class Csv {

		private Csv() {
		}

		static void row(Writer writer, List<String> cells) throws IOException {
			for (int i = 0; i < cells.size(); i++) {
				if (i > 0) {
					writer.write(',');
				}
				writer.write(cell(cells.get(i)));
			}
			writer.write("\r\n");
		}

		static String cell(String value) {
			String text = value;
			if (!text.isEmpty() && "=+-@\t\r".indexOf(text.charAt(0)) >= 0) {
				text = "'" + text;
			}
			if (text.indexOf(',') >= 0 || text.indexOf('"') >= 0 || text.indexOf('\n') >= 0 || text.indexOf('\r') >= 0) {
				return '"' + text.replace("\"", "\"\"") + '"';
			}
			return text;
		}
	}
}
