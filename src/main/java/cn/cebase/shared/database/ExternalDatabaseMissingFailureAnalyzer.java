package cn.cebase.shared.database;

import org.springframework.boot.diagnostics.AbstractFailureAnalyzer;
import org.springframework.boot.diagnostics.FailureAnalysis;

/** Turns a production start without a database into a short, readable message instead of a stack trace. */
class ExternalDatabaseMissingFailureAnalyzer extends AbstractFailureAnalyzer<ExternalDatabaseMissingException> {

	@Override
	protected FailureAnalysis analyze(Throwable rootFailure, ExternalDatabaseMissingException cause) {
		return new FailureAnalysis(
				"生产模式（SPRING_PROFILES_ACTIVE=prod）需要外部 PostgreSQL 数据库，但未配置。 / Production mode needs an external PostgreSQL database and none is configured.",
				"Set CEBASE_DB_URL (e.g. jdbc:postgresql://db.example:5432/cebase), CEBASE_DB_USER and CEBASE_DB_PASSWORD. "
						+ "Production never falls back to the embedded database.",
				cause);
	}
}
