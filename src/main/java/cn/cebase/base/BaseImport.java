package cn.cebase.base;

import java.io.ByteArrayInputStream;
import java.time.Clock;
import java.time.LocalDate;
import java.time.format.DateTimeFormatter;
import java.time.format.DateTimeParseException;
import java.time.format.ResolverStyle;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.regex.Pattern;

import cn.cebase.call.CallManagement;
import cn.cebase.identity.CurrentUser;
import cn.cebase.identity.Role;
import cn.cebase.institution.Institution;
import cn.cebase.institution.InstitutionManagement;
import cn.cebase.organization.Organization;
import cn.cebase.organization.OrganizationManagement;
import cn.cebase.organization.Region;
import cn.cebase.organization.Regions;
import cn.cebase.policy.PolicyProfile;
import cn.cebase.policy.ProfileLevel;
import cn.cebase.shared.AuditableAction;
import cn.cebase.shared.BusinessException;
import cn.cebase.shared.TypedText;
import cn.cebase.shared.UnifiedSocialCreditCode;
import cn.idev.excel.FastExcel;
import cn.idev.excel.context.AnalysisContext;
import cn.idev.excel.event.AnalysisEventListener;
import cn.idev.excel.support.ExcelTypeEnum;

import org.springframework.context.ApplicationEventPublisher;
import org.springframework.dao.DuplicateKeyException;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * 原认定基地导入: an authority brings the bases it recognised before the platform (SD 附件3 原认定的
 * 省级继续教育基地名单) in from Excel, so that they can be re-confirmed (SD 三(三)), apply directly
 * (ZB 第二十五条) and appear in the registry. Every wrong cell is reported by row and column, and
 * nothing is imported until the whole file is right. An imported base has the level of the
 * authority's own policy profile; an authority without one has no bases to import.
 */
@Service
@Transactional
public class BaseImport {

	/** The columns of the import template, in order. */
	public static final List<String> COLUMNS = List.of("number", "name", "creditCode", "regionCode", "recognizedOn",
			"fields", "address", "contactPerson", "contactPhone");

	/** Dates as people type them in a spreadsheet, and as a date cell reads when formatted. */
	private static final List<DateTimeFormatter> DATES = List.of("uuuu-M-d", "uuuu/M/d", "uuuu.M.d", "uuuu年M月d日", "uuuuMMdd")
		.stream()
		.map(p -> DateTimeFormatter.ofPattern(p).withResolverStyle(ResolverStyle.STRICT))
		.toList();

	/** A date cell left unformatted reads as its serial number, counted from this day. */
	private static final LocalDate EXCEL_EPOCH = LocalDate.of(1899, 12, 30);

	private static final Pattern SERIAL = Pattern.compile("\\d{5}(\\.0+)?");

	private static final Pattern PHONE = Pattern.compile("1\\d{10}|[0-9+()\\-— ]{7,40}");

	private final Bases records;

	private final CallManagement calls;

	private final OrganizationManagement organizations;

	private final Regions regions;

	private final InstitutionManagement institutions;

	private final ApplicationEventPublisher events;

	private final Clock clock;

	BaseImport(Bases records, CallManagement calls, OrganizationManagement organizations,
			Regions regions, InstitutionManagement institutions, ApplicationEventPublisher events, Clock clock) {
		this.records = records;
		this.calls = calls;
		this.organizations = organizations;
		this.regions = regions;
		this.institutions = institutions;
		this.events = events;
		this.clock = clock;
	}

	/** One row as read from the template, every cell as typed (null when empty). */
	public record ExistingBase(String number, String name, String creditCode, String regionCode, String recognizedOn,
			String fields, String address, String contactPerson, String contactPhone) {
	}

	/** One wrong cell of an import: the spreadsheet row (as Excel numbers it), the column and why. */
	public record RowProblem(int row, String column, String messageKey, List<Object> args) {

		public RowProblem {
			args = List.copyOf(args);
		}

