package cn.cebase.call;

import java.time.Clock;

import net.javacrumbs.shedlock.spring.annotation.SchedulerLock;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import org.springframework.scheduling.annotation.Scheduled;
import org.springframework.stereotype.Component;

/** 截止: closes the calls whose deadline has passed, on one node only. */
@Component
class CallDeadlines {

	private static final Logger log = LoggerFactory.getLogger(CallDeadlines.class);

	private final CallManagement calls;

	private final Clock clock;

	CallDeadlines(CallManagement calls, Clock clock) {
		this.calls = calls;
		this.clock = clock;
	}

	@Scheduled(fixedDelayString = "${cebase.calls.deadline-check:PT30S}", initialDelayString = "PT10S")
	@SchedulerLock(name = "call-deadlines", lockAtMostFor = "PT5M")
	void closeDue() {
		int closed = calls.closeDue(clock.instant());
		if (closed > 0) {
			log.info("Closed {} call(s) at their deadline", closed);
		}
	}
}
