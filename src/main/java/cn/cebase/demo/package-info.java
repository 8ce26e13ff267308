/**
 * 演示数据: the demo world of the five seed jurisdictions (JL, SD, NAT6, FJ, ZB) with an account
 * for every role, loaded on the first start of the default mode and never in production.
 */
@org.springframework.modulith.ApplicationModule(displayName = "演示数据 Demo")
package cn.cebase.demo;
