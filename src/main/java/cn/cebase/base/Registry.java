package cn.cebase.base;

import java.text.Normalizer;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.function.Consumer;
import java.util.stream.Stream;

import cn.cebase.organization.Regions;
import cn.cebase.shared.BusinessException;
import cn.cebase.shared.PageRequest;
import cn.cebase.shared.PageResult;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * 基地名录: the public registry of bases, for anyone, signed in or not (DESIGN.md §2.5): search by
 * level, region, field, status and words of the name or number; look a base up by the number on
 * its plaque or by the code behind the plaque's QR. Read-only.
 */
@Service
@Transactional(readOnly = true)
public class Registry {

	/** Newest recognitions first; the number orders the bases of one day. */
	static final String ORDER = " order by b.recognized_on desc, b.number";

	private static final int MAX_CODE_LENGTH = 16;

	private static final int MAX_NUMBER_LENGTH = 40;

	private final JdbcClient jdbc;

	private final Bases records;

	private final Regions regions;

	Registry(JdbcClient jdbc, Bases records, Regions regions) {
		this.jdbc = jdbc;
		this.records = records;
		this.regions = regions;
	}

	/** One page of the bases that match, with the total; 20 a page unless asked otherwise, at most 100. */
	public PageResult<BaseView> search(RegistryQuery query, PageRequest page) {
		check(query);
		// the page's ids first, then their authority and region: the joins never see more than a page, even
		// when PostgreSQL runs a generic plan that cannot tell 20 matches from 9,000; the limit and offset are
		// numbers of our own, written into the statement so that even a generic plan knows them
		long offset = (long) (page.page() - 1) * page.size();
		String ids = "select b.id from base b" + where(query) + ORDER + " limit " + page.size() + " offset " + offset;
		List<BaseView> items = statement(Bases.SELECT + " where b.id in (" + ids + ")" + ORDER, query)
			.query(Bases::map)
			.list();
		long total = items.size() < page.size() && (page.page() == 1 || !items.isEmpty())
				? offset + items.size() // the last page: no need to count
				: statement("select count(*) from base b" + where(query), query).query(Long.class).single();
		return new PageResult<>(items, page.page(), page.size(), total);
	}

	/** Every base that matches, in the registry's order, one at a time: for downloads of any size. */
	public void each(RegistryQuery query, Consumer<BaseView> consumer) {
		check(query);
		try (Stream<BaseView> rows = statement(Bases.SELECT + where(query) + ORDER, query).withFetchSize(500)
			.query(Bases::map)
			.stream()) {
			rows.forEach(consumer);
		}
	}

	public Optional<BaseView> get(long id) {
		return records.find(id);
	}

	/**
	 * The bases an institution holds or held, newest first: those recognised on the platform by its
	 * account, and those imported from a list before it (SD 附件3) by its credit code. Public facts, as
	 * on the registry's own pages.
	 */
	public List<BaseView> ofInstitution(long institutionId, String creditCode) {
		return jdbc.sql(Bases.SELECT + " where b.institution_id = ? or b.institution_id is null and b.credit_code = ?"
				+ ORDER)
			.params(institutionId, creditCode)
			.query(Bases::map)
			.list();
	}

	/**
	 * The base with this 基地编号, however it was typed: spaces, full-width digits and the kind of
	 * brackets around the year ([2026], (2026), 【2026】 for 〔2026〕) do not matter.
	 */
	public Optional<BaseView> byNumber(String number) {
		String typed = compact(number);
		if (typed == null || typed.length() > MAX_NUMBER_LENGTH) {
			return Optional.empty();
		}
		String canonical = canonicalNumber(typed);
		Optional<BaseView> found = records.findByNumber(canonical);
		// a format of an authority's own may use round or square brackets on purpose
		return found.isPresent() || canonical.equals(typed) ? found : records.findByNumber(typed);
	}

	/** The base whose plaque carries this verification code; spaces, width and case do not matter. */
	public Optional<BaseView> byVerificationCode(String code) {
		String typed = normalizeCode(code);
		if (typed == null) {
			return Optional.empty();
		}
		Optional<BaseView> found = findCode(typed);
		// a code printed in groups (ABCD-EFGH) may be typed with its hyphens
		String ungrouped = typed.replace("-", "");
		return found.isPresent() || ungrouped.equals(typed) ? found : findCode(ungrouped);
	}

	private Optional<BaseView> findCode(String code) {
		return code.isEmpty() || code.length() > MAX_CODE_LENGTH ? Optional.empty() : records.findByVerificationCode(code);
	}

