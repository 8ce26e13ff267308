package cn.cebase.recognition;

import java.sql.Date;
import java.sql.Timestamp;
import java.time.Clock;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import cn.cebase.call.CallConcluded;
import cn.cebase.call.CallManagement;
import cn.cebase.declaration.Declaration;
import cn.cebase.declaration.DeclarationProgress;
import cn.cebase.institution.Institution;
import cn.cebase.institution.InstitutionManagement;
import cn.cebase.policy.PolicyProfile;
import cn.cebase.policy.PolicyProfiles;
import cn.cebase.policy.TrackKind;
import cn.cebase.shared.AuditableAction;
import cn.cebase.shared.BusinessException;

import org.springframework.context.ApplicationEventPublisher;
import org.springframework.context.event.EventListener;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * 原认定基地的重新确认 (SD 三(三)): a base re-confirmed in a call keeps its number and its title; when
 * the call concludes, every base of the authority at the call's level that was recognised before
 * the call and not re-confirmed in it loses its title ("未按时申请或未评审通过的，不再保留省级继续教育
 * 基地资格"), with the article as the reason, audited, and its holder told.
 */
@Service
@Transactional
public class Bases {

	private static final int REASON_MAX = 500;

	private final BaseRecords records;

	private final JdbcClient jdbc;

	private final DeclarationProgress declarations;

	private final CallManagement calls;

	private final InstitutionManagement institutions;

	private final PolicyProfiles profiles;

	private final ApplicationEventPublisher events;

	private final Clock clock;

	Bases(BaseRecords records, JdbcClient jdbc, DeclarationProgress declarations, CallManagement calls,
			InstitutionManagement institutions, PolicyProfiles profiles, ApplicationEventPublisher events, Clock clock) {
		this.records = records;
		this.jdbc = jdbc;
		this.declarations = declarations;
		this.calls = calls;
		this.institutions = institutions;
		this.profiles = profiles;
		this.events = events;
		this.clock = clock;
	}

	/**
	 * 重新确认: the application on the re-confirmation track was recognised, so the institution's base
	 * from this authority stays what it is — same number, same plaque code, same status — instead of a
	 * new base being created. The re-confirmation is recorded against the call, and a base imported
	 * before the institution registered is linked to it now. Calling it again for the same call
	 * changes nothing.
	 *
	 * @return the base re-confirmed (the earliest, should the institution hold several from the authority)
	 */
	public Base reconfirm(long institutionId, long authorityId, long declarationId) {
		Declaration declaration = declarations.read(declarationId);
		if (declaration.track() != TrackKind.RECONFIRMATION) {
			throw BusinessException.conflict("base.reconfirm.notReconfirmation");
		}
		if (declaration.institutionId() != institutionId
				|| calls.get(null, declaration.callId()).authorityId() != authorityId) {
			throw BusinessException.conflict("base.reconfirm.notTheApplicant");
		}
		String creditCode = institutions.find(institutionId).map(Institution::creditCode).orElse(null);
		List<Base> held = jdbc.sql(BaseRecords.SELECT + " where b.authority_id = ? and b.status in ('ACTIVE', 'RECTIFYING')"
				+ " and (b.institution_id = ? or b.institution_id is null and b.credit_code = ?)"
				+ " order by b.recognized_on, b.id for update of b")
			.params(authorityId, institutionId, creditCode)
			.query(BaseRecords::map)
			.list();
		if (held.isEmpty()) {
			throw BusinessException.conflict("base.reconfirm.noBase");
		}
		for (Base base : held) {
			if (base.institutionId() == null) {
				jdbc.sql("update base set institution_id = ? where id = ?").params(institutionId, base.id()).update();
			}
			int recorded = jdbc.sql("insert into base_reconfirmation (base_id, call_id, declaration_id, reconfirmed_on,"
					+ " created_at) values (?,?,?,?,?) on conflict (base_id, call_id) do nothing")
				.params(base.id(), declaration.callId(), declarationId, Date.valueOf(LocalDate.now(clock)),
						Timestamp.from(clock.instant()))
				.update();
			if (recorded > 0) {
				Map<String, String> changes = new LinkedHashMap<>();
				changes.put("number", base.number());
				changes.put("call", String.valueOf(declaration.callId()));
				changes.put("declaration", String.valueOf(declarationId));
				events.publishEvent(AuditableAction.of("base.reconfirm", "base", base.id()).withChanges(changes));
			}
		}
		return records.find(held.get(0).id()).orElseThrow();
	}

	/** The calls in which a base was re-confirmed, oldest first. */
	@Transactional(readOnly = true)
	public List<Long> reconfirmedIn(long baseId) {
		return jdbc.sql("select call_id from base_reconfirmation where base_id = ? order by reconfirmed_on, call_id")
			.param(baseId)
			.query(Long.class)
			.list();
	}

	/** In the conclusion's own transaction: the call ends together with the titles it ends. */
	@EventListener
	void on(CallConcluded concluded) {
		lapseNotReconfirmed(concluded);
	}

	/**
	 * The bases that lose their title as the call concludes: of its authority and level, holding
	 * their title, recognised before the day the call was published (a base recognised since could
	 * not have been on the list to re-confirm), and neither re-confirmed through {@link #reconfirm}
	 * nor held by an institution whose re-confirmation application in this call was recognised.
	 */
	List<Base> lapseNotReconfirmed(CallConcluded concluded) {
		if (!concluded.tracks().contains(TrackKind.RECONFIRMATION) || concluded.publishedAt() == null) {
			return List.of();
		}
		LocalDate publishedOn = LocalDate.ofInstant(concluded.publishedAt(), clock.getZone());
		// under the bases' row locks: a re-confirmation running at the same moment waits, then finds the base lapsed
		List<Base> due = jdbc.sql(BaseRecords.SELECT + " where b.authority_id = ? and b.level = ?"
				+ " and b.status in ('ACTIVE', 'RECTIFYING') and b.recognized_on < ?"
				+ " and not exists (select 1 from base_reconfirmation r where r.base_id = b.id and r.call_id = ?)"
				+ " and not exists (select 1 from declaration d join institution i on i.id = d.institution_id"
				+ " where d.call_id = ? and d.track = 'RECONFIRMATION' and d.status = 'RECOGNIZED'"
				+ " and (d.institution_id = b.institution_id or i.credit_code = b.credit_code))"
				+ " order by b.number for update of b")
			.params(concluded.authorityId(), concluded.level().name(), Date.valueOf(publishedOn), concluded.callId(),
					concluded.callId())
			.query(BaseRecords::map)
			.list();
		if (due.isEmpty()) {
			return List.of();
		}
		String reason = lapseReason(concluded.profileCode());
		LocalDate today = LocalDate.now(clock);
		List<Base> lapsed = new ArrayList<>();
		for (Base base : due) {
			records.changeStatus(base.id(), BaseStatus.LAPSED, today, reason);
			Map<String, String> changes = new LinkedHashMap<>();
			changes.put("status", base.status().name() + " → " + BaseStatus.LAPSED.name());
			changes.put("number", base.number());
			changes.put("call", String.valueOf(concluded.callId()));
			events.publishEvent(AuditableAction.of("base.lapse", "base", base.id()).withChanges(changes).withReason(reason));
			Institution holder = (base.institutionId() != null ? institutions.find(base.institutionId())
					: institutions.findByCreditCode(base.creditCode()))
				.orElse(null);
			events.publishEvent(new BaseLapsed(base.id(), base.number(), base.name(), holder == null ? null : holder.id(),
					holder == null ? null : holder.organizationId(), base.authorityId(), concluded.callId(),
					concluded.title(), reason));
			lapsed.add(records.find(base.id()).orElseThrow());
		}
		return lapsed;
	}

	/** The profile's own words for the track, with their article: "鲁人社 … 三（三）：…不再保留…资格". */
	private String lapseReason(String profileCode) {
		PolicyProfile profile = profiles.latest(profileCode).orElseThrow();
		String reason = profile.tracks()
			.stream()
			.filter(t -> t.kind() == TrackKind.RECONFIRMATION)
			.findFirst()
			.map(t -> t.note() == null || t.note().isBlank() ? t.source() : t.source() + "：" + t.note())
			.orElse(profile.document());
		return reason.length() > REASON_MAX ? reason.substring(0, REASON_MAX) : reason;
	}
}
