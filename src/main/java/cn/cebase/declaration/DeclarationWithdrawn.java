package cn.cebase.declaration;

/** 撤回: the applicant took its application back; whoever held it on the route lets it go. */
public record DeclarationWithdrawn(long declarationId, long callId, long institutionId) {
}
