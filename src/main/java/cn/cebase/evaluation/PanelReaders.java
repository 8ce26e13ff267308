package cn.cebase.evaluation;

import cn.cebase.declaration.Declaration;
import cn.cebase.declaration.DeclarationReaders;
import cn.cebase.identity.CurrentUser;
import cn.cebase.identity.Role;

import org.springframework.stereotype.Component;

/**
 * An expert opens an application only once assigned to it and having declared no conflict. Asks
 * the members' repository itself: the application module asks it, so it must not depend back on it.
 */
@Component
class PanelReaders implements DeclarationReaders {

	private final PanelMembers members;

	PanelReaders(PanelMembers members) {
		this.members = members;
	}

	@Override
	public boolean mayRead(CurrentUser actor, Declaration declaration) {
		return mayRead(actor, declaration.id());
	}

	/** Assigned to the application and declared no conflict with it. */
	boolean mayRead(CurrentUser actor, long declarationId) {
		return actor.has(Role.EXPERT) && members.mayRead(actor.id(), declarationId);
	}
}
