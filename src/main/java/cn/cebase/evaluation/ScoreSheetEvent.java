package cn.cebase.evaluation;

/** What a {@link ScoreSheet}'s verbs register, for {@link Scoring} to publish once the sheet is saved. */
sealed interface ScoreSheetEvent permits ScoresChanged, ScoreSheetLocked {
}
