package cn.cebase.review;

import cn.cebase.declaration.ApplicantHistory;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;

/** FJ 第二十四条: an institution one of whose files was refused as falsified is not accepted again. */
@Component
class RefusalHistory implements ApplicantHistory {

	private final JdbcClient jdbc;

	RefusalHistory(JdbcClient jdbc) {
		this.jdbc = jdbc;
	}

	@Override
	public boolean falsifiedBefore(long institutionId) {
		return jdbc.sql("select exists (select 1 from review_action a join declaration_states d on d.id = a.declaration_id"
				+ " where d.institution_id = ? and a.action = 'REFUSED' and a.reason = 'FALSIFIED')")
			.param(institutionId)
			.query(Boolean.class)
			.single();
	}
}
