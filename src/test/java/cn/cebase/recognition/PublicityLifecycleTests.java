package cn.cebase.recognition;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.Instant;
import java.time.LocalDate;
import java.util.List;

import cn.cebase.shared.BusinessException;
import org.junit.jupiter.api.Test;

/**
 * The states of recognition's aggregates, each verb allowed and refused: a publicity starts with a
 * period in range and recognises once, after it ends; an objection is handled once; a committee's
 * recognition is overturned once, and only a recognition.
 */
class PublicityLifecycleTests {

	private static final LocalDate DAY = LocalDate.of(2026, 12, 3);

	private static final Instant AT = Instant.parse("2026-12-03T02:00:00Z");

	@Test
	void aPeriodRunsItsDaysFromTheFirstAndNoneMeansOverAtOnce() {
		Publicity seven = Publicity.start(9, 7, DAY, AT);
		assertThat(seven.endsOn()).isEqualTo(DAY.plusDays(6));
		assertThat(seven.openOn(DAY)).isTrue();
		assertThat(seven.openOn(DAY.plusDays(6))).isTrue();
		assertThat(seven.overOn(DAY.plusDays(6))).isFalse();
		assertThat(seven.overOn(DAY.plusDays(7))).isTrue();

		Publicity none = Publicity.start(9, 0, DAY, AT);
		assertThat(none.openOn(DAY)).isFalse();
		assertThat(none.overOn(DAY)).isTrue();

		for (int days : new int[] { -1, Publicity.MAX_DAYS + 1 }) {
			assertThatThrownBy(() -> Publicity.start(9, days, DAY, AT)).as(days + " days")
				.isInstanceOfSatisfying(BusinessException.class, ex -> {
					assertThat(ex.field()).isEqualTo("days");
					assertThat(ex.messageKey()).isEqualTo("publicity.daysRange");
				});
		}
		assertThat(Publicity.start(9, Publicity.MAX_DAYS, DAY, AT).days()).isEqualTo(Publicity.MAX_DAYS);
	}

	@Test
	void recognitionComesOnceAndOnlyAfterThePeriod() {
		Publicity seven = Publicity.start(9, 7, DAY, AT);
		assertThatThrownBy(() -> seven.recognize(DAY.plusDays(6), AT))
			.isInstanceOfSatisfying(BusinessException.class, ex -> {
				assertThat(ex.kind()).isEqualTo(BusinessException.Kind.CONFLICT);
				assertThat(ex.messageKey()).isEqualTo("recognition.publicityRunning");
				assertThat(ex.args()).containsExactly(DAY.plusDays(6).toString());
			});
		Publicity recognised = seven.recognize(DAY.plusDays(7), AT.plusSeconds(86_400 * 7));
		assertThat(recognised.recognized()).isTrue();
		assertThat(seven.recognized()).isFalse();
		assertThatThrownBy(() -> recognised.recognize(DAY.plusDays(8), AT))
			.isInstanceOfSatisfying(BusinessException.class,
					ex -> assertThat(ex.messageKey()).isEqualTo("recognition.done"));
	}

	@Test
	void anObjectionIsHandledOnce() {
		Objection open = Objection.submit(9, 3, "张三", "13900000000", "该机构的培训人数与实际不符。", AT);
		assertThat(open.status()).isEqualTo(Objection.Status.OPEN);
		for (boolean upheld : new boolean[] { true, false }) {
			Objection handled = open.handle(upheld, "经核实。", AT);
			assertThat(handled.status()).isEqualTo(upheld ? Objection.Status.UPHELD : Objection.Status.DISMISSED);
			assertThat(handled.handling()).isEqualTo("经核实。");
			assertThat(handled.handledAt()).isEqualTo(AT);
			for (boolean again : new boolean[] { true, false }) {
				assertThatThrownBy(() -> handled.handle(again, "再次处理", AT))
					.isInstanceOfSatisfying(BusinessException.class,
							ex -> assertThat(ex.messageKey()).isEqualTo("objection.alreadyHandled"));
			}
		}
		for (Objection.Status from : Objection.Status.values()) {
			for (Objection.Status to : Objection.Status.values()) {
				assertThat(from.canBecome(to)).as(from + " → " + to)
					.isEqualTo(from == Objection.Status.OPEN && to != Objection.Status.OPEN);
			}
		}
	}

	@Test
	void onlyARecognitionIsOverturnedAndItsFieldsGoWithIt() {
		CommitteeDecision recognise = CommitteeDecision.take(3, 9, CommitteeDecision.Outcome.RECOGNIZE, "条件突出。",
				List.of("智能制造"), AT);
		CommitteeDecision overturned = recognise.overturn("异议成立：培训人数不实。", AT.plusSeconds(60));
		assertThat(overturned.outcome()).isEqualTo(CommitteeDecision.Outcome.NOT_RECOGNIZE);
		assertThat(overturned.fields()).isEmpty();
		assertThat(overturned.reasons()).isEqualTo("异议成立：培训人数不实。");
		assertThatThrownBy(() -> overturned.overturn("再次", AT))
			.isInstanceOfSatisfying(BusinessException.class,
					ex -> assertThat(ex.messageKey()).isEqualTo("decision.notToOverturn"));
		// a refusal names no fields, whatever was typed
		assertThat(CommitteeDecision.take(3, 9, CommitteeDecision.Outcome.NOT_RECOGNIZE, "不足。", List.of("x"), AT).fields())
			.isEmpty();
	}
}
