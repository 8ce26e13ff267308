package cn.cebase.shared.web;

import java.time.Duration;
import java.util.Locale;

import org.springframework.boot.web.servlet.FilterRegistrationBean;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.web.servlet.LocaleResolver;
import org.springframework.web.servlet.config.annotation.InterceptorRegistry;
import org.springframework.web.servlet.config.annotation.WebMvcConfigurer;
import org.springframework.web.servlet.i18n.CookieLocaleResolver;
import org.springframework.web.servlet.i18n.LocaleChangeInterceptor;
import org.springframework.web.servlet.resource.ResourceUrlEncodingFilter;

/** Chinese first: zh-CN unless the user picks English with {@code ?lang=en}, remembered in a cookie. */
@Configuration(proxyBeanMethods = false)
class WebConfiguration implements WebMvcConfigurer {

	@Bean
	LocaleResolver localeResolver() {
		CookieLocaleResolver resolver = new CookieLocaleResolver("cebase-lang");
		resolver.setDefaultLocale(Locale.SIMPLIFIED_CHINESE);
		resolver.setCookieMaxAge(Duration.ofDays(365));
		return resolver;
	}

	/**
	 * Keeps Spring's ResourceUrlEncodingFilter out. Boot adds it because webjars-locator-lite is
	 * present, and it then sends every link a page builds (each institution in a list, the menu)
	 * through the static resource resolvers: a classpath search of the whole jar for
	 * "static/institutions/123" that finds nothing and so is never cached. That was half the CPU
	 * of a list page under load (docs/load-testing.md). Pages link webjars without a version
	 * (/webjars/bootstrap/dist/...), which the resource chain still resolves when they are requested.
	 */
	@Bean
	FilterRegistrationBean<ResourceUrlEncodingFilter> resourceUrlEncodingFilter() {
		FilterRegistrationBean<ResourceUrlEncodingFilter> registration = new FilterRegistrationBean<>(
				new ResourceUrlEncodingFilter());
		registration.setEnabled(false);
		return registration;
	}

	@Override
	public void addInterceptors(InterceptorRegistry registry) {
		LocaleChangeInterceptor interceptor = new LocaleChangeInterceptor();
		interceptor.setParamName("lang");
		interceptor.setIgnoreInvalidLocale(true);
		registry.addInterceptor(interceptor);
	}
}
