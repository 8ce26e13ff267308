/**
 * 门户: the public landing page, each role's home page with what waits for the user, and what
 * every page's layout shows about the signed-in user (the unread messages badge).
 */
@org.springframework.modulith.ApplicationModule(displayName = "门户 Portal",
		allowedDependencies = { "base", "evaluation", "identity", "institution", "notification", "review", "shared" })
package cn.cebase.portal;
