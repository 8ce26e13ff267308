package cn.cebase.call;

/**
 * Whether an institution already has a submitted, live application in a call, for the
 * self-check's 不得多头申报 rule (SD 四(三), NAT6 四(三)). The declaration module answers it;
 * the call module cannot depend on it.
 */
public interface SubmittedApplications {

	boolean exists(long callId, long institutionId);
}
