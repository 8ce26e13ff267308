package cn.cebase.identity;

import java.util.List;

/** The tiles a module adds to a user's workbench (首页): none where nothing of it concerns the user. */
public interface WorkbenchContribution {

	List<WorkbenchTile> tilesFor(CurrentUser user);
}
