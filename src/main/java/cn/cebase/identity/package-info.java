/**
 * 用户与权限: accounts, roles, sign-in (form login, hashed passwords, lockout, CSRF,
 * session-fixation protection), the password rule, and the signed-in user with the data scope
 * of its organisation that every other module checks.
 */
@org.springframework.modulith.ApplicationModule(displayName = "用户与权限 Identity",
		allowedDependencies = { "organization", "shared" })
package cn.cebase.identity;
