/**
 * 文件: uploaded files kept once per content (SHA-256) in PostgreSQL, their real type read from the
 * first bytes rather than trusted from the name, and a size limit an installation configures.
 * DESIGN.md lists it last; it is a low-level service every module that takes uploads uses, so it
 * depends on nothing but {@code shared}.
 */
@org.springframework.modulith.ApplicationModule(displayName = "文件 Document", type = org.springframework.modulith.ApplicationModule.Type.OPEN,
		allowedDependencies = { "shared" })
package cn.cebase.document;
