/**
 * Values and infrastructure every module uses: typed codes from the national standards
 * (统一社会信用代码, 公民身份号码), business rejections with message keys, paging, the clock,
 * the database run modes and the web conventions (locale, problem details, flash messages).
 */
@org.springframework.modulith.ApplicationModule(displayName = "共享 Shared", type = org.springframework.modulith.ApplicationModule.Type.OPEN)
package cn.cebase.shared;
