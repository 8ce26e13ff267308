package cn.cebase;

import cn.cebase.shared.MovableClock;
import org.junit.jupiter.api.extension.AfterEachCallback;
import org.junit.jupiter.api.extension.ExtensionContext;

import org.springframework.test.context.junit.jupiter.SpringExtension;

/** Puts the application's {@link MovableClock} back to the real time after each test. */
final class ClockReset implements AfterEachCallback {

	@Override
	public void afterEach(ExtensionContext context) {
		SpringExtension.getApplicationContext(context).getBean(MovableClock.class).reset();
	}
}
