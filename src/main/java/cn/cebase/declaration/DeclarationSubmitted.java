package cn.cebase.declaration;

/** An institution submitted (or resubmitted) its application: the first stage of the route acts next. */
public record DeclarationSubmitted(long declarationId, long callId, long institutionId, int versionNumber) {
}
