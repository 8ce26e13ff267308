package cn.cebase.evaluation;

import java.io.ByteArrayInputStream;
import java.security.SecureRandom;
import java.sql.Timestamp;
import java.time.Clock;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

import cn.cebase.identity.CurrentUser;
import cn.cebase.identity.IdentityManagement;
import cn.cebase.identity.NewUser;
import cn.cebase.identity.Role;
import cn.cebase.organization.Regions;
import cn.cebase.shared.AuditableAction;
import cn.cebase.shared.BusinessException;
import cn.cebase.shared.TypedText;
import cn.cebase.shared.UnifiedSocialCreditCode;
import cn.idev.excel.FastExcel;

import org.springframework.context.ApplicationEventPublisher;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * 专家库: an authority keeps its pool of experts. Each expert gets an account with the EXPERT role
 * and a temporary password to change at first sign-in. A list comes in from Excel; every wrong
 * cell is reported by row and column, and nothing is imported until the whole file is right.
 */
@Service
@Transactional
public class ExpertPool {

	/** The columns of the import template, in order. */
	public static final List<String> COLUMNS = List.of("name", "employer", "employerCreditCode", "regionCode",
			"titleSeries", "titleLevel", "fields", "phone", "email", "username");

	private static final String PASSWORD_ALPHABET = "abcdefghjkmnpqrstuvwxyzABCDEFGHJKLMNPQRSTUVWXYZ";

	private final JdbcClient jdbc;

	private final IdentityManagement identity;

	private final Regions regions;

	private final ApplicationEventPublisher events;

	private final Clock clock;

	private final SecureRandom random = new SecureRandom();

	ExpertPool(JdbcClient jdbc, IdentityManagement identity, Regions regions, ApplicationEventPublisher events,
			Clock clock) {
		this.jdbc = jdbc;
		this.identity = identity;
		this.regions = regions;
		this.events = events;
		this.clock = clock;
	}

	/** An expert added to the pool, with the temporary password to hand over once. */
	public record Added(Expert expert, String temporaryPassword) {
	}

	/** One wrong cell of an import: the spreadsheet row (as Excel numbers it), the column and why. */
	public record RowProblem(int row, String column, String messageKey, List<Object> args) {

		public Object[] argsArray() {
			return args.toArray();
		}
	}

	/** What an import did: how many rows it read, what was wrong, and whom it added. */
	public record ImportReport(int rows, List<RowProblem> problems, List<Added> added) {
	}

	public Added add(CurrentUser actor, ExpertDetails details) {
		long authorityId = authorityOf(actor);
		List<BusinessException> problems = problemsWith(details);
		if (!problems.isEmpty()) {
			throw BusinessException.invalid(problems);
		}
		return insert(authorityId, details);
	}

	/** Reads an .xlsx in the template's columns; imports every row or, if any is wrong, none. */
	public ImportReport importExcel(CurrentUser actor, byte[] xlsx) {
		long authorityId = authorityOf(actor);
		List<Map<Integer, String>> rows;
		try {
			rows = FastExcel.read(new ByteArrayInputStream(xlsx)).headRowNumber(1).sheet().doReadSync();
		}
		catch (RuntimeException ex) {
			throw BusinessException.invalidField("file", "expert.import.unreadable");
		}
		if (rows.isEmpty()) {
			throw BusinessException.invalidField("file", "expert.import.empty");
		}
		List<RowProblem> problems = new ArrayList<>();
		List<ExpertDetails> valid = new ArrayList<>();
		Set<String> usernames = new HashSet<>();
		for (int i = 0; i < rows.size(); i++) {
			int excelRow = i + 2;
			Map<Integer, String> row = rows.get(i);
			String level = cell(row, 5);
			TitleLevel titleLevel = parseLevel(level);
			ExpertDetails details = new ExpertDetails(cell(row, 0), cell(row, 1), cell(row, 2), cell(row, 3), cell(row, 4),
					titleLevel, cell(row, 6) == null ? List.of() : Arrays.asList(cell(row, 6).split("[、,，;；\\n]")),
					cell(row, 7), cell(row, 8), cell(row, 9));
			List<BusinessException> rowProblems = new ArrayList<>(problemsWith(details));
			if (level != null && titleLevel == null) {
				rowProblems.removeIf(p -> "titleLevel".equals(p.field()));
				rowProblems.add(BusinessException.invalidField("titleLevel", "expert.titleLevel.unknown", level));
			}
			String username = usernameFor(details);
			if (username != null && !usernames.add(username)) {
				rowProblems.add(BusinessException.invalidField("username", "expert.import.duplicateInFile", username));
			}
			for (BusinessException p : rowProblems) {
				problems.add(new RowProblem(excelRow, p.field(), p.messageKey(), Arrays.asList(p.args())));
			}
			valid.add(details);
		}
		if (!problems.isEmpty()) {
			return new ImportReport(rows.size(), problems, List.of());
		}
		List<Added> added = valid.stream().map(d -> insert(authorityId, d)).toList();
		events.publishEvent(AuditableAction.of("expert.import", "organization", authorityId)
			.withChanges(Map.of("rows", String.valueOf(added.size()))));
		return new ImportReport(rows.size(), List.of(), added);
	}

