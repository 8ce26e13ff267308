package cn.cebase.review;

import java.time.Clock;
import java.time.Duration;

import net.javacrumbs.shedlock.spring.annotation.SchedulerLock;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import org.springframework.beans.factory.annotation.Value;
import org.springframework.scheduling.annotation.Scheduled;
import org.springframework.stereotype.Component;

/**
 * Removes packages, and their jobs, once they are older than {@code cebase.packages.keep}: a package is a
 * download of the moment, and the forms and evidence it copies stay with the applications. One node does it.
 */
@Component
class PackageCleanup {

	private static final Logger log = LoggerFactory.getLogger(PackageCleanup.class);

	private final PackageJobs jobs;

	private final Clock clock;

	private final Duration keep;

	PackageCleanup(PackageJobs jobs, Clock clock, @Value("${cebase.packages.keep:7d}") Duration keep) {
		this.jobs = jobs;
		this.clock = clock;
		this.keep = keep;
	}

	@Scheduled(fixedDelayString = "${cebase.packages.cleanup-every:PT1H}", initialDelayString = "PT1M")
	@SchedulerLock(name = "package-cleanup", lockAtMostFor = "PT30M")
	void removeOld() {
		int removed = jobs.removeCreatedBefore(clock.instant().minus(keep));
		if (removed > 0) {
			log.info("Removed {} package(s) older than {}", removed, keep);
		}
	}
}
