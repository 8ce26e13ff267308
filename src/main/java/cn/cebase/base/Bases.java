package cn.cebase.base;

import java.sql.Date;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Timestamp;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

import cn.cebase.call.HeldBases;
import cn.cebase.policy.ProfileLevel;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

/**
 * The {@code base} table and the history of each base's standing ({@code base_status_change}); the
 * authority's and the region's names come from the views the organization module publishes.
 */
@Repository
class Bases {

	static final String SELECT = "select b.*, o.name as authority_name, r.name as region_name from base b"
			+ " join organization_names o on o.id = b.authority_id join region_names r on r.code = b.region_code";

	static final String FIELD_SEPARATOR = BaseView.FIELD_SEPARATOR;

	/** The statuses that keep the title, as SQL: {@code ('ACTIVE', 'RECTIFYING', 'SUSPENDED_WORK')}. */
	static final String HOLDING_TITLE = java.util.Arrays.stream(BaseStatus.values())
		.filter(BaseStatus::holdsTitle)
		.map(s -> "'" + s.name() + "'")
		.collect(java.util.stream.Collectors.joining(", ", "(", ")"));

	private final JdbcClient jdbc;

	Bases(JdbcClient jdbc) {
		this.jdbc = jdbc;
	}

	/** A new base; one without a verification code gets a fresh one, unique among all plaques. */
	long insert(BaseView base, Instant now) {
		String code = base.verificationCode() != null ? base.verificationCode() : newVerificationCode();
		return jdbc.sql("insert into base (number, verification_code, institution_id, name, credit_code, level, authority_id,"
				+ " region_code, fields, recognized_on, status, call_id, declaration_id, source, subsidy_yuan, address,"
				+ " contact_person, contact_phone, created_at) values (?,?,?,?,?,?,?,?,?,?,?,?,?,?,?,?,?,?,?) returning id")
			.params(base.number(), code, base.institutionId(), base.name(), base.creditCode(),
					base.level().name(), base.authorityId(), base.regionCode(), String.join(FIELD_SEPARATOR, base.fields()),
					Date.valueOf(base.recognizedOn()), base.status().name(), base.callId(), base.declarationId(),
					base.source().name(), base.subsidyYuan(), base.address(), base.contactPerson(), base.contactPhone(),
					Timestamp.from(now))
			.query(Long.class)
			.single();
	}

	private String newVerificationCode() {
		while (true) {
			String code = VerificationCodes.next();
			if (findByVerificationCode(code).isEmpty()) {
				return code;
			}
		}
	}

	/** The bases an authority recognised, imported or not: those holding the title first, then by number. */
	List<BaseView> ofAuthority(long authorityId) {
		return jdbc.sql(SELECT + " where b.authority_id = ? order by b.status <> 'ACTIVE', b.number")
			.param(authorityId)
			.query(Bases::map)
			.list();
	}

	/** Whether an institution (by credit code) already holds a base of this authority and level that keeps its title. */
	boolean holdsTitleAt(String creditCode, long authorityId, ProfileLevel level) {
		return jdbc.sql("select exists (select 1 from base where credit_code = ? and authority_id = ? and level = ?"
				+ " and status in " + HOLDING_TITLE + ")")
			.params(creditCode, authorityId, level.name())
			.query(Boolean.class)
			.single();
	}

	Optional<BaseView> find(long id) {
		return jdbc.sql(SELECT + " where b.id = ?").param(id).query(Bases::map).optional();
	}

	Optional<BaseView> findByNumber(String number) {
		return jdbc.sql(SELECT + " where b.number = ?").param(number).query(Bases::map).optional();
	}

	Optional<BaseView> findByVerificationCode(String code) {
		return jdbc.sql(SELECT + " where b.verification_code = ?").param(code).query(Bases::map).optional();
	}