		public Object[] argsArray() {
			return args.toArray();
		}

		/** The cell as a spreadsheet names it, such as C3. */
		public String cell() {
			return (char) ('A' + COLUMNS.indexOf(column)) + String.valueOf(row);
		}
	}

	/** What an import did: how many rows it read, what was wrong, and the bases it added. */
	public record ImportReport(int rows, List<RowProblem> problems, List<BaseView> imported) {

		public ImportReport {
			problems = List.copyOf(problems);
			imported = List.copyOf(imported);
		}
	}

	/**
	 * The level the actor's bases have: that of the policy profile its calls are opened from
	 * ({@link CallManagement#profilesFor}); empty for an authority without one.
	 */
	@Transactional(readOnly = true)
	public Optional<ProfileLevel> levelOf(CurrentUser actor) {
		authorityOf(actor);
		return calls.profilesFor(actor).stream().map(PolicyProfile::level).findFirst();
	}

	/** Reads an .xlsx in the template's columns; imports every row or, if any is wrong, none. */
	public ImportReport importExcel(CurrentUser actor, byte[] xlsx) {
		ProfileLevel level = importingLevel(actor);
		// an .xlsx is a zip archive; anything else would be guessed at as CSV and read as nothing
		if (xlsx == null || xlsx.length < 4 || xlsx[0] != 'P' || xlsx[1] != 'K' || xlsx[2] != 3 || xlsx[3] != 4) {
			throw BusinessException.invalidField("file", "base.import.unreadable");
		}
		List<ExistingBase> bases = new ArrayList<>();
		List<Integer> sheetRows = new ArrayList<>();
		try {
			FastExcel.read(new ByteArrayInputStream(xlsx), new AnalysisEventListener<Map<Integer, String>>() {

				@Override
				public void invoke(Map<Integer, String> row, AnalysisContext context) {
					if (row.values().stream().anyMatch(v -> v != null && !v.isBlank())) {
						bases.add(new ExistingBase(cell(row, 0), cell(row, 1), cell(row, 2), cell(row, 3), cell(row, 4),
								cell(row, 5), cell(row, 6), cell(row, 7), cell(row, 8)));
						// the row as Excel numbers it, even where blank rows were skipped before it
						sheetRows.add(context.readRowHolder().getRowIndex() + 1);
					}
				}

				@Override
				public void doAfterAllAnalysed(AnalysisContext context) {
				}
			}).excelType(ExcelTypeEnum.XLSX).headRowNumber(1).sheet().doRead();
		}
		catch (RuntimeException ex) {
			throw BusinessException.invalidField("file", "base.import.unreadable");
		}
		return importRows(actor, level, bases, sheetRows);
	}

	/**
	 * Imports the rows, numbered as in a sheet whose first row holds the headings; every row or,
	 * if any is wrong, none.
	 */
	public ImportReport importRows(CurrentUser actor, List<ExistingBase> bases) {
		List<Integer> sheetRows = new ArrayList<>();
		for (int i = 0; i < bases.size(); i++) {
			sheetRows.add(i + 2);
		}
		return importRows(actor, importingLevel(actor), bases, sheetRows);
	}

