package cn.cebase.review;

import cn.cebase.declaration.Declaration;
import cn.cebase.declaration.DeclarationReaders;
import cn.cebase.identity.CurrentUser;
import cn.cebase.identity.Role;

import org.springframework.stereotype.Component;

/** The staff of every organisation on an application's route may read it, before, during and after their turn. */
@Component
class RouteReaders implements DeclarationReaders {

	private final ReviewStages stages;

	RouteReaders(ReviewStages stages) {
		this.stages = stages;
	}

	@Override
	public boolean mayRead(CurrentUser actor, Declaration declaration) {
		return (actor.has(Role.AUTHORITY) || actor.has(Role.RECOMMENDER))
				&& stages.isOnRoute(declaration.id(), actor.organizationId());
	}
}
