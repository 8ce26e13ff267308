/**
 * 认定与公布: the expert committee's decision on each application, the publicity period (公示)
 * with objections from anyone, recognition that creates the base with its number and plaque
 * (牌匾) whose code anyone can verify, the publication (公布) of a call's bases, and the public
 * registry of bases by level, region, field and status (DESIGN.md §2.5). Owns the {@code base}
 * table; later modules (operations, supervision) change a base's status through its API.
 */
@org.springframework.modulith.ApplicationModule(displayName = "认定公布 Recognition")
package cn.cebase.recognition;