	private ImportReport importRows(CurrentUser actor, ProfileLevel level, List<ExistingBase> typed, List<Integer> sheetRows) {
		List<ExistingBase> bases = typed.stream().map(BaseImport::cleaned).toList();
		if (bases.isEmpty()) {
			throw BusinessException.invalidField("file", "base.import.empty");
		}
		Organization authority = organizations.get(actor.organizationId());
		List<RowProblem> problems = new ArrayList<>();
		Map<String, Integer> numbers = new HashMap<>();
		Map<String, Integer> codes = new HashMap<>();
		for (int i = 0; i < bases.size(); i++) {
			int row = sheetRows.get(i);
			ExistingBase base = bases.get(i);
			List<BusinessException> cells = problemsWith(base, authority, level);
			String number = base.number() == null ? null : base.number().strip();
			Integer first = number == null ? null : numbers.putIfAbsent(number, row);
			if (first != null) {
				cells.add(BusinessException.invalidField("number", "base.import.numberTwice", first));
			}
			String code = UnifiedSocialCreditCode.normalize(base.creditCode());
			Integer firstCode = code == null ? null : codes.putIfAbsent(code, row);
			if (firstCode != null) {
				cells.add(BusinessException.invalidField("creditCode", "base.import.creditCodeTwice", firstCode));
			}
			cells.forEach(p -> problems.add(new RowProblem(row, p.field(), p.messageKey(), Arrays.asList(p.args()))));
		}
		if (!problems.isEmpty()) {
			// as a person reads the sheet: row by row, left to right
			problems.sort(java.util.Comparator.comparingInt(RowProblem::row).thenComparingInt(p -> COLUMNS.indexOf(p.column())));
			return new ImportReport(bases.size(), problems, List.of());
		}
		List<BaseView> imported = new ArrayList<>();
		try {
			for (ExistingBase base : bases) {
				imported.add(insert(base, authority, level));
			}
		}
		catch (DuplicateKeyException ex) {
			// another import took a number since the check: nothing of this file stays
			throw BusinessException.conflict("base.import.changed");
		}
		return new ImportReport(bases.size(), List.of(), imported);
	}

	/** Everything wrong with one row, each beside its column. */
	private List<BusinessException> problemsWith(ExistingBase base, Organization authority, ProfileLevel level) {
		List<BusinessException> problems = new ArrayList<>();
		if (text(problems, "number", base.number(), 40, true) && records.numberTaken(base.number().strip())) {
			problems.add(BusinessException.invalidField("number", "base.number.taken", base.number().strip()));
		}
		text(problems, "name", base.name(), 200, true);
		String code = UnifiedSocialCreditCode.normalize(base.creditCode());
		Optional<String> codeProblem = UnifiedSocialCreditCode.problemWith(code);
		if (codeProblem.isPresent()) {
			problems.add(BusinessException.invalidField("creditCode",
					codeProblem.get().equals("creditCode.required") ? "validation.required" : codeProblem.get()));
		}
		else if (records.holdsTitleAt(code, authority.id(), level)) {
			problems.add(BusinessException.invalidField("creditCode", "base.creditCode.alreadyHolds"));
		}
		String region = base.regionCode() == null ? null : base.regionCode().strip();
		if (region == null) {
			problems.add(BusinessException.invalidField("regionCode", "validation.required"));
		}
		else if (!regions.isKnown(region)) {
			problems.add(BusinessException.invalidField("regionCode", "base.region.unknown", region));
		}
		else if (!within(region, authority)) {
			problems.add(BusinessException.invalidField("regionCode", "base.region.outside", region,
					regions.fullName(authority.regionCode())));
		}
		if (base.recognizedOn() == null) {
			problems.add(BusinessException.invalidField("recognizedOn", "validation.required"));
		}
		else {
			LocalDate date = date(base.recognizedOn());
			if (date == null) {
				problems.add(BusinessException.invalidField("recognizedOn", "base.recognizedOn.invalid", base.recognizedOn()));
			}
			else if (date.isAfter(LocalDate.now(clock))) {
				problems.add(BusinessException.invalidField("recognizedOn", "validation.notInFuture"));
			}
		}
		if (String.join(Bases.FIELD_SEPARATOR, fields(base.fields())).length() > 500) {
			problems.add(BusinessException.invalidField("fields", "validation.tooLong", 500));
		}
		text(problems, "address", base.address(), 300, false);
		text(problems, "contactPerson", base.contactPerson(), 50, false);
		if (text(problems, "contactPhone", base.contactPhone(), 40, false) && base.contactPhone() != null
				&& !PHONE.matcher(base.contactPhone().strip()).matches()) {
			problems.add(BusinessException.invalidField("contactPhone", "validation.phone"));
		}
		return problems;
	}