	/** Everything wrong with an expert's details, each beside its field. */
	public List<BusinessException> problemsWith(ExpertDetails d) {
		List<BusinessException> problems = new ArrayList<>();
		TypedText.checked(problems, "name", d.name(), 50, true);
		TypedText.checked(problems, "employer", d.employer(), 200, true);
		TypedText.checked(problems, "titleSeries", d.titleSeries(), 50, true);
		if (d.employerCreditCode() != null && !d.employerCreditCode().isBlank()) {
			UnifiedSocialCreditCode.problemWith(UnifiedSocialCreditCode.normalize(d.employerCreditCode()))
				.ifPresent(key -> problems.add(BusinessException.invalidField("employerCreditCode", key)));
		}
		if (d.regionCode() == null || d.regionCode().isBlank()) {
			problems.add(BusinessException.invalidField("regionCode", "validation.required"));
		}
		else if (!regions.isKnown(d.regionCode().strip())) {
			problems.add(BusinessException.invalidField("regionCode", "region.unknown", d.regionCode().strip()));
		}
		if (d.titleLevel() == null) {
			problems.add(BusinessException.invalidField("titleLevel", "validation.required"));
		}
		if (d.fields().isEmpty()) {
			problems.add(BusinessException.invalidField("fields", "validation.required"));
		}
		else if (String.join("\n", d.fields()).length() > 1000) {
			problems.add(BusinessException.invalidField("fields", "validation.tooLong", 1000));
		}
		if (d.phone() == null || d.phone().isBlank()) {
			problems.add(BusinessException.invalidField("phone", "validation.required"));
		}
		else if (!d.phone().strip().matches("1\\d{10}|[0-9+()\\- ]{7,30}")) {
			problems.add(BusinessException.invalidField("phone", "expert.phone.invalid"));
		}
		if (d.email() != null && !d.email().isBlank() && !d.email().strip().matches("[^@\\s]+@[^@\\s]+\\.[^@\\s]+")) {
			problems.add(BusinessException.invalidField("email", "expert.email.invalid"));
		}
		String username = usernameFor(d);
		if (username != null) {
			try {
				identity.checkUsername(username);
			}
			catch (BusinessException ex) {
				problems.add(BusinessException.invalidField("username", ex.messageKey(), ex.args()));
			}
		}
		return problems;
	}

	@Transactional(readOnly = true)
	public List<Expert> list(CurrentUser actor) {
		return jdbc.sql(SELECT + " where e.authority_id = ? order by e.name, e.id").param(authorityOf(actor)).query(this::map).list();
	}

	/** The pool of an authority, for the draw. */
	@Transactional(readOnly = true)
	List<Expert> activePoolOf(long authorityId) {
		return jdbc.sql(SELECT + " where e.authority_id = ? and e.active order by e.id").param(authorityId).query(this::map).list();
	}

	/** The expert record of a signed-in expert, if it has one. */
	@Transactional(readOnly = true)
	public Optional<Expert> ofUser(long userId) {
		return jdbc.sql(SELECT + " where e.user_id = ?").param(userId).query(this::map).optional();
	}

