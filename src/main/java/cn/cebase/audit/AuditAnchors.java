package cn.cebase.audit;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;
import java.time.Clock;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.List;
import java.util.Optional;

import net.javacrumbs.shedlock.spring.annotation.SchedulerLock;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import org.springframework.beans.factory.annotation.Value;
import org.springframework.boot.context.event.ApplicationReadyEvent;
import org.springframework.context.event.EventListener;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.scheduling.annotation.Scheduled;
import org.springframework.stereotype.Component;

/**
 * The hash chain shows a row altered or removed in the middle, but not the newest rows removed:
 * what is left is still a valid chain. So the newest hash is anchored outside the table, daily and
 * at each start: appended to a file the database cannot rewrite ({@code cebase.audit.anchor-file};
 * in production on storage the database server and its administrators cannot write), written to
 * the log, and published at {@code /public/audit-anchors} for anyone to keep a copy. The
 * verification then requires every anchored row to be there with the anchored hash.
 */
@Component
class AuditAnchors {

	private static final Logger log = LoggerFactory.getLogger(AuditAnchors.class);

	record Anchor(Instant recordedAt, long id, String hash) {

		String line() {
			return recordedAt + " " + id + " " + hash;
		}

		static Optional<Anchor> parse(String line) {
			String[] parts = line.strip().split(" ");
			if (parts.length != 3 || line.startsWith("#")) {
				return Optional.empty();
			}
			return Optional.of(new Anchor(Instant.parse(parts[0]), Long.parseLong(parts[1]), parts[2]));
		}
	}

	private final JdbcClient jdbc;

	private final Path file;

	private final Clock clock;

	AuditAnchors(JdbcClient jdbc, @Value("${cebase.audit.anchor-file}") Path file, Clock clock) {
		this.jdbc = jdbc;
		this.file = file;
		this.clock = clock;
	}

	@EventListener(ApplicationReadyEvent.class)
	void atStart() {
		try {
			record();
		}
		catch (RuntimeException ex) {
			// the daily anchor tries again; a trail that cannot be anchored is no reason to stay down
			log.error("Could not anchor the audit chain at start", ex);
		}
	}

	@Scheduled(cron = "${cebase.audit.anchor-cron:0 5 0 * * *}")
	@SchedulerLock(name = "audit-anchor", lockAtMostFor = "PT5M")
	void daily() {
		record();
	}

	/** Anchors the newest row, unless it is anchored already; answers the anchor, if the trail has any row. */
	synchronized Optional<Anchor> record() {
		Optional<Anchor> newest = jdbc.sql("select id, hash from audit_event order by id desc limit 1")
			.query((rs, n) -> new Anchor(clock.instant().truncatedTo(ChronoUnit.SECONDS), rs.getLong("id"), rs.getString("hash")))
			.optional();
		newest.ifPresent(anchor -> {
			List<Anchor> anchors = all();
			if (!anchors.isEmpty() && anchors.get(anchors.size() - 1).id() == anchor.id()) {
				return;
			}
			try {
				Files.createDirectories(file.toAbsolutePath().getParent());
				Files.writeString(file, anchor.line() + "\n", StandardCharsets.UTF_8, StandardOpenOption.CREATE,
						StandardOpenOption.APPEND, StandardOpenOption.SYNC);
			}
			catch (IOException ex) {
				throw new UncheckedIOException("Could not append the audit anchor to " + file, ex);
			}
			log.info("Audit chain anchored: row {} hash {} (in {})", anchor.id(), anchor.hash(), file.toAbsolutePath());
		});
		return newest;
	}

	/** Every anchor recorded, oldest first. */
	List<Anchor> all() {
		if (!Files.exists(file)) {
			return List.of();
		}
		try {
			return Files.readAllLines(file, StandardCharsets.UTF_8).stream().flatMap(line -> Anchor.parse(line).stream()).toList();
		}
		catch (IOException ex) {
			throw new UncheckedIOException("Could not read the audit anchors in " + file, ex);
		}
	}
}
