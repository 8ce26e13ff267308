package cn.cebase.evaluation;

import java.util.List;

/** An expert saved its sheet and the points or veto of these criteria ({@code seq}) changed; each change is kept. */
public record ScoresChanged(long panelId, long expertId, long declarationId, List<Integer> criteria) implements ScoreSheetEvent {
}
