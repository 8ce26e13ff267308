package cn.cebase.call;

import cn.cebase.identity.CurrentUser;
import cn.cebase.identity.Role;
import cn.cebase.organization.Organization;
import cn.cebase.organization.OrganizationManagement;
import cn.cebase.policy.PolicyProfile;
import cn.cebase.policy.PolicyProfiles;
import cn.cebase.shared.BusinessException;

import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;

/**
 * Who may see or act on a call, and its profile: one place for the checks that the call's
 * lifecycle, its quotas and its eligibility rules all start from.
 */
@Component
@Transactional(readOnly = true)
class CallAccess {

	private final Calls calls;

	private final OrganizationManagement organizations;

	private final PolicyProfiles profiles;

	CallAccess(Calls calls, OrganizationManagement organizations, PolicyProfiles profiles) {
		this.calls = calls;
		this.organizations = organizations;
		this.profiles = profiles;
	}

	/** A call as the public sees it: published or later; a draft only to its authority's staff. */
	Call get(CurrentUser actor, long id) {
		Call call = calls.findById(id).orElseThrow(BusinessException::notFound);
		if (call.status() == CallStatus.DRAFT && (actor == null || !actor.has(Role.AUTHORITY)
				|| !actor.scope().covers(organizations.get(call.authorityId()).path()))) {
			throw BusinessException.notFound();
		}
		return call;
	}


	PolicyProfile profileOf(Call call) {
		return profiles.latest(call.profileCode()).orElseThrow();
	}

	Organization authorityOf(CurrentUser actor) {
		if (actor == null || !actor.has(Role.AUTHORITY)) {
			throw BusinessException.forbidden();
		}
		return organizations.get(actor.organizationId());
	}

	/** A call of the actor's authority or one below it; a version, when given, must be the one shown. */
	Call ownCall(CurrentUser actor, long id, Integer version) {
		authorityOf(actor);
		Call call = calls.findById(id)
			.filter(c -> actor.scope().covers(organizations.get(c.authorityId()).path()))
			.orElseThrow(BusinessException::notFound);
		if (version != null && version != call.version()) {
			throw new org.springframework.dao.OptimisticLockingFailureException("call " + id + " changed since it was shown");
		}
		return call;
	}
}
