package cn.cebase.recognition;

import java.time.Instant;
import java.util.List;

import cn.cebase.shared.BusinessException;

/**
 * 专家评审委员会的决定 on one application: recognise it (in the fields named) or not, with the
 * reasons the applicant will read. Recorded by the authority for its committee (JL 三(四) "审核、论证、
 * 考察和评审"; NAT6 三(四); ZB 第九条(三); FJ 第八条(四); SD 三(五)); changed only through its verbs:
 * taken (and retaken until publicity starts), and overturned once by an upheld objection.
 */
public record CommitteeDecision(long declarationId, long callId, Outcome outcome, String reasons, List<String> fields,
		Instant decidedAt) {

	public enum Outcome {
		/** 建议认定. */
		RECOGNIZE,
		/** 不予认定. */
		NOT_RECOGNIZE
	}

	public CommitteeDecision {
		fields = fields == null ? List.of() : List.copyOf(fields);
	}

	/** The committee's decision; a recognition names its fields, a refusal none. */
	static CommitteeDecision take(long declarationId, long callId, Outcome outcome, String reasons, List<String> fields,
			Instant at) {
		return new CommitteeDecision(declarationId, callId, outcome, reasons,
				outcome == Outcome.RECOGNIZE ? fields : List.of(), at);
	}

	/** An upheld objection turns a recognition into a refusal, for the objection's reasons. */
	CommitteeDecision overturn(String reasons, Instant at) {
		if (outcome != Outcome.RECOGNIZE) {
			throw BusinessException.conflict("decision.notToOverturn");
		}
		return new CommitteeDecision(declarationId, callId, Outcome.NOT_RECOGNIZE, reasons, List.of(), at);
	}
}
