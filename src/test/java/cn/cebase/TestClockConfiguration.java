package cn.cebase;

import java.time.ZoneId;

import org.springframework.boot.test.context.TestConfiguration;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Primary;

/** Every bean that asks for the {@link java.time.Clock} gets the movable one. */
@TestConfiguration(proxyBeanMethods = false)
class TestClockConfiguration {

	@Bean
	@Primary
	MovableClock movableClock() {
		return new MovableClock(ZoneId.of("Asia/Shanghai"));
	}
}
