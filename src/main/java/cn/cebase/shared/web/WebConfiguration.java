package cn.cebase.shared.web;

import java.time.Duration;
import java.util.Locale;
import java.util.Objects;

import org.springframework.beans.factory.SmartInitializingSingleton;
import org.springframework.boot.web.servlet.FilterRegistrationBean;
import org.springframework.context.ApplicationContext;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.web.servlet.LocaleResolver;
import org.springframework.web.servlet.config.annotation.InterceptorRegistry;
import org.springframework.web.servlet.config.annotation.WebMvcConfigurer;
import org.springframework.web.servlet.i18n.CookieLocaleResolver;
import org.springframework.web.servlet.i18n.LocaleChangeInterceptor;
import org.springframework.web.servlet.mvc.method.annotation.RequestMappingHandlerMapping;
import org.springframework.web.servlet.resource.ResourceUrlEncodingFilter;

/**
 * Chinese first: zh-CN unless the user picks English with {@code ?lang=en}, remembered in a cookie. And the
 * limits of the {@link RateLimited} public endpoints, counted after the language is known so that a refusal
 * speaks it.
 */
@Configuration(proxyBeanMethods = false)
class WebConfiguration implements WebMvcConfigurer {

	private final RateLimitInterceptor rateLimits;

	WebConfiguration(RateLimitProperties rateLimitProperties, JdbcClient jdbc) {
		this.rateLimits = new RateLimitInterceptor(rateLimitProperties, new RateLimiter(jdbc));
	}

	/** A {@link RateLimited} endpoint without its limit in the configuration stops the start, not a request. */
	@Bean
	static SmartInitializingSingleton everyRateLimitConfigured(ApplicationContext context) {
		return () -> {
			RateLimitProperties properties = context.getBean(RateLimitProperties.class);
			context.getBean("requestMappingHandlerMapping", RequestMappingHandlerMapping.class)
				.getHandlerMethods()
				.values()
				.stream()
				.map(RateLimitInterceptor::limitOf)
				.filter(Objects::nonNull)
				.forEach(limited -> properties.limit(limited.value()));
		};
	}

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
		registry.addInterceptor(rateLimits);
	}
}
