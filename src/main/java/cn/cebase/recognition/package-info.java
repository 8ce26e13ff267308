/**
 * 认定与公布: the expert committee's decision on each application, the publicity period (公示)
 * with objections from anyone, recognition, which asks the base module to establish each base with
 * its number and plaque, and the publication (公布) of a call's bases with its notice (DESIGN.md
 * §2.5). Owns {@code committee_decision}, {@code publicity} and {@code objection}.
 */
@org.springframework.modulith.ApplicationModule(displayName = "认定公布 Recognition",
		allowedDependencies = { "base", "call", "declaration", "declaration :: progress", "document", "evaluation", "identity", "organization", "policy", "shared" })
package cn.cebase.recognition;
