package cn.cebase.organization;

import java.io.Serializable;

/**
 * What a staff user may see: its organisation and everything below it, or everything for the
 * platform's administrators. Queries filter with {@link #pathPrefix()} on a materialised path;
 * actions check {@link #covers(String)} on the record's path. Serializable: it travels in the signed-in user's
 * session, which PostgreSQL keeps for every node.
 */
public record DataScope(long organizationId, String path, boolean global) implements Serializable {

	public static DataScope everything(long organizationId) {
		return new DataScope(organizationId, "/", true);
	}

	public static DataScope of(Organization organization) {
		return new DataScope(organization.id(), organization.path(), false);
	}

	public boolean covers(String recordPath) {
		return global || (recordPath != null && recordPath.startsWith(path));
	}

	/** A LIKE pattern for a {@code path} column: '/1/7/%'. Paths hold only digits and slashes. */
	public String pathPrefix() {
		return (global ? "/" : path) + "%";
	}
}
