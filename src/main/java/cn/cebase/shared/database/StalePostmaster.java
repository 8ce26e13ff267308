package cn.cebase.shared.database;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.channels.FileChannel;
import java.nio.channels.FileLock;
import java.nio.channels.OverlappingFileLockException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;
import java.time.Duration;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.TimeUnit;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * After the application was killed (kill -9, a power cut of the JVM alone) its embedded PostgreSQL
 * lives on, holding the data directory, and the next start would give up waiting for a server
 * that cannot start. The embedded server's lock file ({@code epg-lock}, held by the JVM that
 * started it) tells an orphan from a server another running application still uses: an orphan
 * is shut down cleanly (it checkpoints, and its data stays), a server in use is left alone and
 * the start refused with what to do.
 */
final class StalePostmaster {

	private static final Logger log = LoggerFactory.getLogger(StalePostmaster.class);

	private static final Duration PATIENCE = Duration.ofSeconds(60);

	private StalePostmaster() {
	}

	static void stopIfOrphaned(Path pgData) {
		Optional<ProcessHandle> postmaster = runningPostmaster(pgData);
		if (postmaster.isEmpty()) {
			return;
		}
		long pid = postmaster.get().pid();
		if (heldByAnotherApplication(pgData.resolve("epg-lock"))) {
			throw new IllegalStateException("The embedded PostgreSQL (PID " + pid + ") of " + pgData
					+ " belongs to another CE-Base that is still running: stop that one first, or give this one its own"
					+ " CEBASE_DATA_DIR.");
		}
		log.warn("An embedded PostgreSQL (PID {}) left by an earlier run still holds {}; stopping it", pid, pgData);
		// SIGTERM: PostgreSQL's smart shutdown, which waits only for client sessions, and the clients died with the JVM
		postmaster.get().destroy();
		if (!waitForExit(postmaster.get())) {
			throw new IllegalStateException("The embedded PostgreSQL (PID " + pid + ") left by an earlier run still holds "
					+ pgData + " and did not stop within " + PATIENCE.toSeconds() + " s: stop it (kill " + pid
					+ ") and start again.");
		}
	}

	/** The live postmaster named by postmaster.pid, if it serves this data directory. */
	static Optional<ProcessHandle> runningPostmaster(Path pgData) {
		Path pidFile = pgData.resolve("postmaster.pid");
		if (!Files.isRegularFile(pidFile)) {
			return Optional.empty();
		}
		try {
			List<String> lines = Files.readAllLines(pidFile);
			if (lines.size() < 2 || !lines.get(0).strip().matches("\\d+")
					|| !Path.of(lines.get(1).strip()).toAbsolutePath().normalize().equals(pgData.toAbsolutePath().normalize())) {
				return Optional.empty();
			}
			// a process of another program that got the same id after a reboot is none of ours
			return ProcessHandle.of(Long.parseLong(lines.get(0).strip()))
				.filter(ProcessHandle::isAlive)
				.filter(p -> p.info().command().map(c -> c.endsWith("/postgres")).orElse(false));
		}
		catch (IOException ex) {
			throw new UncheckedIOException("Could not read " + pidFile, ex);
		}
	}

	private static boolean heldByAnotherApplication(Path lockFile) {
		if (!Files.exists(lockFile)) {
			return false;
		}
		try (FileChannel channel = FileChannel.open(lockFile, StandardOpenOption.WRITE)) {
			FileLock lock = channel.tryLock();
			if (lock == null) {
				return true;
			}
			lock.release();
			return false;
		}
		catch (OverlappingFileLockException ex) {
			// this very JVM holds it: an application context that has not been closed
			return true;
		}
		catch (IOException ex) {
			throw new UncheckedIOException("Could not check " + lockFile, ex);
		}
	}

	private static boolean waitForExit(ProcessHandle process) {
		try {
			process.onExit().get(PATIENCE.toMillis(), TimeUnit.MILLISECONDS);
			return true;
		}
		catch (java.util.concurrent.TimeoutException ex) {
			return false;
		}
		catch (java.util.concurrent.ExecutionException ex) {
			return !process.isAlive();
		}
		catch (InterruptedException ex) {
			Thread.currentThread().interrupt();
			return false;
		}
	}
}
