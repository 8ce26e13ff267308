package cn.cebase.call;

import java.time.Instant;
import java.util.List;

import cn.cebase.policy.TrackKind;
import cn.cebase.shared.BusinessException;

/**
 * 申报批次: changes state only through its verbs. Whether it takes a submission is decided
 * here, by the server's clock, to the second.
 */
public class Call {

	private final Long id;

	private final String profileCode;

	private final int profileVersion;

	private final long authorityId;

	private CallDetails details;

	private final List<String> priorityHints;

	private CallStatus status;

	private Instant publishedAt;

	private Instant closedAt;

	private final long createdBy;

	private final Instant createdAt;

	private final int version;

	Call(Long id, String profileCode, int profileVersion, long authorityId, CallDetails details, List<String> priorityHints,
			CallStatus status, Instant publishedAt, Instant closedAt, long createdBy, Instant createdAt, int version) {
		this.id = id;
		this.profileCode = profileCode;
		this.profileVersion = profileVersion;
		this.authorityId = authorityId;
		this.details = details;
		this.priorityHints = List.copyOf(priorityHints);
		this.status = status;
		this.publishedAt = publishedAt;
		this.closedAt = closedAt;
		this.createdBy = createdBy;
		this.createdAt = createdAt;
		this.version = version;
	}

	/** Only a draft's text and window change freely; a published call changes its deadline by {@link #extend}. */
	void edit(CallDetails next) {
		if (status != CallStatus.DRAFT) {
			throw BusinessException.conflict("call.status.notDraft");
		}
		details = next;
	}

	void publish(Instant now) {
		if (!details.closesAt().isAfter(now)) {
			throw BusinessException.invalidField("closesAt", "call.closesInThePast");
		}
		moveTo(CallStatus.PUBLISHED);
		publishedAt = now;
	}

	/** 截止: at the deadline, by the scheduled job or by hand. */
	void close(Instant now) {
		moveTo(CallStatus.CLOSED);
		closedAt = now;
	}

	/**
	 * 延期: a later deadline, with a reason. A call closed by its deadline opens again, as long as
	 * the review has not begun.
	 */
	void extend(Instant newClosesAt, Instant now) {
		if (status != CallStatus.PUBLISHED && status != CallStatus.CLOSED) {
			throw BusinessException.conflict("call.extend.notOpen");
		}
		if (newClosesAt == null || !newClosesAt.isAfter(details.closesAt()) || !newClosesAt.isAfter(now)) {
			throw BusinessException.invalidField("closesAt", "call.extend.notLater");
		}
		if (status == CallStatus.CLOSED) {
			moveTo(CallStatus.PUBLISHED);
			closedAt = null;
		}
		details = new CallDetails(details.title(), details.year(), details.batchName(), details.notice(), details.opensAt(),
				newClosesAt, details.tracks(), details.keyFields());
	}

	void startReview() {
		moveTo(CallStatus.REVIEWING);
	}

	void conclude() {
		moveTo(CallStatus.CONCLUDED);
	}

	/** 逾期不予受理: open from the opening second to the deadline second, both included, and only while published. */
	public boolean acceptsSubmissionAt(Instant instant) {
		return status == CallStatus.PUBLISHED && !instant.isBefore(details.opensAt()) && !instant.isAfter(details.closesAt());
	}

	public boolean offers(TrackKind track) {
		return details.tracks().contains(track);
	}

	private void moveTo(CallStatus next) {
		if (!status.canBecome(next)) {
			throw BusinessException.conflict("call.status.illegal", status.name(), next.name());
		}
		status = next;
	}

	public Long id() {
		return id;
	}

	public String profileCode() {
		return profileCode;
	}

	public int profileVersion() {
		return profileVersion;
	}

	public long authorityId() {
		return authorityId;
	}

	public CallDetails details() {
		return details;
	}

	public List<String> priorityHints() {
		return priorityHints;
	}

	public CallStatus status() {
		return status;
	}

	public Instant publishedAt() {
		return publishedAt;
	}

	public Instant closedAt() {
		return closedAt;
	}

	public long createdBy() {
		return createdBy;
	}

	public Instant createdAt() {
		return createdAt;
	}

	public int version() {
		return version;
	}
}
