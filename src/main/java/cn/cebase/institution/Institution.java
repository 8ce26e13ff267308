package cn.cebase.institution;

import java.time.Instant;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Objects;

import cn.cebase.shared.BusinessException;

import org.springframework.data.annotation.Id;
import org.springframework.data.annotation.PersistenceCreator;
import org.springframework.data.annotation.Version;
import org.springframework.data.relational.core.mapping.Table;

/**
 * 施教机构: an aggregate that changes state only through its verbs, each checking the current
 * status first. Other modules refer to it by id.
 */
@Table("institution")
public class Institution {

	@Id
	private Long id;

	private final String creditCode;

	private String name;

	private InstitutionType type;

	private String regionCode;

	private String address;

	private String legalRepresentative;

	private String contactName;

	private String contactPhone;

	private String contactEmail;

	private InstitutionStatus status;

	private final Long organizationId;

	private final Long authorityId;

	private final String scopePath;

	private String decisionReason;

	private final Instant registeredAt;

	private Instant decidedAt;

	@Version
	private Integer version;

	@PersistenceCreator
	Institution(Long id, String creditCode, String name, InstitutionType type, String regionCode, String address,
			String legalRepresentative, String contactName, String contactPhone, String contactEmail,
			InstitutionStatus status, Long organizationId, Long authorityId, String scopePath, String decisionReason,
			Instant registeredAt, Instant decidedAt, Integer version) {
		this.id = id;
		this.creditCode = creditCode;
		this.name = name;
		this.type = type;
		this.regionCode = regionCode;
		this.address = address;
		this.legalRepresentative = legalRepresentative;
		this.contactName = contactName;
		this.contactPhone = contactPhone;
		this.contactEmail = contactEmail;
		this.status = status;
		this.organizationId = organizationId;
		this.authorityId = authorityId;
		this.scopePath = scopePath;
		this.decisionReason = decisionReason;
		this.registeredAt = registeredAt;
		this.decidedAt = decidedAt;
		this.version = version;
	}

	static Institution register(String creditCode, InstitutionProfile profile, long organizationId, long authorityId,
			String scopePath, Instant now) {
		return new Institution(null, creditCode, profile.name(), profile.type(), profile.regionCode(), profile.address(),
				profile.legalRepresentative(), profile.contactName(), profile.contactPhone(), profile.contactEmail(),
				InstitutionStatus.PENDING, organizationId, authorityId, scopePath, null, now, null, null);
	}

	void approve(Instant now) {
		moveTo(InstitutionStatus.ACTIVE);
		decisionReason = null;
		decidedAt = now;
	}

	void reject(String reason, Instant now) {
		requireReason(reason);
		moveTo(InstitutionStatus.REJECTED);
		decisionReason = reason.strip();
		decidedAt = now;
	}

	void suspend(String reason, Instant now) {
		requireReason(reason);
		moveTo(InstitutionStatus.SUSPENDED);
		decisionReason = reason.strip();
		decidedAt = now;
	}

	void reinstate(Instant now) {
		moveTo(InstitutionStatus.ACTIVE);
		decisionReason = null;
		decidedAt = now;
	}

	/**
	 * Applies a filed change of the profile and answers what changed, field by field, as
	 * {before, after}. A rejected institution can no longer change anything.
	 */
	Map<String, String[]> change(InstitutionProfile next) {
		if (status == InstitutionStatus.REJECTED) {
			throw BusinessException.conflict("institution.status.cannotChange", status.name());
		}
		Map<String, String[]> changes = new LinkedHashMap<>();
		record("name", name, next.name(), changes);
		record("type", type.name(), next.type().name(), changes);
		record("regionCode", regionCode, next.regionCode(), changes);
		record("address", address, next.address(), changes);
		record("legalRepresentative", legalRepresentative, next.legalRepresentative(), changes);
		record("contactName", contactName, next.contactName(), changes);
		record("contactPhone", contactPhone, next.contactPhone(), changes);
		record("contactEmail", contactEmail, next.contactEmail(), changes);
		name = next.name();
		type = next.type();
		regionCode = next.regionCode();
		address = next.address();
		legalRepresentative = next.legalRepresentative();
		contactName = next.contactName();
		contactPhone = next.contactPhone();
		contactEmail = next.contactEmail();
		return changes;
	}

	private static void record(String field, String before, String after, Map<String, String[]> changes) {
		if (!Objects.equals(before, after)) {
			changes.put(field, new String[] { before, after });
		}
	}

	private void moveTo(InstitutionStatus next) {
		if (!status.canBecome(next)) {
			throw BusinessException.conflict("institution.status.illegal", status.name(), next.name());
		}
		status = next;
	}

	private static void requireReason(String reason) {
		if (reason == null || reason.isBlank()) {
			throw BusinessException.invalidField("reason", "validation.reasonRequired");
		}
		if (reason.length() > 500) {
			throw BusinessException.invalidField("reason", "validation.tooLong", 500);
		}
	}

	public InstitutionProfile profile() {
		return new InstitutionProfile(name, type, regionCode, address, legalRepresentative, contactName, contactPhone,
				contactEmail);
	}

	public Long id() {
		return id;
	}

	public String creditCode() {
		return creditCode;
	}

	public String name() {
		return name;
	}

	public InstitutionType type() {
		return type;
	}

	public String regionCode() {
		return regionCode;
	}

	public InstitutionStatus status() {
		return status;
	}

	public long organizationId() {
		return organizationId;
	}

	public long authorityId() {
		return authorityId;
	}

	public String scopePath() {
		return scopePath;
	}

	public String decisionReason() {
		return decisionReason;
	}

	public Instant registeredAt() {
		return registeredAt;
	}

	public Instant decidedAt() {
		return decidedAt;
	}

	public Integer version() {
		return version;
	}
}
