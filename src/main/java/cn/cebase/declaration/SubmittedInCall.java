package cn.cebase.declaration;

import cn.cebase.call.SubmittedApplications;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;

/** A live application that has left the draft stage counts as applied; a draft or a withdrawn one does not. */
@Component
class SubmittedInCall implements SubmittedApplications {

	private final JdbcClient jdbc;

	private final java.util.List<ApplicantHistory> history;

	SubmittedInCall(JdbcClient jdbc, java.util.List<ApplicantHistory> history) {
		this.jdbc = jdbc;
		this.history = history;
	}

	@Override
	public boolean falsifiedBefore(long institutionId) {
		return history.stream().anyMatch(h -> h.falsifiedBefore(institutionId));
	}

	@Override
	public boolean exists(long callId, long institutionId) {
		return jdbc.sql("select exists (select 1 from declaration where call_id = ? and institution_id = ?"
				+ " and status not in ('DRAFT', 'WITHDRAWN', 'INADMISSIBLE'))")
			.params(callId, institutionId)
			.query(Boolean.class)
			.single();
	}
}
