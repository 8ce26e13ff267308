package cn.cebase.declaration;

import cn.cebase.identity.CurrentUser;

/**
 * Who else may read an application besides the applicant and the staff whose scope holds the
 * applicant: the organisations on its review route, which the review module knows. A department
 * or an enterprise recommends institutions that are not below it in the organisation tree.
 */
public interface DeclarationReaders {

	boolean mayRead(CurrentUser actor, Declaration declaration);
}
