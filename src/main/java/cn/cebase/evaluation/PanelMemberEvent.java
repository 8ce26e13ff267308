package cn.cebase.evaluation;

/** What a {@link PanelMember}'s verbs register, for {@link Panels} to publish once the member is saved. */
sealed interface PanelMemberEvent
		permits PanelMemberAccepted, PanelMemberDeclined, ReserveCalledIn, ConflictDeclared, PanelChairDesignated {
}
