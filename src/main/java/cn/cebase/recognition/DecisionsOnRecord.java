package cn.cebase.recognition;

import java.util.Collection;
import java.util.Set;

import cn.cebase.evaluation.DecidedApplications;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;

/**
 * Answers the evaluation module whether the committee has decided on an application. Reads the
 * table itself: {@link DecisionManagement} depends on the scoring that asks.
 */
@Component
class DecisionsOnRecord implements DecidedApplications {

	private final JdbcClient jdbc;

	DecisionsOnRecord(JdbcClient jdbc) {
		this.jdbc = jdbc;
	}

	@Override
	public Set<Long> decidedAmong(Collection<Long> declarationIds) {
		if (declarationIds.isEmpty()) {
			return Set.of();
		}
		return Set.copyOf(jdbc.sql("select declaration_id from committee_decision where declaration_id in (:ids)")
			.param("ids", declarationIds)
			.query(Long.class)
			.list());
	}
}
