package cn.cebase.identity;

import java.util.List;

import cn.cebase.organization.DataScope;

import org.springframework.context.annotation.Configuration;
import org.springframework.core.MethodParameter;
import org.springframework.web.bind.support.WebDataBinderFactory;
import org.springframework.web.context.request.NativeWebRequest;
import org.springframework.web.method.support.HandlerMethodArgumentResolver;
import org.springframework.web.method.support.ModelAndViewContainer;
import org.springframework.web.servlet.config.annotation.WebMvcConfigurer;

/**
 * Lets a controller of a module below identity (organization) take the signed-in user's
 * {@link DataScope} as a parameter without depending on identity.
 */
@Configuration(proxyBeanMethods = false)
class DataScopeArgumentResolver implements WebMvcConfigurer, HandlerMethodArgumentResolver {

	@Override
	public void addArgumentResolvers(List<HandlerMethodArgumentResolver> resolvers) {
		resolvers.add(this);
	}

	@Override
	public boolean supportsParameter(MethodParameter parameter) {
		return parameter.getParameterType() == DataScope.class;
	}

	@Override
	public Object resolveArgument(MethodParameter parameter, ModelAndViewContainer mav, NativeWebRequest request,
			WebDataBinderFactory binderFactory) {
		return CurrentUser.signedIn()
			.map(CurrentUser::scope)
			.orElseThrow(() -> new org.springframework.security.access.AccessDeniedException("no signed-in user"));
	}
}
