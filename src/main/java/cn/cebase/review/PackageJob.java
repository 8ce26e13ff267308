package cn.cebase.review;

import java.time.Instant;

/** 打包下载: a background ZIP of a call's application forms and evidence, and how far it has got. */
public record PackageJob(long id, long callId, Long recommenderId, long requestedBy, Status status, int total, int done,
		String fileName, Long fileSize, String error, Instant createdAt, Instant finishedAt) {

	public enum Status {
		QUEUED, RUNNING, DONE, FAILED
	}

	/** Whole percent done, for the progress bar. */
	public int percent() {
		return total == 0 ? (status == Status.DONE ? 100 : 0) : Math.min(100, done * 100 / total);
	}

	public boolean finished() {
		return status == Status.DONE || status == Status.FAILED;
	}
}
