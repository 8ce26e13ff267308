package cn.cebase.review;

import java.util.List;
import java.util.Optional;

import cn.cebase.declaration.Declaration;

/**
 * An application as a stage on its route sees it: the route, its history, the recommendation if
 * made, and the stage at which the signed-in organisation may act now ({@code myStage}, empty
 * when it may not).
 */
public record ReviewCase(Declaration declaration, String institutionName, String callTitle, List<ReviewStage> route,
		List<ReviewAction> history, Optional<Recommendation> recommendation, Optional<ReviewStage> myStage,
		Optional<QuotaUse> quota) {

	/** The stages before {@code myStage}, to which it may send the application back. */
	public List<ReviewStage> earlierStages() {
		return myStage.map(mine -> route.stream().filter(s -> s.seq() < mine.seq()).toList()).orElse(List.of());
	}
}
