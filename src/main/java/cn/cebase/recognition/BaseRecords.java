package cn.cebase.recognition;

import java.sql.Date;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Timestamp;
import java.time.Instant;
import java.time.LocalDate;
import java.util.Arrays;
import java.util.List;
import java.util.Optional;

import cn.cebase.policy.ProfileLevel;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

/** The {@code base} table, with the authority's and the region's names joined in for display. */
@Repository
class BaseRecords {

	static final String SELECT = "select b.*, o.name as authority_name, r.name as region_name from base b"
			+ " join organization o on o.id = b.authority_id join region r on r.code = b.region_code";

	/** Fields are stored as one string, separated by this character (never typed in a field name). */
	static final String FIELD_SEPARATOR = "；";

	private final JdbcClient jdbc;

	BaseRecords(JdbcClient jdbc) {
		this.jdbc = jdbc;
	}

	long insert(Base base, Instant now) {
		return jdbc.sql("insert into base (number, verification_code, institution_id, name, credit_code, level, authority_id,"
				+ " region_code, fields, recognized_on, status, call_id, declaration_id, source, subsidy_yuan, address,"
				+ " contact_person, contact_phone, created_at) values (?,?,?,?,?,?,?,?,?,?,?,?,?,?,?,?,?,?,?) returning id")
			.params(base.number(), base.verificationCode(), base.institutionId(), base.name(), base.creditCode(),
					base.level().name(), base.authorityId(), base.regionCode(), String.join(FIELD_SEPARATOR, base.fields()),
					Date.valueOf(base.recognizedOn()), base.status().name(), base.callId(), base.declarationId(),
					base.source().name(), base.subsidyYuan(), base.address(), base.contactPerson(), base.contactPhone(),
					Timestamp.from(now))
			.query(Long.class)
			.single();
	}

	Optional<Base> find(long id) {
		return jdbc.sql(SELECT + " where b.id = ?").param(id).query(BaseRecords::map).optional();
	}

	Optional<Base> findByNumber(String number) {
		return jdbc.sql(SELECT + " where b.number = ?").param(number).query(BaseRecords::map).optional();
	}

	Optional<Base> findByVerificationCode(String code) {
		return jdbc.sql(SELECT + " where b.verification_code = ?").param(code).query(BaseRecords::map).optional();
	}

	List<Base> ofCall(long callId) {
		// a re-confirmed base keeps its first call; it is published again with the call that re-confirmed it
		return jdbc.sql(SELECT + " where b.call_id = ? or b.id in (select base_id from base_reconfirmation where call_id = ?)"
				+ " order by b.number")
			.params(callId, callId)
			.query(BaseRecords::map)
			.list();
	}

	boolean numberTaken(String number) {
		return jdbc.sql("select count(*) from base where number = ?").param(number).query(Long.class).single() > 0;
	}

	/** The highest sequence already used under a number prefix, so that the next number follows it. */
	List<String> numbersStartingWith(String prefix) {
		return jdbc.sql("select number from base where number like ? escape '\\'")
			.param(prefix.replace("\\", "\\\\").replace("%", "\\%").replace("_", "\\_") + "%")
			.query(String.class)
			.list();
	}

	void changeStatus(long id, BaseStatus status, LocalDate on, String reason) {
		jdbc.sql("update base set status = ?, status_changed_on = ?, status_reason = ? where id = ?")
			.params(status.name(), Date.valueOf(on), reason, id)
			.update();
	}

	static Base map(ResultSet rs, int row) throws SQLException {
		Date changed = rs.getDate("status_changed_on");
		return new Base(rs.getLong("id"), rs.getString("number"), rs.getString("verification_code"),
				(Long) rs.getObject("institution_id"), rs.getString("name"), rs.getString("credit_code"),
				ProfileLevel.valueOf(rs.getString("level")), rs.getLong("authority_id"), rs.getString("authority_name"),
				rs.getString("region_code"), rs.getString("region_name"), fields(rs.getString("fields")),
				rs.getDate("recognized_on").toLocalDate(), BaseStatus.valueOf(rs.getString("status")),
				(Long) rs.getObject("call_id"), (Long) rs.getObject("declaration_id"),
				Base.Source.valueOf(rs.getString("source")), (Long) rs.getObject("subsidy_yuan"), rs.getString("address"),
				rs.getString("contact_person"), rs.getString("contact_phone"), changed == null ? null : changed.toLocalDate(),
				rs.getString("status_reason"));
	}

	static List<String> fields(String stored) {
		return stored == null || stored.isBlank() ? List.of()
				: Arrays.stream(stored.split(FIELD_SEPARATOR)).map(String::strip).filter(s -> !s.isEmpty()).toList();
	}
}
