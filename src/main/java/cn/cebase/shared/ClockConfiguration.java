package cn.cebase.shared;

import java.time.ZoneId;

import org.springframework.beans.factory.annotation.Value;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

/** One clock for the whole application, in Asia/Shanghai: the {@link MovableClock}, fixed in production. */
@Configuration(proxyBeanMethods = false)
class ClockConfiguration {

	static final ZoneId CHINA = ZoneId.of("Asia/Shanghai");

	@Bean
	MovableClock clock(@Value("${cebase.clock.movable:false}") boolean movable) {
		return new MovableClock(CHINA, movable);
	}
}
