package cn.cebase.recognition;

import java.time.Instant;

import cn.cebase.shared.BusinessException;

/**
 * 异议 against an application in publicity, and how the authority handled it: OPEN → UPHELD |
 * DISMISSED, once. Changes only through {@link #handle}.
 */
public record Objection(long id, long callId, long declarationId, String institutionName, String name, String contact,
		String text, Instant submittedAt, Status status, String handling, Instant handledAt) {

	public enum Status {
		OPEN, UPHELD, DISMISSED;

		public boolean canBecome(Status next) {
			return switch (this) {
				case OPEN -> next == UPHELD || next == DISMISSED;
				case UPHELD, DISMISSED -> false;
			};
		}
	}

	/** A new objection, as anyone submits it while the period runs. */
	static Objection submit(long callId, long declarationId, String name, String contact, String text, Instant at) {
		return new Objection(0, callId, declarationId, null, name, contact, text, at, Status.OPEN, null, null);
	}

	/** 异议处理: upheld or dismissed, with the reasons; an objection is handled once. */
	Objection handle(boolean upheld, String reasons, Instant at) {
		Status next = upheld ? Status.UPHELD : Status.DISMISSED;
		if (!status.canBecome(next)) {
			throw BusinessException.conflict("objection.alreadyHandled");
		}
		return new Objection(id, callId, declarationId, institutionName, name, contact, text, submittedAt, next, reasons, at);
	}
}
