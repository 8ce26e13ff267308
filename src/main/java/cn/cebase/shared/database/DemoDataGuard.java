package cn.cebase.shared.database;

import java.util.Map;

import org.apache.commons.logging.Log;

import org.springframework.boot.EnvironmentPostProcessor;
import org.springframework.boot.SpringApplication;
import org.springframework.boot.logging.DeferredLogFactory;
import org.springframework.core.Ordered;
import org.springframework.core.env.ConfigurableEnvironment;
import org.springframework.core.env.MapPropertySource;

/**
 * Demo data only ever goes into the embedded database: its accounts share a published password
 * and are listed on a public page, so in a real database they would be open doors. With
 * {@code CEBASE_DB_URL} set the demo mode is switched off (and the log says so) unless
 * {@code cebase.demo.allow-external-database=true}, which only the test profile sets, for the CI
 * run against a throwaway PostgreSQL.
 */
class DemoDataGuard implements EnvironmentPostProcessor, Ordered {

	static final String ALLOW = "cebase.demo.allow-external-database";

	private final Log log;

	DemoDataGuard(DeferredLogFactory logs) {
		this.log = logs.getLog(DemoDataGuard.class);
	}

	@Override
	public void postProcessEnvironment(ConfigurableEnvironment environment, SpringApplication application) {
		String url = environment.getProperty("cebase.db.url", "");
		boolean demo = environment.getProperty("cebase.demo.enabled", Boolean.class, false);
		if (url.isBlank() || !demo || environment.getProperty(ALLOW, Boolean.class, false)) {
			return;
		}
		environment.getPropertySources()
			.addFirst(new MapPropertySource("cebase-demo-guard", Map.of("cebase.demo.enabled", "false")));
		log.warn("CEBASE_DB_URL names an external database, so no demo data is created in it and no demo accounts are"
				+ " listed (they share a published password). Run without CEBASE_DB_URL for the demo on the embedded"
				+ " database, or with SPRING_PROFILES_ACTIVE=prod for production.");
	}

	@Override
	public int getOrder() {
		// after the configuration files have been read
		return Ordered.LOWEST_PRECEDENCE;
	}
}