	List<BaseView> ofCall(long callId) {
		// a re-confirmed base keeps its first call; it is published again with the call that re-confirmed it
		return jdbc.sql(SELECT + " where b.call_id = ? or b.id in (select base_id from base_reconfirmation where call_id = ?)"
				+ " order by b.number")
			.params(callId, callId)
			.query(Bases::map)
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

	Optional<BaseView> findByDeclaration(long declarationId) {
		return jdbc.sql(SELECT + " where b.declaration_id = ?").param(declarationId).query(Bases::map).optional();
	}

	/** The bases of an authority that an institution holds (by id, or by credit code if imported), under their row locks. */
	List<BaseView> heldFromAuthorityForUpdate(long authorityId, long institutionId, String creditCode) {
		return jdbc.sql(SELECT + " where b.authority_id = ? and b.status in " + HOLDING_TITLE
				+ " and (b.institution_id = ? or b.institution_id is null and b.credit_code = ?)"
				+ " order by b.recognized_on, b.id for update of b")
			.params(authorityId, institutionId, creditCode)
			.query(Bases::map)
			.list();
	}

	/** Whether this re-confirmation is new (a second one for the same call changes nothing). */
	boolean recordReconfirmation(long baseId, long callId, long declarationId, LocalDate on, Instant now) {
		return jdbc.sql("insert into base_reconfirmation (base_id, call_id, declaration_id, reconfirmed_on, created_at)"
				+ " values (?,?,?,?,?) on conflict (base_id, call_id) do nothing")
			.params(baseId, callId, declarationId, Date.valueOf(on), Timestamp.from(now))
			.update() > 0;
	}

	List<Long> reconfirmedIn(long baseId) {
		return jdbc.sql("select call_id from base_reconfirmation where base_id = ? order by reconfirmed_on, call_id")
			.param(baseId)
			.query(Long.class)
			.list();
	}

	/**
	 * The bases of an authority and level that still hold their title, were recognised before a day and
	 * were not re-confirmed in the call, under their row locks.
	 */
	List<BaseView> dueToLapseForUpdate(long authorityId, ProfileLevel level, LocalDate recognisedBefore, long callId) {
		return jdbc.sql(SELECT + " where b.authority_id = ? and b.level = ?"
				+ " and b.status in ('ACTIVE', 'RECTIFYING') and b.recognized_on < ?"
				+ " and not exists (select 1 from base_reconfirmation r where r.base_id = b.id and r.call_id = ?)"
				+ " order by b.number for update of b")
			.params(authorityId, level.name(), Date.valueOf(recognisedBefore), callId)
			.query(Bases::map)
			.list();
	}

	/** The bases that still hold their title held by an institution, oldest first. */
	List<HeldBases.HeldBase> holding(long institutionId, String creditCode) {
		return jdbc.sql("select level, authority_id, region_code, status from base"
				+ " where status in " + HOLDING_TITLE
				+ " and (institution_id = ? or institution_id is null and credit_code = ?) order by recognized_on, id")
			.params(institutionId, creditCode)
			.query((rs, n) -> new HeldBases.HeldBase(ProfileLevel.valueOf(rs.getString("level")), rs.getLong("authority_id"),
					rs.getString("region_code"), BaseStatus.valueOf(rs.getString("status")) == BaseStatus.ACTIVE))
			.list();
	}

	/** The base as an aggregate, under its row lock: two changes of one base never interleave. */
	Optional<Base> lock(long id) {
		return jdbc.sql("select b.id, b.number, b.authority_id, b.status, b.status_changed_on, b.status_reason,"
				+ " (select max(c.effective_on) from base_status_change c where c.base_id = b.id"
				+ " and c.action = 'SUSPEND_WORK') as work_suspended_on from base b where b.id = ? for update")
			.param(id)
			.query((rs, n) -> new Base(rs.getLong("id"), rs.getString("number"), rs.getLong("authority_id"),
					BaseStatus.valueOf(rs.getString("status")), localDate(rs.getDate("status_changed_on")),
					rs.getString("status_reason"), localDate(rs.getDate("work_suspended_on"))))
			.optional();
	}

	/** Writes the aggregate's new standing and appends its changes; the ids of the changes, in order. */
	List<Long> save(Base base) {
		jdbc.sql("update base set status = ?, status_changed_on = ?, status_reason = ? where id = ?")
			.params(base.status().name(), Date.valueOf(base.statusChangedOn()), shorten(base.statusReason(), 500), base.id())
			.update();
		List<Long> ids = new ArrayList<>();
		for (Base.StatusChange change : base.pendingChanges()) {
			Base.Change c = change.change();
			ids.add(jdbc.sql("insert into base_status_change (base_id, action, from_status, to_status, ground, basis, reason,"
					+ " effective_on, actor_id, created_at) values (?,?,?,?,?,?,?,?,?,?) returning id")
				.params(base.id(), change.action().name(), change.from().name(), change.to().name(),
						c.ground() == null ? null : c.ground().name(), shorten(c.basis(), 200), c.reason(),
						Date.valueOf(c.effectiveOn()), c.actorId(), Timestamp.from(c.at()))
				.query(Long.class)
				.single());
		}
		return ids;
	}

	void attachEvidence(long changeId, long fileId, String name) {
		jdbc.sql("insert into base_status_change_evidence (change_id, file_id, name) values (?,?,?) on conflict do nothing")
			.params(changeId, fileId, shorten(name, 200))
			.update();
	}

	/** Every change of a base's standing, oldest first, with its evidence. */
	List<BaseStatusChange> history(long baseId) {
		Map<Long, List<BaseStatusChange.Evidence>> evidence = new HashMap<>();
		jdbc.sql("select e.change_id, e.file_id, e.name from base_status_change_evidence e"
				+ " join base_status_change c on c.id = e.change_id where c.base_id = ? order by e.change_id, e.file_id")
			.param(baseId)
			.query((rs, n) -> evidence.computeIfAbsent(rs.getLong("change_id"), k -> new ArrayList<>())
				.add(new BaseStatusChange.Evidence(rs.getLong("file_id"), rs.getString("name"))))
			.list();
		return jdbc.sql("select * from base_status_change where base_id = ? order by effective_on, id")
			.param(baseId)
			.query((rs, n) -> new BaseStatusChange(rs.getLong("id"), BaseAction.valueOf(rs.getString("action")),
					BaseStatus.valueOf(rs.getString("from_status")), BaseStatus.valueOf(rs.getString("to_status")),
					rs.getString("ground") == null ? null : RevocationGround.valueOf(rs.getString("ground")),
					rs.getString("basis"), rs.getString("reason"), rs.getDate("effective_on").toLocalDate(),
					(Long) rs.getObject("actor_id"), evidence.getOrDefault(rs.getLong("id"), List.of())))
			.list();
	}

	/**
	 * The day the newest revocation of a base of this authority held by the institution (by its id, or
	 * by its credit code for a base imported before it registered) took effect.
	 */
	Optional<LocalDate> lastRevokedOn(long authorityId, long institutionId, String creditCode) {
		return jdbc.sql("select c.effective_on from base_status_change c join base b on b.id = c.base_id"
				+ " where c.action = 'REVOKE' and b.authority_id = ?"
				+ " and (b.institution_id = ? or b.institution_id is null and b.credit_code = ?)"
				+ " order by c.effective_on desc limit 1")
			.params(authorityId, institutionId, creditCode)
			.query((rs, n) -> rs.getDate(1).toLocalDate())
			.optional();
	}

	/** Whether a file is evidence of a change of a base, so that those who may read the base may fetch it. */
	boolean isEvidenceOf(long baseId, long fileId) {
		return jdbc.sql("select exists (select 1 from base_status_change_evidence e join base_status_change c"
				+ " on c.id = e.change_id where c.base_id = ? and e.file_id = ?)")
			.params(baseId, fileId)
			.query(Boolean.class)
			.single();
	}

	/** Links a base imported before its holder registered to the holder's account. */
	void linkInstitution(long baseId, long institutionId) {
		jdbc.sql("update base set institution_id = ? where id = ? and institution_id is null").params(institutionId, baseId).update();
	}

	private static LocalDate localDate(Date date) {
		return date == null ? null : date.toLocalDate();
	}

	private static String shorten(String text, int max) {
		return text == null || text.length() <= max ? text : text.substring(0, max);
	}

	static BaseView map(ResultSet rs, int row) throws SQLException {
		Date changed = rs.getDate("status_changed_on");
		return new BaseView(rs.getLong("id"), rs.getString("number"), rs.getString("verification_code"),
				(Long) rs.getObject("institution_id"), rs.getString("name"), rs.getString("credit_code"),
				ProfileLevel.valueOf(rs.getString("level")), rs.getLong("authority_id"), rs.getString("authority_name"),
				rs.getString("region_code"), rs.getString("region_name"), fields(rs.getString("fields")),
				rs.getDate("recognized_on").toLocalDate(), BaseStatus.valueOf(rs.getString("status")),
				(Long) rs.getObject("call_id"), (Long) rs.getObject("declaration_id"),
				BaseView.Source.valueOf(rs.getString("source")), (Long) rs.getObject("subsidy_yuan"), rs.getString("address"),
				rs.getString("contact_person"), rs.getString("contact_phone"), changed == null ? null : changed.toLocalDate(),
				rs.getString("status_reason"));
	}

	static List<String> fields(String stored) {
		return stored == null || stored.isBlank() ? List.of()
				: Arrays.stream(stored.split(FIELD_SEPARATOR)).map(String::strip).filter(s -> !s.isEmpty()).toList();
	}
}
