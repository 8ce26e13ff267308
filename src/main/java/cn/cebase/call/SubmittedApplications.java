package cn.cebase.call;

/**
 * What the self-check needs to know of an institution's applications: whether it already has a
 * submitted, live one in a call (不得多头申报, SD 四(三), NAT6 四(三)) and whether one was ever
 * refused for falsified materials (FJ 第二十四条). The declaration module answers; the call module
 * cannot depend on it.
 */
public interface SubmittedApplications {

	boolean exists(long callId, long institutionId);

	/** Whether an application of the institution was ever refused for falsified materials (FJ 第二十四条). */
	boolean falsifiedBefore(long institutionId);
}
