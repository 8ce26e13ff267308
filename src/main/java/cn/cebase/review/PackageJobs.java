package cn.cebase.review;

import java.io.InputStream;
import java.sql.Timestamp;
import java.time.Clock;
import java.time.Instant;
import java.util.List;
import java.util.Optional;

import cn.cebase.call.Call;
import cn.cebase.call.CallManagement;
import cn.cebase.identity.CurrentUser;
import cn.cebase.shared.BusinessException;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;
import org.springframework.transaction.support.TransactionSynchronization;
import org.springframework.transaction.support.TransactionSynchronizationManager;

/**
 * 打包下载: a recommender (its own recommendations) or the call's authority (all of them) asks for
 * one ZIP of the application forms as PDF, their evidence and the 申报汇总表. It is built in the
 * background, with its progress on a page; the finished ZIP is kept in the database
 * ({@link PackageContents}), where every node finds it, until {@link PackageCleanup} removes old jobs.
 */
@Service
@Transactional
public class PackageJobs {

	private final JdbcClient jdbc;

	private final ReviewManagement reviews;

	private final CallManagement calls;

	private final PackageWriter writer;

	private final PackageContents contents;

	private final Clock clock;

	PackageJobs(JdbcClient jdbc, ReviewManagement reviews, CallManagement calls, PackageWriter writer,
			PackageContents contents, Clock clock) {
		this.jdbc = jdbc;
		this.reviews = reviews;
		this.calls = calls;
		this.writer = writer;
		this.contents = contents;
		this.clock = clock;
	}

	public PackageJob start(CurrentUser actor, long callId) {
		List<SummaryRow> rows = reviews.summary(actor, callId);
		if (rows.isEmpty()) {
			throw BusinessException.conflict("review.package.empty");
		}
		Call call = calls.get(actor, callId);
		Long recommenderId = call.authorityId() == actor.organizationId() ? null : actor.organizationId();
		long id = jdbc.sql("insert into package_job (call_id, recommender_id, requested_by, status, total, created_at)"
				+ " values (?,?,?,'QUEUED',?,?) returning id")
			.params(callId, recommenderId, actor.id(), rows.size() + 1, Timestamp.from(clock.instant()))
			.query(Long.class)
			.single();
		// the job row must be visible to the background thread before it starts
		TransactionSynchronizationManager.registerSynchronization(new TransactionSynchronization() {
			@Override
			public void afterCommit() {
				writer.write(id, actor, callId, call.details().title(), rows);
			}
		});
		return find(actor, id).orElseThrow();
	}

	/** The requester's own job; anyone else's is unknown. */
	@Transactional(readOnly = true)
	public Optional<PackageJob> find(CurrentUser actor, long id) {
		return jdbc.sql("select * from package_job where id = ? and requested_by = ?")
			.params(id, actor.id())
			.query((rs, n) -> new PackageJob(rs.getLong("id"), rs.getLong("call_id"),
					rs.getObject("recommender_id", Long.class), rs.getLong("requested_by"),
					PackageJob.Status.valueOf(rs.getString("status")), rs.getInt("total"), rs.getInt("done"),
					rs.getString("file_name"), rs.getObject("file_size", Long.class), rs.getString("error"),
					rs.getTimestamp("created_at").toInstant(),
					rs.getTimestamp("finished_at") == null ? null : rs.getTimestamp("finished_at").toInstant()))
			.optional();
	}

	@Transactional(readOnly = true)
	public PackageJob get(CurrentUser actor, long id) {
		return find(actor, id).orElseThrow(BusinessException::notFound);
	}

	/** The finished ZIP of the requester's job, read from the database as it is consumed. */
	@Transactional(readOnly = true)
	public InputStream content(CurrentUser actor, long id) {
		if (get(actor, id).status() != PackageJob.Status.DONE) {
			throw BusinessException.conflict("review.package.notReady");
		}
		return contents.read(id);
	}

	/** Removes the jobs created before {@code cutoff}, with their packages; how many. */
	int removeCreatedBefore(Instant cutoff) {
		return jdbc.sql("delete from package_job where created_at < ?").param(Timestamp.from(cutoff)).update();
	}
}
