/**
 * 申报: an institution fills the 申报表 of a call (NAT6's layout, with the figures the rules
 * check), saves drafts, submits inside the window, withdraws before a decision; every submitted
 * version is kept. Review, recommendation and outputs build on it (issue 4, under way).
 */
@org.springframework.modulith.ApplicationModule(displayName = "申报 Declaration",
		allowedDependencies = { "call", "document", "identity", "institution", "organization", "policy", "shared" })
package cn.cebase.declaration;
