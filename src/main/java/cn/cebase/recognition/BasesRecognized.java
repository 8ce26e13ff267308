package cn.cebase.recognition;

import java.util.List;

/** 认定并公布: the bases a call produced (new ones and re-confirmed ones), once the transaction commits. */
public record BasesRecognized(long callId, String callTitle, List<Recognized> bases) {

	/** One base and the organisation whose staff hear of it. */
	public record Recognized(long baseId, String number, long applicantOrganizationId) {
	}
}
