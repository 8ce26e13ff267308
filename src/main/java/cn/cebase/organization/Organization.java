package cn.cebase.organization;

/** An organisation as other modules see it. */
public record Organization(long id, String code, String name, OrganizationKind kind, String regionCode, Long parentId,
		String path) {

	/** Whether this organisation is {@code other} or above it in the tree. */
	public boolean covers(Organization other) {
		return other.path().startsWith(path);
	}
}
