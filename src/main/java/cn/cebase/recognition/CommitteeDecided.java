package cn.cebase.recognition;

/** The committee decided (or decided again) on an application: recognise it or not. */
public record CommitteeDecided(long declarationId, long callId, CommitteeDecision.Outcome outcome) {
}
