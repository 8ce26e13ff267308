package cn.cebase.evaluation;

import java.util.Collection;
import java.util.Set;

/**
 * Whether the expert committee has decided on an application, for the rule that the panel chair's
 * summary, which the committee decided on, stands once it has (FJ 第八条(四), JL 三(四): the
 * committee's 审核、论证、考察和评审 ends in its decision). The recognition module answers; the
 * evaluation module cannot depend on it.
 */
public interface DecidedApplications {

	/** Those of the applications on which the committee has decided. */
	Set<Long> decidedAmong(Collection<Long> declarationIds);
}
