package cn.cebase.identity;

import java.time.Clock;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.regex.Pattern;

import cn.cebase.organization.DataScope;
import cn.cebase.organization.Organization;
import cn.cebase.organization.OrganizationManagement;
import cn.cebase.shared.AuditableAction;
import cn.cebase.shared.BusinessException;
import cn.cebase.shared.PageRequest;
import cn.cebase.shared.PageResult;

import org.springframework.context.ApplicationEventPublisher;
import org.springframework.security.crypto.password.PasswordEncoder;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Accounts: opening, disabling, unlocking, resetting and changing passwords. Administrators manage; everyone
 * changes their own. Disabling, a reset and a change end the user's sessions on every node at once, in the same
 * transaction: a session keeps the state of its sign-in, and a disabled user must not go on acting through an open one.
 */
@Service
@Transactional
public class IdentityManagement {

	private static final Pattern USERNAME = Pattern.compile("[A-Za-z0-9][A-Za-z0-9_.@-]{2,63}");

	private final UserAccounts accounts;

	private final PasswordEncoder encoder;

	private final PasswordRule passwordRule;

	private final OrganizationManagement organizations;

	private final SignedInSessions sessions;

	private final ApplicationEventPublisher events;

	private final Clock clock;

	IdentityManagement(UserAccounts accounts, PasswordEncoder encoder, PasswordRule passwordRule,
			OrganizationManagement organizations, SignedInSessions sessions, ApplicationEventPublisher events, Clock clock) {
		this.accounts = accounts;
		this.encoder = encoder;
		this.passwordRule = passwordRule;
		this.organizations = organizations;
		this.sessions = sessions;
		this.events = events;
		this.clock = clock;
	}

	/** Opens an account. Administrators call it, and so does institution registration for its first user. */
	public long create(NewUser user) {
		checkUsername(user.username());
		checkPassword(user.password(), user.username(), "password");
		if (user.displayName() == null || user.displayName().isBlank()) {
			throw BusinessException.invalidField("displayName", "validation.required");
		}
		if (user.roles() == null || user.roles().isEmpty()) {
			throw BusinessException.invalidField("roles", "user.rolesRequired");
		}
		Organization organization = organizations.find(user.organizationId())
			.orElseThrow(() -> BusinessException.invalidField("organizationId", "organization.unknown"));
		for (Role role : user.roles()) {
			if (!role.fits(organization.kind())) {
				throw BusinessException.invalidField("roles", "user.roleDoesNotFit", role.name(), organization.name());
			}
		}
		long id;
		try {
			id = accounts.insert(user.username().strip(), encoder.encode(user.password()), user.displayName().strip(),
					organization.id(), user.roles(), blankToNull(user.email()), blankToNull(user.phone()),
					user.mustChangePassword());
		}
		catch (org.springframework.dao.DuplicateKeyException ex) {
			// the same username taken by someone else at the same moment
			throw BusinessException.conflictOnField("username", "user.usernameTaken", user.username().strip());
		}
		Map<String, String> changes = new LinkedHashMap<>();
		changes.put("username", user.username());
		changes.put("organization", organization.name());
		changes.put("roles", UserAccounts.encode(user.roles()));
		events.publishEvent(AuditableAction.of("user.create", "user", id).withChanges(changes));
		return id;
	}

	@Transactional(readOnly = true)
	public PageResult<UserAccount> list(CurrentUser actor, String text, PageRequest page) {
		requireAdmin(actor);
		String t = text == null || text.isBlank() ? null : text.strip();
		String prefix = actor.scope().pathPrefix();
		return new PageResult<>(accounts.find(t, prefix, page.size(), page.offset()), page.page(), page.size(),
				accounts.count(t, prefix));
	}

	@Transactional(readOnly = true)
	public UserAccount get(CurrentUser actor, long id) {
		requireAdmin(actor);
		return inScope(actor, id).account();
	}

	public void disable(CurrentUser actor, long id, String reason) {
		requireAdmin(actor);
		if (actor.id() == id) {
			throw BusinessException.conflict("user.cannotDisableSelf");
		}
		UserAccount account = inScope(actor, id).account();
		accounts.setEnabled(id, false);
		events.publishEvent(AuditableAction.of("user.disable", "user", id)
			.withChanges(sessionsEnded(account.username()))
			.withReason(reason));
	}

	public void enable(CurrentUser actor, long id) {
		requireAdmin(actor);
		inScope(actor, id);
		accounts.setEnabled(id, true);
		events.publishEvent(AuditableAction.of("user.enable", "user", id));
	}

	/** Lifts a lockout before it runs out, e.g. once the user has called in and the failures are explained. */
	public void unlock(CurrentUser actor, long id) {
		requireAdmin(actor);
		inScope(actor, id);
		accounts.unlock(id);
		events.publishEvent(AuditableAction.of("user.unlock", "user", id));
	}

