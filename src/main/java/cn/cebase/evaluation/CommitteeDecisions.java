package cn.cebase.evaluation;

import java.util.Collection;
import java.util.HashSet;
import java.util.List;
import java.util.Set;

import cn.cebase.declaration.DeclarationProgress;
import cn.cebase.shared.BusinessException;

import org.springframework.stereotype.Component;

/**
 * Whether the expert committee has decided on an application, asked of those who know
 * ({@link DecidedApplications}): what it decided on — the scores, the chair's summary — stands.
 */
@Component
class CommitteeDecisions {

	private final List<DecidedApplications> decided;

	private final DeclarationProgress declarations;

	CommitteeDecisions(List<DecidedApplications> decided, DeclarationProgress declarations) {
		this.decided = decided;
		this.declarations = declarations;
	}

	/**
	 * Takes the application's row lock, which the committee's decision also takes, and refuses with
	 * the conflict given once it has decided.
	 */
	void lockUndecided(long declarationId, String refusal) {
		declarations.lock(declarationId);
		if (decided(declarationId)) {
			throw BusinessException.conflict(refusal);
		}
	}

	boolean decided(long declarationId) {
		return !decidedAmong(List.of(declarationId)).isEmpty();
	}

	Set<Long> decidedAmong(Collection<Long> declarationIds) {
		Set<Long> all = new HashSet<>();
		decided.forEach(d -> all.addAll(d.decidedAmong(declarationIds)));
		return all;
	}
}
