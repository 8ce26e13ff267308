package cn.cebase.declaration;

import java.time.Instant;

/**
 * One line of an application's history: a submitted version by its number, when and by whom, or
 * (number 0) the draft the applicant is revising after a return, with the time it was last saved.
 */
public record VersionEntry(int number, boolean draft, Instant at, String by) {

	/** The number that stands for the draft under revision wherever a version number is asked for. */
	public static final int DRAFT = 0;

	static VersionEntry submitted(DeclarationVersion version, String by) {
		return new VersionEntry(version.number(), false, version.submittedAt(), by);
	}

	static VersionEntry draft(Instant lastSaved) {
		return new VersionEntry(DRAFT, true, lastSaved, null);
	}
}
