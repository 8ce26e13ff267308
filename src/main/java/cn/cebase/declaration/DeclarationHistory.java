package cn.cebase.declaration;

import java.util.ArrayList;
import java.util.List;

/**
 * What an application's history page lists: its submitted versions, oldest first, and, for the
 * applicant while the application is back with it for revision, the draft under revision.
 *
 * @param draft the draft under revision, or null when there is none the user may see
 * @param draftChanged whether that draft differs from the last submitted version
 */
public record DeclarationHistory(long declarationId, List<VersionEntry> versions, VersionEntry draft,
		boolean draftChanged) {

	public DeclarationHistory {
		versions = List.copyOf(versions);
	}

	/** What a comparison may be asked between: the versions, then the draft if there is one. */
	public List<VersionEntry> choices() {
		List<VersionEntry> choices = new ArrayList<>(versions);
		if (draft != null) {
			choices.add(draft);
		}
		return choices;
	}

	/** The draft (if any), then the versions from the last submitted to the first, as a history page lists them. */
	public List<VersionEntry> newestFirst() {
		List<VersionEntry> newest = new ArrayList<>(choices());
		java.util.Collections.reverse(newest);
		return newest;
	}

	/** Whether there are two different things to compare. */
	public boolean comparable() {
		return versions.size() >= 2 || (!versions.isEmpty() && draft != null && draftChanged);
	}

	/** The later side a page offers first: the changed draft, else the last version. */
	public int defaultTo() {
		if (draft != null && draftChanged) {
			return VersionEntry.DRAFT;
		}
		return versions.isEmpty() ? VersionEntry.DRAFT : versions.get(versions.size() - 1).number();
	}

	/** The earlier side a page offers first: the version before {@link #defaultTo()}. */
	public int defaultFrom() {
		if (versions.isEmpty()) {
			return VersionEntry.DRAFT;
		}
		int last = versions.get(versions.size() - 1).number();
		return defaultTo() == VersionEntry.DRAFT || versions.size() < 2 ? last : versions.get(versions.size() - 2).number();
	}
}
