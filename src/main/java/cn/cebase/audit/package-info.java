/**
 * 审计: every state change — who, organisation, when, from where, what, which record, what
 * changed, why — appended in the same transaction to a hash-chained, append-only table, and a
 * verification of the chain that finds any row altered or removed.
 */
@org.springframework.modulith.ApplicationModule(displayName = "审计 Audit",
		allowedDependencies = { "identity", "organization", "shared" })
package cn.cebase.audit;
