package cn.cebase.identity;

import java.util.Locale;
import java.util.Set;

import cn.cebase.organization.OrganizationManagement;
import cn.cebase.organization.WellKnownOrganizations;
import cn.cebase.shared.BusinessException;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import org.springframework.beans.factory.annotation.Value;
import org.springframework.boot.ApplicationArguments;
import org.springframework.boot.ApplicationRunner;
import org.springframework.context.MessageSource;
import org.springframework.core.Ordered;
import org.springframework.core.annotation.Order;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;

/**
 * A new production installation has no accounts. When {@code CEBASE_ADMIN_PASSWORD} is set and
 * no administrator exists, this creates {@code admin} with that password, to be changed at the
 * first sign-in. Without it, the log says how to get in.
 */
@Component
// after the demo world, which brings its own administrator
@Order(Ordered.LOWEST_PRECEDENCE)
class FirstAdministrator implements ApplicationRunner {

	private static final Logger log = LoggerFactory.getLogger(FirstAdministrator.class);

	private final IdentityManagement identity;

	private final OrganizationManagement organizations;

	private final JdbcClient jdbc;

	private final String initialPassword;

	private final MessageSource messages;

	FirstAdministrator(IdentityManagement identity, OrganizationManagement organizations, JdbcClient jdbc,
			@Value("${cebase.admin.initial-password:}") String initialPassword, MessageSource messages) {
		this.messages = messages;
		this.identity = identity;
		this.organizations = organizations;
		this.jdbc = jdbc;
		this.initialPassword = initialPassword;
	}

	@Override
	public void run(ApplicationArguments args) {
		boolean anyAdmin = jdbc.sql("select count(*) from user_account where (',' || roles || ',') like '%,ADMIN,%'")
			.query(Long.class)
			.single() > 0;
		if (anyAdmin) {
			return;
		}
		if (initialPassword.isBlank()) {
			log.warn("No administrator exists. Set CEBASE_ADMIN_PASSWORD and restart to create the account 'admin'.");
			return;
		}
		long platform = organizations.findByCode(WellKnownOrganizations.PLATFORM).orElseThrow().id();
		try {
			identity.create(new NewUser("admin", initialPassword, "平台管理员", platform, Set.of(Role.ADMIN), null, null, true));
		}
		catch (BusinessException ex) {
			// the operator reads why in one line (InitialAdministratorPasswordFailureAnalyzer), not a stack trace
			throw new InitialAdministratorPasswordRefused(
					messages.getMessage(ex.messageKey(), ex.args(), ex.messageKey(), Locale.SIMPLIFIED_CHINESE),
					messages.getMessage(ex.messageKey(), ex.args(), ex.messageKey(), Locale.ENGLISH));
		}
		log.info("Created the administrator 'admin'; the password must be changed at the first sign-in.");
	}
}
