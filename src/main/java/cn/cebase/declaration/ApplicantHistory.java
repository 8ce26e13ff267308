package cn.cebase.declaration;

/**
 * What the route has found out about an applicant that decides its later applications: whether a
 * file of it was ever refused for falsified materials (FJ 第二十四条 "不再受理"). The review module
 * answers it.
 */
public interface ApplicantHistory {

	boolean falsifiedBefore(long institutionId);
}
