/**
 * 组织机构: the GB/T 2260 regions and the tree of organisations — MOHRSS, provincial 人社厅,
 * city and county 人社局, industry departments (行业主管部门), ministries, SOEs and the
 * institutions that register. Owns the data scope: an organisation sees itself and what is
 * below it, decided by a materialised path.
 */
@org.springframework.modulith.ApplicationModule(displayName = "组织机构 Organization",
		allowedDependencies = { "shared" })
package cn.cebase.organization;