	/** Sets a temporary password that the user must change at the next sign-in; also lifts a lockout. */
	public void resetPassword(CurrentUser actor, long id, String temporaryPassword) {
		requireAdmin(actor);
		UserAccount account = inScope(actor, id).account();
		checkPassword(temporaryPassword, account.username(), "password");
		accounts.setPassword(id, encoder.encode(temporaryPassword), true);
		events.publishEvent(AuditableAction.of("user.resetPassword", "user", id).withChanges(sessionsEnded(account.username())));
	}

	public void changePassword(long userId, String currentPassword, String newPassword) {
		UserAccounts.Row row = accounts.findById(userId).orElseThrow(BusinessException::notFound);
		if (currentPassword == null || !encoder.matches(currentPassword, row.passwordHash())) {
			throw BusinessException.invalidField("currentPassword", "password.currentWrong");
		}
		checkPassword(newPassword, row.account().username(), "newPassword");
		if (encoder.matches(newPassword, row.passwordHash())) {
			throw BusinessException.invalidField("newPassword", "password.sameAsOld");
		}
		accounts.setPassword(userId, encoder.encode(newPassword), false);
		// the session that changed it too: the page then asks to sign in again with the new password
		events.publishEvent(AuditableAction.of("user.changePassword", "user", userId)
			.withChanges(sessionsEnded(row.account().username())));
	}

	private Map<String, String> sessionsEnded(String username) {
		return Map.of("sessionsEnded", String.valueOf(sessions.endAllOf(username)));
	}

	@Transactional(readOnly = true)
	public boolean usernameTaken(String username) {
		return username != null && accounts.usernameTaken(username.strip());
	}

	/** The enabled users of an organisation holding a role: who to tell when work arrives there. */
	@Transactional(readOnly = true)
	public List<Long> usersOf(long organizationId, Role role) {
		return accounts.idsOf(organizationId, role);
	}

	/** Where to write to the user: empty when the account has no address or is disabled. */
	@Transactional(readOnly = true)
	public Optional<String> emailOf(long userId) {
		return accounts.findById(userId)
			.map(UserAccounts.Row::account)
			.filter(UserAccount::enabled)
			.map(UserAccount::email)
			.filter(email -> !email.isBlank());
	}

	@Transactional(readOnly = true)
	public Optional<UserAccount> findByUsername(String username) {
		return accounts.findByUsername(username).map(UserAccounts.Row::account);
	}

	/**
	 * Throws the field error of the first rule the username breaks. A refusal here is an answer,
	 * not a failure, so it must not doom the caller's transaction.
	 */
	@Transactional(readOnly = true, noRollbackFor = BusinessException.class)
	public void checkUsername(String username) {
		if (username == null || username.isBlank()) {
			throw BusinessException.invalidField("username", "validation.required");
		}
		if (!USERNAME.matcher(username.strip()).matches()) {
			throw BusinessException.invalidField("username", "user.usernameFormat");
		}
		if (accounts.usernameTaken(username.strip())) {
			throw BusinessException.conflictOnField("username", "user.usernameTaken", username.strip());
		}
	}

	@Transactional(propagation = org.springframework.transaction.annotation.Propagation.SUPPORTS,
			noRollbackFor = BusinessException.class)
	public void checkPassword(String password, String username, String field) {
		passwordRule.problemWith(password, username).ifPresent(key -> {
			throw BusinessException.invalidField(field, key, passwordRule.minLength());
		});
	}

	CurrentUser signInView(String username) {
		UserAccounts.Row row = accounts.findByUsername(username).orElse(null);
		if (row == null) {
			return null;
		}
		UserAccount a = row.account();
		boolean global = a.roles().contains(Role.ADMIN);
		DataScope scope = global ? DataScope.everything(a.organizationId())
				: new DataScope(a.organizationId(), row.organizationPath(), false);
		return new CurrentUser(a.id(), a.username(), row.passwordHash(), a.displayName(), a.organizationId(),
				a.organizationName(), a.roles(), scope, a.enabled(), a.lockedAt(clock.instant()), a.mustChangePassword());
	}

	private UserAccounts.Row inScope(CurrentUser actor, long id) {
		return accounts.findById(id)
			.filter(row -> actor.scope().covers(row.organizationPath()))
			.orElseThrow(BusinessException::notFound);
	}

	private static void requireAdmin(CurrentUser actor) {
		if (actor == null || !actor.has(Role.ADMIN)) {
			throw BusinessException.forbidden();
		}
	}

	private static String blankToNull(String s) {
		return s == null || s.isBlank() ? null : s.strip();
	}
}