	/** A verification code as stored: no spaces, half-width, upper case; null when nothing is left. */
	public static String normalizeCode(String code) {
		String compact = compact(code);
		return compact == null ? null : compact.toUpperCase(Locale.ROOT);
	}

	/** A 基地编号 as the built-in formats write it: no spaces, half-width digits, 〔〕 around the year. */
	public static String normalizeNumber(String number) {
		String compact = compact(number);
		return compact == null ? null : canonicalNumber(compact);
	}

	/** NFKC makes full-width digits, letters and brackets half-width; whitespace (full-width too) goes. */
	private static String compact(String value) {
		if (value == null) {
			return null;
		}
		String compact = Normalizer.normalize(value, Normalizer.Form.NFKC).replaceAll("\\s+", "");
		return compact.isEmpty() ? null : compact;
	}

	private static String canonicalNumber(String compact) {
		return compact.replaceAll("[\\[(【〖［]", "〔").replaceAll("[\\])】〗］]", "〕");
	}

	/** Refuses a query as {@link #search} would, before anything is written for it. */
	public void validate(RegistryQuery query) {
		check(query);
	}

	private void check(RegistryQuery query) {
		if (query.regionCode() != null && !regions.isKnown(query.regionCode())) {
			throw BusinessException.invalidField("regionCode", "registry.invalid.region");
		}
	}

	/**
	 * Only the filters in use become SQL, so that each shape gets its own plan; a province or city
	 * becomes a range of codes (350000–359999), which the (level, region_code, status) index serves.
	 * Indexes and measurements: V20261125_1101__registry_indexes.sql.
	 */
	private static String where(RegistryQuery query) {
		StringBuilder where = new StringBuilder(" where true");
		if (!query.allStatuses()) {
			where.append(" and b.status in (:statuses)");
		}
		if (query.level() != null) {
			where.append(" and b.level = :level");
		}
		if (query.regionCode() != null) {
			where.append(regionPrefixLength(query.regionCode()) == 6 ? " and b.region_code = :regionFrom"
					: " and b.region_code between :regionFrom and :regionTo");
		}
		if (query.field() != null) {
			where.append(isShort(query.field()) ? " and strpos(b.fields, :field) > 0" : " and b.fields like :field");
		}
		if (query.text() != null) {
			// a number has more than two characters: a short search can only be part of a name
			where.append(isShort(query.text()) ? " and strpos(b.name, :text) > 0"
					: " and (b.name like :text or b.number like :number)");
		}
		return where.toString();
	}

	private JdbcClient.StatementSpec statement(String sql, RegistryQuery query) {
		JdbcClient.StatementSpec spec = jdbc.sql(sql);
		if (!query.allStatuses()) {
			spec = spec.param("statuses", query.statuses().stream().map(Enum::name).sorted().toList());
		}
		if (query.level() != null) {
			spec = spec.param("level", query.level().name());
		}
		if (query.regionCode() != null) {
			String prefix = query.regionCode().substring(0, regionPrefixLength(query.regionCode()));
			spec = spec.param("regionFrom", (prefix + "000000").substring(0, 6));
			if (prefix.length() < 6) {
				spec = spec.param("regionTo", (prefix + "999999").substring(0, 6));
			}
		}
		if (query.field() != null) {
			spec = spec.param("field", isShort(query.field()) ? query.field() : contains(query.field()));
		}
		if (query.text() != null) {
			spec = isShort(query.text()) ? spec.param("text", query.text())
					: spec.param("text", contains(query.text())).param("number", contains(normalizeNumber(query.text())));
		}
		return spec;
	}

	/**
	 * pg_trgm takes no trigram from one or two characters, so such a search is not written with LIKE:
	 * strpos reads the table (about 3 ms for 10,000 bases), and no plan, custom or generic, can choose
	 * to scan a whole trigram index for it.
	 */
	static boolean isShort(String text) {
		return text.codePointCount(0, text.length()) < 3;
	}

	/** 350000 → 2 (the province), 350100 → 4 (the city), 350102 → 6 (the county itself). */
	static int regionPrefixLength(String code) {
		if (code.endsWith("0000")) {
			return 2;
		}
		return code.endsWith("00") ? 4 : 6;
	}

	private static String contains(String text) {
		return "%" + text.replace("\\", "\\\\").replace("%", "\\%").replace("_", "\\_") + "%";
	}
}