	@Transactional(readOnly = true)
	public Optional<Expert> find(long id) {
		return jdbc.sql(SELECT + " where e.id = ?").param(id).query(this::map).optional();
	}

	private Added insert(long authorityId, ExpertDetails d) {
		String username = usernameFor(d);
		String password = temporaryPassword();
		long userId = identity.create(new NewUser(username, password, d.name().strip(), authorityId, Set.of(Role.EXPERT),
				blank(d.email()), d.phone().strip(), true));
		long id = jdbc.sql("insert into expert (authority_id, user_id, name, employer, employer_credit_code, region_code,"
				+ " title_series, title_level, fields, phone, email, created_at) values (?,?,?,?,?,?,?,?,?,?,?,?) returning id")
			.params(authorityId, userId, d.name().strip(), d.employer().strip(),
					UnifiedSocialCreditCode.normalize(blank(d.employerCreditCode())),
					d.regionCode().strip(), d.titleSeries().strip(), d.titleLevel().name(), String.join("\n", d.fields()),
					d.phone().strip(), blank(d.email()), Timestamp.from(clock.instant()))
			.query(Long.class)
			.single();
		Map<String, String> changes = new LinkedHashMap<>();
		changes.put("name", d.name().strip());
		changes.put("employer", d.employer().strip());
		changes.put("username", username);
		events.publishEvent(AuditableAction.of("expert.add", "expert", id).withChanges(changes));
		return new Added(find(id).orElseThrow(), password);
	}

	/** The username asked for, or one made from the phone number: zj13800000000. */
	private static String usernameFor(ExpertDetails d) {
		if (d.username() != null && !d.username().isBlank()) {
			return d.username().strip();
		}
		String digits = d.phone() == null ? "" : d.phone().replaceAll("\\D", "");
		// no username is made from a phone number that is itself wrong: that is reported once, at the phone
		return digits.length() < 7 ? null : "zj" + digits;
	}

	/** Ten characters, letters and digits both, never containing the username. */
	private String temporaryPassword() {
		StringBuilder s = new StringBuilder();
		for (int i = 0; i < 6; i++) {
			s.append(PASSWORD_ALPHABET.charAt(random.nextInt(PASSWORD_ALPHABET.length())));
		}
		for (int i = 0; i < 4; i++) {
			s.append(random.nextInt(10));
		}
		return s.toString();
	}

	private static TitleLevel parseLevel(String text) {
		if (text == null) {
			return null;
		}
		return switch (text.strip()) {
			case "正高", "正高级", "SENIOR" -> TitleLevel.SENIOR;
			case "副高", "副高级", "ASSOCIATE_SENIOR" -> TitleLevel.ASSOCIATE_SENIOR;
			case "中级", "INTERMEDIATE" -> TitleLevel.INTERMEDIATE;
			case "助理", "助理级", "ASSISTANT" -> TitleLevel.ASSISTANT;
			case "员级", "JUNIOR" -> TitleLevel.JUNIOR;
			default -> null;
		};
	}

	private static String cell(Map<Integer, String> row, int index) {
		String value = row.get(index);
		return value == null || value.isBlank() ? null : value.strip();
	}

	private static String blank(String s) {
		return s == null || s.isBlank() ? null : s.strip();
	}

	/** The authority whose pool the actor keeps. */
	private static long authorityOf(CurrentUser actor) {
		if (actor == null || !actor.has(Role.AUTHORITY)) {
			throw BusinessException.forbidden();
		}
		return actor.organizationId();
	}

	private static final String SELECT = "select e.*, u.username from expert e join user_names u on u.id = e.user_id";

	private Expert map(java.sql.ResultSet rs, int n) throws java.sql.SQLException {
		return new Expert(rs.getLong("id"), rs.getLong("authority_id"), rs.getLong("user_id"), rs.getString("username"),
				rs.getString("name"), rs.getString("employer"), rs.getString("employer_credit_code"),
				rs.getString("region_code"), rs.getString("title_series"), TitleLevel.valueOf(rs.getString("title_level")),
				List.of(rs.getString("fields").split("\n")), rs.getString("phone"), rs.getString("email"),
				rs.getBoolean("active"), rs.getTimestamp("created_at").toInstant());
	}
}
