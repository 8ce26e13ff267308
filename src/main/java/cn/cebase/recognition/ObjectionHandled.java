package cn.cebase.recognition;

/** The authority upheld or dismissed an objection against an application in publicity. */
public record ObjectionHandled(long objectionId, long callId, long declarationId, Objection.Status outcome) {
}
