package cn.cebase.evaluation;

/** 回避申报: a member said whether it has a conflict with an application, with its reason where it has one. */
public record ConflictDeclared(long panelId, long callId, long expertId, long declarationId, boolean conflict,
		String reason) implements PanelMemberEvent {
}
