package cn.cebase.institution;

import java.sql.Date;
import java.sql.Timestamp;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.function.Consumer;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

/** Read models for lists, exports and histories; every list query is filtered by a scope prefix. */
@Repository
class InstitutionQueries {

	private final JdbcClient jdbc;

	InstitutionQueries(JdbcClient jdbc) {
		this.jdbc = jdbc;
	}

	record Row(long id, String creditCode, String name, InstitutionType type, String regionCode,
			InstitutionStatus status, Instant registeredAt, String address, String legalRepresentative,
			String contactName, String contactPhone) {
	}

	List<Row> page(String scopePrefix, InstitutionFilter filter, int limit, int offset) {
		return statement("select * from institution" + where(filter) + " order by registered_at desc, id desc limit :limit offset :offset",
				scopePrefix, filter)
			.param("limit", limit)
			.param("offset", offset)
			.query(InstitutionQueries::row)
			.list();
	}

	long count(String scopePrefix, InstitutionFilter filter) {
		return statement("select count(*) from institution" + where(filter), scopePrefix, filter).query(Long.class).single();
	}

	/** Streams every matching row, for exports of any size without holding them all. */
	void each(String scopePrefix, InstitutionFilter filter, Consumer<Row> consumer) {
		try (var rows = statement("select * from institution" + where(filter) + " order by registered_at desc, id desc",
				scopePrefix, filter).withFetchSize(1000).query(InstitutionQueries::row).stream()) {
			rows.forEach(consumer);
		}
	}

	long countByStatus(String scopePrefix, InstitutionStatus status) {
		return jdbc.sql("select count(*) from institution where scope_path like ? and status = ?")
			.params(scopePrefix, status.name())
			.query(Long.class)
			.single();
	}

	void insertChange(long institutionId, String field, String before, String after, String reason, long by, Instant at) {
		jdbc.sql("insert into institution_change (institution_id, field, before_value, after_value, reason, changed_by, changed_at)"
				+ " values (?,?,?,?,?,?,?)")
			.params(institutionId, field, before, after, reason, by, Timestamp.from(at))
			.update();
	}

	List<ChangeRecord> changes(long institutionId) {
		return jdbc.sql("select c.*, u.display_name from institution_change c left join user_names u on u.id = c.changed_by"
				+ " where c.institution_id = ? order by c.changed_at desc, c.id desc")
			.param(institutionId)
			.query((rs, n) -> new ChangeRecord(rs.getLong("id"), rs.getString("field"), rs.getString("before_value"),
					rs.getString("after_value"), rs.getString("reason"), rs.getLong("changed_by"),
					rs.getString("display_name"), rs.getTimestamp("changed_at").toInstant()))
			.list();
	}

	void insertCreditRecord(long institutionId, CreditRecordKind kind, LocalDate occurredOn, String source, String note,
			long by, Instant at) {
		jdbc.sql("insert into credit_record (institution_id, kind, occurred_on, source, note, recorded_by, recorded_at)"
				+ " values (?,?,?,?,?,?,?)")
			.params(institutionId, kind.name(), Date.valueOf(occurredOn), source, note, by, Timestamp.from(at))
			.update();
	}

	List<CreditRecord> creditRecords(long institutionId) {
		return jdbc.sql("select r.*, u.display_name from credit_record r left join user_names u on u.id = r.recorded_by"
				+ " where r.institution_id = ? order by r.occurred_on desc, r.id desc")
			.param(institutionId)
			.query((rs, n) -> new CreditRecord(rs.getLong("id"), CreditRecordKind.valueOf(rs.getString("kind")),
					rs.getDate("occurred_on").toLocalDate(), rs.getString("source"), rs.getString("note"),
					rs.getLong("recorded_by"), rs.getString("display_name"), rs.getTimestamp("recorded_at").toInstant()))
			.list();
	}

	/**
	 * Only the filters in use become SQL, so that PostgreSQL plans each shape with its own index
	 * (trigram for the name, path prefix for the scope) instead of one generic plan for all.
	 */
	private static String where(InstitutionFilter filter) {
		StringBuilder where = new StringBuilder(" where scope_path like :scope");
		String text = filter.textOrNull();
		if (text != null && isShort(text)) {
			// a credit code has 18 characters: a short search can only match names
			where.append(" and string_to_array(name, null) @> string_to_array(:text, null) and strpos(name, :text) > 0");
		}
		else if (text != null) {
			where.append(" and (name like :textPattern or credit_code = :code)");
		}
		if (filter.status() != null) {
			where.append(" and status = :status");
		}
		if (filter.type() != null) {
			where.append(" and type = :type");
		}
		if (filter.regionPrefixOrNull() != null) {
			where.append(" and region_code like :region");
		}
		return where.toString();
	}

	private JdbcClient.StatementSpec statement(String sql, String scopePrefix, InstitutionFilter filter) {
		JdbcClient.StatementSpec spec = jdbc.sql(sql).param("scope", scopePrefix);
		String text = filter.textOrNull();
		if (text != null && isShort(text)) {
			spec = spec.param("text", text);
		}
		else if (text != null) {
			String escaped = text.replace("\\", "\\\\").replace("%", "\\%").replace("_", "\\_");
			spec = spec.param("textPattern", "%" + escaped + "%").param("code", text.toUpperCase(java.util.Locale.ROOT));
		}
		if (filter.status() != null) {
			spec = spec.param("status", filter.status().name());
		}
		if (filter.type() != null) {
			spec = spec.param("type", filter.type().name());
		}
		if (filter.regionPrefixOrNull() != null) {
			spec = spec.param("region", filter.regionPrefixOrNull());
		}
		return spec;
	}

	/**
	 * pg_trgm finds no trigram in a search of one or two characters ('华信'), so such a search reads
	 * the names through the character index (institution_name_chars) instead. It is written without
	 * LIKE so that no plan, custom or generic, scans the whole trigram index for it.
	 */
	static boolean isShort(String text) {
		return text.codePointCount(0, text.length()) < 3;
	}

	private static Row row(java.sql.ResultSet rs, int n) throws java.sql.SQLException {
		return new Row(rs.getLong("id"), rs.getString("credit_code"), rs.getString("name"),
				InstitutionType.valueOf(rs.getString("type")), rs.getString("region_code"),
				InstitutionStatus.valueOf(rs.getString("status")), rs.getTimestamp("registered_at").toInstant(),
				rs.getString("address"), rs.getString("legal_representative"), rs.getString("contact_name"),
				rs.getString("contact_phone"));
	}
}
