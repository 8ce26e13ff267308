package cn.cebase.shared.database;

import org.springframework.beans.factory.InitializingBean;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.context.annotation.Profile;

/** What production needs besides its database, checked at start rather than found missing on the first plaque. */
@Configuration(proxyBeanMethods = false)
@Profile("prod")
class ProductionConfiguration {

	@Bean
	InitializingBean publicUrlIsSet(@Value("${cebase.public-url:}") String publicUrl) {
		return () -> {
			if (publicUrl.isBlank()) {
				throw new PublicUrlMissingException();
			}
		};
	}
}
