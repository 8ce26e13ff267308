package cn.cebase.evaluation;

import cn.cebase.declaration.Declaration;
import cn.cebase.declaration.DeclarationReaders;
import cn.cebase.identity.CurrentUser;
import cn.cebase.identity.Role;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;

/**
 * An expert opens an application only once assigned to it and having declared no conflict. Reads
 * the assignments itself: the application module asks it, so it must not depend back on it.
 */
@Component
class PanelReaders implements DeclarationReaders {

	private final JdbcClient jdbc;

	PanelReaders(JdbcClient jdbc) {
		this.jdbc = jdbc;
	}

	@Override
	public boolean mayRead(CurrentUser actor, Declaration declaration) {
		return mayRead(actor, declaration.id());
	}

	/** Assigned to the application and declared no conflict with it. */
	boolean mayRead(CurrentUser actor, long declarationId) {
		return actor.has(Role.EXPERT) && jdbc.sql("select exists (select 1 from expert_assignment a join expert e"
				+ " on e.id = a.expert_id where e.user_id = ? and a.declaration_id = ? and a.conflict = false)")
			.params(actor.id(), declarationId)
			.query(Boolean.class)
			.single();
	}
}
