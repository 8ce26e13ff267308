/**
 * 政策配置: each jurisdiction's rules as versioned, cited data — conditions, thresholds, tracks,
 * quotas, review route, deadlines, bans, hours — and the eligibility rules, each a named policy
 * that answers PASS / FAIL / WARN / NEEDS_EXPERT with its source article (DESIGN.md §3).
 * Where a document is silent a profile says so instead of inventing a number.
 */
@org.springframework.modulith.ApplicationModule(displayName = "政策配置 Policy",
		allowedDependencies = { "identity", "organization", "shared" })
package cn.cebase.policy;
