package cn.cebase.recognition;

/** An application the committee did not recognise, or whose recognition an upheld objection stopped. */
public record ApplicationNotRecognized(long declarationId, long callId, long applicantOrganizationId, String reasons) {
}
