/**
 * 继续教育基地: the base as an aggregate with its lifecycle (DESIGN.md §2.6) — ACTIVE ⇄ RECTIFYING →
 * REVOKED, ACTIVE → SUSPENDED_WORK → ACTIVE | REVOKED, ACTIVE → CANCELLED, ACTIVE → LAPSED — each
 * change with its ground, article, reason, day and actor; its number and plaque (牌匾) whose code
 * anyone can verify; the public registry (基地名录); the import of bases recognised before the
 * platform (SD 附件3); and what an institution holds, for the call's rules (重新确认, 直接申请, the
 * FJ 第二十四条 ban). Recognition establishes bases through {@link cn.cebase.base.BaseManagement};
 * supervision will change their standing through the same verbs. Owns {@code base},
 * {@code base_reconfirmation} and {@code base_status_change}.
 */
@org.springframework.modulith.ApplicationModule(displayName = "继续教育基地 Base",
		allowedDependencies = { "shared", "organization", "identity", "institution", "policy", "call",
				"declaration", "declaration :: progress", "document" })
package cn.cebase.base;
