/**
 * 申报批次: an authority opens a call from its policy profile — window, tracks, key fields,
 * quotas per recommender, route — publishes it, extends it with a reason, and the call closes
 * by itself at its deadline (逾期不予受理: JL 四(三), SD 四(六), NAT6 四(六)).
 */
@org.springframework.modulith.ApplicationModule(displayName = "申报批次 Call",
		allowedDependencies = { "document", "identity", "institution", "organization", "policy", "shared" })
package cn.cebase.call;
