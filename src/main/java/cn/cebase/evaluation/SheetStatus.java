package cn.cebase.evaluation;

/**
 * Where an expert's score sheet stands: DRAFT (nothing saved yet) → SAVED (暂存, changed as often as
 * the expert likes, every change kept) → LOCKED (提交评分, for good). Read from the sheet itself: it
 * is SAVED once it has lines, LOCKED once it has a lock time.
 */
public enum SheetStatus {
	DRAFT, SAVED, LOCKED;

	public boolean canBecome(SheetStatus next) {
		return switch (this) {
			// a draft must be saved, every criterion scored, before it can be locked
			case DRAFT -> next == SAVED;
			case SAVED -> next == SAVED || next == LOCKED;
			case LOCKED -> false;
		};
	}
}
