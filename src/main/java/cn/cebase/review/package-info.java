/**
 * 审核推荐: the route of each submitted application (DESIGN.md §2.4) — each stage's organisation
 * passes it on, returns it (to the applicant or an earlier stage) or rejects it with an opinion;
 * the recommending stage writes the 推荐函 and ranks within its quota, which holds under
 * concurrent recommendations; the authority's intake accepts (受理) or refuses it (不予受理).
 * Owns the 待我审核 worklists. Read models join the application, call and institution tables.
 */
@org.springframework.modulith.ApplicationModule(displayName = "审核推荐 Review",
		allowedDependencies = { "call", "declaration", "declaration :: progress", "identity", "institution", "organization", "policy", "shared" })
package cn.cebase.review;
