package cn.cebase.review.web;

import java.time.Instant;
import java.util.List;

import cn.cebase.declaration.Declaration;
import cn.cebase.declaration.DeclarationStatus;
import cn.cebase.identity.CurrentUser;
import cn.cebase.review.InadmissibleReason;
import cn.cebase.review.QuotaUse;
import cn.cebase.review.Recommendation;
import cn.cebase.review.RecommendationLetter;
import cn.cebase.review.ReviewAction;
import cn.cebase.review.ReviewCase;
import cn.cebase.review.ReviewManagement;
import cn.cebase.review.ReviewStage;
import cn.cebase.review.WorkItem;
import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.tags.Tag;

import org.springframework.security.core.annotation.AuthenticationPrincipal;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RestController;

/** 审核推荐 API: worklists, an application's route, and every act of a stage, each on the version seen. */
@RestController
@Tag(name = "reviews", description = "审核推荐：待我审核、审核流程、通过、推荐（推荐函、名额）、退回、不通过、受理与不予受理")
class ReviewApiController {

	private final ReviewManagement reviews;

	ReviewApiController(ReviewManagement reviews) {
		this.reviews = reviews;
	}

	/** The application's state after an act, and where it stands on its route. */
	record CaseView(long declarationId, DeclarationStatus status, int version, String institutionName, String callTitle,
			List<ReviewStage> route, List<ReviewAction> history, Recommendation recommendation, ReviewStage myStage) {

		static CaseView of(ReviewCase c) {
			return new CaseView(c.declaration().id(), c.declaration().status(), c.declaration().version(),
					c.institutionName(), c.callTitle(), c.route(), c.history(), c.recommendation().orElse(null),
					c.myStage().orElse(null));
		}
	}

	/** An act with its opinion, on the version of the application the caller saw (optional). */
	record Act(String opinion, Integer version) {
	}

	record Recommend(RecommendationLetter letter, String opinion, Integer version) {
	}

	record Return(Integer toSeq, String opinion, Integer version) {
	}

	record Refuse(InadmissibleReason reason, String opinion, Integer version) {
	}

	record Move(int direction) {
	}

	record Moved(long declarationId, DeclarationStatus status, int version, Instant updatedAt) {

		static Moved of(Declaration d) {
			return new Moved(d.id(), d.status(), d.version(), d.updatedAt());
		}
	}

	@GetMapping("/api/v1/reviews")
	@Operation(summary = "待我审核：当前环节由本单位办理的申报")
	List<WorkItem> waiting(@AuthenticationPrincipal CurrentUser user) {
		return reviews.waiting(user);
	}

	@GetMapping("/api/v1/reviews/handled")
	@Operation(summary = "已办：本单位办理过、已不在本单位的申报")
	List<WorkItem> handled(@AuthenticationPrincipal CurrentUser user) {
		return reviews.handled(user);
	}

	@GetMapping("/api/v1/reviews/{id}")
	@Operation(summary = "申报的审核流程、审核记录、推荐函，及本单位当前可办理的环节")
	CaseView open(@AuthenticationPrincipal CurrentUser user, @PathVariable long id) {
		return CaseView.of(reviews.open(user, id));
	}

	@PostMapping("/api/v1/reviews/{id}/pass")
	@Operation(summary = "审核通过，转下一环节（推荐环节用推荐，受理环节用受理）")
	Moved pass(@AuthenticationPrincipal CurrentUser user, @PathVariable long id, @RequestBody(required = false) Act body) {
		Act act = body == null ? new Act(null, null) : body;
		return Moved.of(reviews.pass(user, id, act.opinion(), act.version()));
	}

	@PostMapping("/api/v1/reviews/{id}/recommend")
	@Operation(summary = "推荐：填写推荐函，占用本单位在本批次的推荐名额（重新确认不占名额）")
	Moved recommend(@AuthenticationPrincipal CurrentUser user, @PathVariable long id, @RequestBody Recommend body) {
		return Moved.of(reviews.recommend(user, id, body.letter(), body.opinion(), body.version()));
	}

	@PostMapping("/api/v1/reviews/{id}/return")
	@Operation(summary = "退回：toSeq 为空或 0 退回申报单位修改，否则退回到此前的某一环节")
	Moved returnTo(@AuthenticationPrincipal CurrentUser user, @PathVariable long id, @RequestBody Return body) {
		return Moved.of(reviews.returnTo(user, id, body.toSeq(), body.opinion(), body.version()));
	}

	@PostMapping("/api/v1/reviews/{id}/reject")
	@Operation(summary = "审核不通过（须说明理由）")
	Moved reject(@AuthenticationPrincipal CurrentUser user, @PathVariable long id, @RequestBody Act body) {
		return Moved.of(reviews.reject(user, id, body.opinion(), body.version()));
	}

	@PostMapping("/api/v1/reviews/{id}/accept")
	@Operation(summary = "受理（主管机关）")
	Moved accept(@AuthenticationPrincipal CurrentUser user, @PathVariable long id, @RequestBody(required = false) Act body) {
		Act act = body == null ? new Act(null, null) : body;
		return Moved.of(reviews.accept(user, id, act.opinion(), act.version()));
	}

	@PostMapping("/api/v1/reviews/{id}/refuse")
	@Operation(summary = "不予受理（主管机关；原因和理由必填）")
	Moved refuse(@AuthenticationPrincipal CurrentUser user, @PathVariable long id, @RequestBody Refuse body) {
		return Moved.of(reviews.refuse(user, id, body.reason(), body.opinion(), body.version()));
	}

	@GetMapping("/api/v1/calls/{callId}/recommendations")
	@Operation(summary = "推荐排序：推荐单位看本单位的，主管机关看全部")
	List<Recommendation> recommendations(@AuthenticationPrincipal CurrentUser user, @PathVariable long callId) {
		return reviews.recommendations(user, callId);
	}

	@GetMapping("/api/v1/calls/{callId}/quota")
	@Operation(summary = "本单位在该批次的推荐名额及已用数")
	QuotaUse quota(@AuthenticationPrincipal CurrentUser user, @PathVariable long callId) {
		return reviews.myQuota(user, callId);
	}

	@PostMapping("/api/v1/calls/{callId}/recommendations/{id}/move")
	@Operation(summary = "调整推荐排序：direction 为 -1 上移、1 下移")
	List<Recommendation> move(@AuthenticationPrincipal CurrentUser user, @PathVariable long callId, @PathVariable long id,
			@RequestBody Move body) {
		reviews.rerank(user, callId, id, body.direction());
		return reviews.recommendations(user, callId);
	}
}
