package cn.cebase.identity;

/**
 * What waits for a user, as the workbench shows it: a count and the list it leads to, contributed by
 * the module that knows. The count must agree with that list.
 *
 * @param id the element id of the count, stable for tests and bookmarks
 */
public record WorkbenchTile(String id, int order, String labelKey, long count, String href, String linkKey) {
}
