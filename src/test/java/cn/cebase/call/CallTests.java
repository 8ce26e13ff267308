package cn.cebase.call;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.Instant;
import java.util.List;

import cn.cebase.policy.TrackKind;
import cn.cebase.shared.BusinessException;

import org.junit.jupiter.api.Test;

/** 逾期不予受理 (JL 四(三), SD 四(六), NAT6 四(六)) to the second, and the call's life. */
class CallTests {

	static final Instant OPENS = Instant.parse("2024-01-01T00:00:00Z");

	static final Instant CLOSES = Instant.parse("2024-02-19T15:59:59Z"); // 2024-02-19 23:59:59 in Beijing

	@Test
	void takesSubmissionsFromTheOpeningToTheDeadlineSecond() {
		Call call = published();
		assertThat(call.acceptsSubmissionAt(OPENS.minusSeconds(1))).isFalse();
		assertThat(call.acceptsSubmissionAt(OPENS)).isTrue();
		assertThat(call.acceptsSubmissionAt(CLOSES)).isTrue();
		assertThat(call.acceptsSubmissionAt(CLOSES.plusSeconds(1))).isFalse();
	}

	@Test
	void aDraftOrClosedCallTakesNothing() {
		assertThat(draft().acceptsSubmissionAt(OPENS.plusSeconds(60))).isFalse();
		Call closed = published();
		closed.close(CLOSES.plusSeconds(1));
		assertThat(closed.acceptsSubmissionAt(OPENS.plusSeconds(60))).isFalse();
	}

	@Test
	void aCallWhoseDeadlineHasPassedCannotBePublished() {
		assertThatThrownBy(() -> draft().publish(CLOSES.plusSeconds(1))).isInstanceOfSatisfying(BusinessException.class,
				ex -> assertThat(ex.field()).isEqualTo("closesAt"));
	}

	@Test
	void anExtensionMovesTheDeadlineLaterAndReopensAClosedCall() {
		Call call = published();
		call.close(CLOSES.plusSeconds(1));
		Instant later = CLOSES.plusSeconds(7 * 24 * 3600);
		call.extend(later, CLOSES.plusSeconds(60));
		assertThat(call.status()).isEqualTo(CallStatus.PUBLISHED);
		assertThat(call.acceptsSubmissionAt(CLOSES.plusSeconds(3600))).isTrue();
		assertThatThrownBy(() -> call.extend(CLOSES, CLOSES.plusSeconds(60))).isInstanceOf(BusinessException.class);
	}

	@Test
	void aPublishedCallIsNotEditedAndAReviewingOneIsNotExtended() {
		Call call = published();
		assertThatThrownBy(() -> call.edit(call.details())).isInstanceOfSatisfying(BusinessException.class,
				ex -> assertThat(ex.messageKey()).isEqualTo("call.status.notDraft"));
		call.close(CLOSES.plusSeconds(1));
		call.startReview();
		assertThatThrownBy(() -> call.extend(CLOSES.plusSeconds(99999), CLOSES.plusSeconds(2)))
			.isInstanceOfSatisfying(BusinessException.class, ex -> assertThat(ex.messageKey()).isEqualTo("call.extend.notOpen"));
	}

	@Test
	void everyStatusAnswersEveryTransition() {
		for (CallStatus from : CallStatus.values()) {
			for (CallStatus to : CallStatus.values()) {
				boolean expected = switch (from) {
					case DRAFT -> to == CallStatus.PUBLISHED;
					case PUBLISHED -> to == CallStatus.CLOSED;
					case CLOSED -> to == CallStatus.REVIEWING || to == CallStatus.PUBLISHED;
					case REVIEWING -> to == CallStatus.CONCLUDED;
					case CONCLUDED -> false;
				};
				assertThat(from.canBecome(to)).as("%s → %s", from, to).isEqualTo(expected);
			}
		}
	}

	static Call draft() {
		return new Call(1L, "JL", 1, 10L, new CallDetails("2024年度省级继续教育基地申报", 2024, null, "通知正文", OPENS, CLOSES,
				List.of(TrackKind.REGULAR), List.of()), List.of(), CallStatus.DRAFT, null, null, 1L, OPENS, 0);
	}

	static Call published() {
		Call call = draft();
		call.publish(OPENS.minusSeconds(3600));
		return call;
	}
}
