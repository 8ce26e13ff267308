package cn.cebase.portal;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import org.springframework.beans.factory.annotation.Value;
import org.springframework.boot.context.event.ApplicationReadyEvent;
import org.springframework.context.event.EventListener;
import org.springframework.core.env.Environment;
import org.springframework.stereotype.Component;

/** Tells the person who started the application where to open it and, in demo mode, where the accounts are. */
@Component
class StartupBanner {

	private static final Logger log = LoggerFactory.getLogger(StartupBanner.class);

	private final Environment environment;

	private final boolean demo;

	StartupBanner(Environment environment, @Value("${cebase.demo.enabled:false}") boolean demo) {
		this.environment = environment;
		this.demo = demo;
	}

	@EventListener
	void ready(ApplicationReadyEvent event) {
		String port = environment.getProperty("local.server.port", environment.getProperty("server.port", "8080"));
		String url = "http://localhost:" + port + "/";
		if (demo) {
			log.info("CE-Base is ready at {} — demo accounts are listed at {}public/demo-accounts and in README.md", url, url);
		}
		else {
			log.info("CE-Base is ready at {}", url);
		}
	}
}
