/**
 * 施教机构: self-service registration with the 统一社会信用代码, approval by the authority of the
 * institution's region, suspension, filed profile changes kept as history (FJ Art. 31, ZB Art. 31)
 * and the adverse credit records that later feed eligibility (FJ Art. 7(6)).
 */
@org.springframework.modulith.ApplicationModule(displayName = "施教机构 Institution",
		allowedDependencies = { "identity", "organization", "shared" })
package cn.cebase.institution;
