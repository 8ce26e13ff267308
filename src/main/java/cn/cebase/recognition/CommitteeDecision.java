package cn.cebase.recognition;

import java.time.Instant;
import java.util.List;

/**
 * 专家评审委员会的决定 on one application: recognise it (in the fields named) or not, with the
 * reasons the applicant will read. Recorded by the authority for its committee (JL 三(四) "审核、论证、
 * 考察和评审"; NAT6 三(四); ZB 第九条(三); FJ 第八条(四); SD 三(五)).
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
}
