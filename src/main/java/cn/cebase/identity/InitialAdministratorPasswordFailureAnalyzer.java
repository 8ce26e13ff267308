package cn.cebase.identity;

import org.springframework.boot.diagnostics.AbstractFailureAnalyzer;
import org.springframework.boot.diagnostics.FailureAnalysis;

/** A first administrator's password that breaks the rule, said in one line instead of a stack trace. */
class InitialAdministratorPasswordFailureAnalyzer extends AbstractFailureAnalyzer<InitialAdministratorPasswordRefused> {

	@Override
	protected FailureAnalysis analyze(Throwable rootFailure, InitialAdministratorPasswordRefused cause) {
		return new FailureAnalysis("CEBASE_ADMIN_PASSWORD 不符合密码规则：" + cause.reasonZh()
				+ " / CEBASE_ADMIN_PASSWORD breaks the password rule: " + cause.reasonEn(),
				"Set CEBASE_ADMIN_PASSWORD to at least 8 characters with letters and digits, not containing \"admin\" and not a"
						+ " common password, and start again. It is used once, to create the account 'admin'.",
				cause);
	}
}