	private BaseView insert(ExistingBase row, Organization authority, ProfileLevel level) {
		String code = UnifiedSocialCreditCode.normalize(row.creditCode());
		Long institutionId = institutions.findByCreditCode(code).map(Institution::id).orElse(null);
		BaseView base = new BaseView(0, row.number().strip(), null, institutionId, row.name().strip(), code,
				level, authority.id(), authority.name(), row.regionCode().strip(), null, fields(row.fields()),
				date(row.recognizedOn()), BaseStatus.ACTIVE, null, null, BaseView.Source.IMPORTED, null, blank(row.address()),
				blank(row.contactPerson()), blank(row.contactPhone()), null, null);
		long id = records.insert(base, clock.instant());
		Map<String, String> changes = new LinkedHashMap<>();
		changes.put("number", base.number());
		changes.put("name", base.name());
		changes.put("creditCode", code);
		changes.put("level", level.name());
		changes.put("recognizedOn", base.recognizedOn().toString());
		if (institutionId != null) {
			changes.put("institution", String.valueOf(institutionId));
		}
		events.publishEvent(AuditableAction.of("base.import", "base", id).withChanges(changes));
		return records.find(id).orElseThrow();
	}

	/** The bases the actor's authority recognised, imported or not, by number. */
	@Transactional(readOnly = true)
	public List<BaseView> ofMyAuthority(CurrentUser actor) {
		long authorityId = authorityOf(actor);
		return records.ofAuthority(authorityId);
	}

	/** A region within the authority's own: its province, city or county or one below; MOHRSS's is the country. */
	private boolean within(String regionCode, Organization authority) {
		return authority.regionCode() == null
				|| regions.lineage(regionCode).stream().map(Region::code).anyMatch(authority.regionCode()::equals);
	}

	private ProfileLevel importingLevel(CurrentUser actor) {
		return levelOf(actor).orElseThrow(() -> BusinessException.forbidden("base.import.noProfile"));
	}

	static LocalDate date(String text) {
		String value = text.strip();
		if (SERIAL.matcher(value).matches()) {
			return EXCEL_EPOCH.plusDays(Long.parseLong(value.replaceAll("\\..*", "")));
		}
		// a formatted date cell may carry a time of day
		String day = value.replaceAll("\\s+\\d{1,2}:\\d{2}(:\\d{2})?$", "");
		for (DateTimeFormatter format : DATES) {
			try {
				return LocalDate.parse(day, format);
			}
			catch (DateTimeParseException ex) {
				// try the next way of writing it
			}
		}
		return null;
	}

	static List<String> fields(String text) {
		return text == null ? List.of()
				: Arrays.stream(text.split("[、,，;；\\r\\n]+")).map(String::strip).filter(s -> !s.isEmpty()).distinct().toList();
	}

	/** Whether the cell holds a text within its length, noting the problem when not. */
	private static boolean text(List<BusinessException> problems, String field, String value, int max, boolean required) {
		return TypedText.checked(problems, field, value, max, required) != null;
	}

	/** Cells stripped, and an empty one as null, however the row came in. */
	private static ExistingBase cleaned(ExistingBase b) {
		return new ExistingBase(blank(b.number()), blank(b.name()), blank(b.creditCode()), blank(b.regionCode()),
				blank(b.recognizedOn()), blank(b.fields()), blank(b.address()), blank(b.contactPerson()),
				blank(b.contactPhone()));
	}

	private static String cell(Map<Integer, String> row, int index) {
		String value = row.get(index);
		return value == null || value.isBlank() ? null : value.strip();
	}

	private static String blank(String s) {
		return s == null || s.isBlank() ? null : s.strip();
	}

	private static long authorityOf(CurrentUser actor) {
		if (actor == null || !actor.has(Role.AUTHORITY)) {
			throw BusinessException.forbidden();
		}
		return actor.organizationId();
	}
}
