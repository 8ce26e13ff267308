/**
 * 演示数据: the demo world of the five seed jurisdictions (JL, SD, NAT6, FJ, ZB) with an account
 * for every role, loaded on the first start of the default mode and never in production.
 */
@org.springframework.modulith.ApplicationModule(displayName = "演示数据 Demo",
		allowedDependencies = { "base", "call", "declaration", "evaluation", "identity", "institution", "organization", "policy", "recognition", "review", "shared" })
package cn.cebase.demo;
