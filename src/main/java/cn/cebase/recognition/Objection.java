package cn.cebase.recognition;

import java.time.Instant;

/** 异议 against an application in publicity, and how the authority handled it. */
public record Objection(long id, long callId, long declarationId, String institutionName, String name, String contact,
		String text, Instant submittedAt, Status status, String handling, Instant handledAt) {

	public enum Status {
		OPEN, UPHELD, DISMISSED
	}
}
