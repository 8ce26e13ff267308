/**
 * 专家评审: the expert pool (专家库) an authority keeps, with an account for each expert; panels
 * drawn at random for a call with reserves, reproducible from a recorded seed and avoiding the
 * applicants' own organisations, their recommenders and declared conflicts (回避); experts
 * accept or decline, and declare conflicts before they see a file (DESIGN.md §2.5).
 */
@org.springframework.modulith.ApplicationModule(displayName = "专家评审 Evaluation",
		allowedDependencies = { "call", "declaration", "declaration :: progress", "document", "identity", "organization", "policy", "review", "shared" })
package cn.cebase.evaluation;
