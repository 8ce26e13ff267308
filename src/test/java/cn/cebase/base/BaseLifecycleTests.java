package cn.cebase.base;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.Instant;
import java.time.LocalDate;
import java.util.EnumSet;
import java.util.Set;

import cn.cebase.shared.BusinessException;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;

/**
 * DESIGN.md §2.6: ACTIVE ⇄ RECTIFYING → REVOKED; ACTIVE → SUSPENDED_WORK → ACTIVE | REVOKED;
 * ACTIVE → CANCELLED; ACTIVE → LAPSED (and RECTIFYING → LAPSED, SD 三（三）). Every verb from every
 * status: allowed where the table says so, refused with a conflict everywhere else, nothing changed.
 */
class BaseLifecycleTests {

	private static final LocalDate RECOGNISED = LocalDate.of(2024, 3, 1);

	private static Base in(BaseStatus status, LocalDate workSuspendedOn) {
		return new Base(7, "闽继基〔2024〕007号", 1, status, RECOGNISED, null, workSuspendedOn);
	}

	private static Base.Change change(RevocationGround ground, LocalDate on) {
		return new Base.Change(ground, ground != null && ground.namesItsBasis() ? ground.basis() : "人社部令第25号", "理由", on, 42L,
				Instant.parse("2026-12-03T02:00:00Z"));
	}

	/** The statuses each verb may start from. */
	private static Set<BaseStatus> allowedFrom(BaseAction action) {
		return switch (action) {
			case RECTIFY, SUSPEND_WORK, CANCEL -> EnumSet.of(BaseStatus.ACTIVE);
			case END_RECTIFICATION -> EnumSet.of(BaseStatus.RECTIFYING);
			case RESUME_WORK -> EnumSet.of(BaseStatus.SUSPENDED_WORK);
			case REVOKE -> EnumSet.of(BaseStatus.ACTIVE, BaseStatus.RECTIFYING, BaseStatus.SUSPENDED_WORK);
			case LAPSE -> EnumSet.of(BaseStatus.ACTIVE, BaseStatus.RECTIFYING);
		};
	}

	@ParameterizedTest
	@EnumSource(BaseAction.class)
	void eachVerbMovesOnlyFromTheStatusesTheTableAllows(BaseAction action) {
		LocalDate on = LocalDate.of(2026, 12, 3);
		for (BaseStatus from : BaseStatus.values()) {
			// a revocation on a ground that any status holding the title allows
			Base.Change change = change(action == BaseAction.REVOKE ? RevocationGround.OTHER_REVOCATION : null, on);
			Base base = in(from, null);
			if (allowedFrom(action).contains(from)) {
				base.apply(action, change);
				assertThat(base.status()).as(action + " from " + from).isEqualTo(action.leadsTo());
				assertThat(base.statusChangedOn()).isEqualTo(on);
				assertThat(base.pendingChanges()).singleElement().satisfies(c -> {
					assertThat(c.action()).isEqualTo(action);
					assertThat(c.from()).isEqualTo(from);
					assertThat(c.to()).isEqualTo(action.leadsTo());
				});
				assertThat(base.pendingEvents()).singleElement().satisfies(e -> {
					assertThat(e.baseId()).isEqualTo(7);
					assertThat(e.from()).isEqualTo(from);
					assertThat(e.to()).isEqualTo(action.leadsTo());
					assertThat(e.basis()).isEqualTo(change.basis());
				});
			}
			else {
				assertThatThrownBy(() -> base.apply(action, change)).as(action + " from " + from)
					.isInstanceOfSatisfying(BusinessException.class, ex -> {
						assertThat(ex.kind()).isEqualTo(BusinessException.Kind.CONFLICT);
						assertThat(ex.messageKey()).isEqualTo("base.status.illegal." + from.name());
					});
				assertThat(base.status()).isEqualTo(from);
				assertThat(base.pendingChanges()).isEmpty();
				assertThat(base.pendingEvents()).isEmpty();
			}
		}
	}

	@Test
	void theVerbsAgreeWithTheStatusTable() {
		for (BaseAction action : BaseAction.values()) {
			for (BaseStatus from : BaseStatus.values()) {
				if (action.appliesTo(from)) {
					assertThat(from.canBecome(action.leadsTo())).as(action + " from " + from).isTrue();
				}
				assertThat(action.appliesTo(from)).as(action + " from " + from).isEqualTo(allowedFrom(action).contains(from));
			}
		}
	}

	@Test
	void revokedCancelledAndLapsedAreFinalAndHoldNoTitle() {
		for (BaseStatus status : EnumSet.of(BaseStatus.REVOKED, BaseStatus.CANCELLED, BaseStatus.LAPSED)) {
			assertThat(status.holdsTitle()).as(status.name()).isFalse();
			for (BaseStatus next : BaseStatus.values()) {
				assertThat(status.canBecome(next)).as(status + " → " + next).isFalse();
			}
		}
		assertThat(EnumSet.of(BaseStatus.ACTIVE, BaseStatus.RECTIFYING, BaseStatus.SUSPENDED_WORK))
			.allSatisfy(s -> assertThat(s.holdsTitle()).as(s.name()).isTrue());
	}

	@Test
	void aRevocationAfterFailedRectificationNeedsTheRectificationFirst() {
		// 闽人社发〔2024〕5号 第二十三条第一款: 责令限期整改，在规定时间内仍然达不到要求的，取消其资格
		Base active = in(BaseStatus.ACTIVE, null);
		assertThatThrownBy(() -> active.revoke(change(RevocationGround.FJ_RECTIFICATION_FAILED, LocalDate.of(2026, 12, 3))))
			.isInstanceOfSatisfying(BusinessException.class, ex -> {
				assertThat(ex.kind()).isEqualTo(BusinessException.Kind.CONFLICT);
				assertThat(ex.field()).isEqualTo("ground");
				assertThat(ex.messageKey()).isEqualTo("base.change.groundNotFrom.RECTIFYING");
				assertThat(ex.args()).containsExactly("闽人社发〔2024〕5号 第二十三条第一款");
			});
		assertThat(active.status()).isEqualTo(BaseStatus.ACTIVE);

		Base rectifying = in(BaseStatus.RECTIFYING, null);
		rectifying.revoke(change(RevocationGround.FJ_RECTIFICATION_FAILED, LocalDate.of(2026, 12, 3)));
		assertThat(rectifying.status()).isEqualTo(BaseStatus.REVOKED);
		assertThat(rectifying.pendingEvents().get(0).ground()).isEqualTo("FJ_RECTIFICATION_FAILED");
	}

	@Test
	void aDirectRevocationNeedsNoRectification() {
		// 第二十三条第二款（一）重大舆情; 淄人社发〔2025〕5号 第二十四条 乱办班、乱收费、乱发证
		for (RevocationGround ground : EnumSet.of(RevocationGround.FJ_MAJOR_PUBLIC_OPINION, RevocationGround.ZB_MISCONDUCT)) {
			Base base = in(BaseStatus.ACTIVE, null);
			base.revoke(change(ground, LocalDate.of(2026, 12, 3)));
			assertThat(base.status()).as(ground.name()).isEqualTo(BaseStatus.REVOKED);
		}
	}

	@Test
	void pausedWorkIsRevokedOnlyOnceAYearHasPassed() {
		// 第二十三条第二款（二）: 工作暂停，一年内无法恢复 — the boundary: a year to the day
		LocalDate paused = LocalDate.of(2025, 12, 3);
		Base early = in(BaseStatus.SUSPENDED_WORK, paused);
		assertThatThrownBy(() -> early.revoke(change(RevocationGround.FJ_WORK_SUSPENDED_OVER_A_YEAR, LocalDate.of(2026, 12, 2))))
			.isInstanceOfSatisfying(BusinessException.class, ex -> {
				assertThat(ex.messageKey()).isEqualTo("base.change.suspendedUnderAYear");
				assertThat(ex.args()).containsExactly("2025-12-03", "2026-12-03", "闽人社发〔2024〕5号 第二十三条第二款（二）");
			});
		assertThat(early.status()).isEqualTo(BaseStatus.SUSPENDED_WORK);

		Base due = in(BaseStatus.SUSPENDED_WORK, paused);
		due.revoke(change(RevocationGround.FJ_WORK_SUSPENDED_OVER_A_YEAR, LocalDate.of(2026, 12, 3)));
		assertThat(due.status()).isEqualTo(BaseStatus.REVOKED);

		Base active = in(BaseStatus.ACTIVE, null);
		assertThatThrownBy(() -> active.revoke(change(RevocationGround.FJ_WORK_SUSPENDED_OVER_A_YEAR, LocalDate.of(2026, 12, 3))))
			.isInstanceOfSatisfying(BusinessException.class,
					ex -> assertThat(ex.messageKey()).isEqualTo("base.change.groundNotFrom.SUSPENDED_WORK"));
	}

	@Test
	void aRevocationNeedsARevocationGround() {
		Base base = in(BaseStatus.ACTIVE, null);
		assertThatThrownBy(() -> base.revoke(change(null, LocalDate.of(2026, 12, 3))))
			.isInstanceOfSatisfying(BusinessException.class, ex -> assertThat(ex.field()).isEqualTo("ground"));
		assertThatThrownBy(() -> base.revoke(change(RevocationGround.FJ_CANCELLATION_REQUESTED, LocalDate.of(2026, 12, 3))))
			.isInstanceOfSatisfying(BusinessException.class, ex -> assertThat(ex.field()).isEqualTo("ground"));
		assertThat(base.status()).isEqualTo(BaseStatus.ACTIVE);
	}

	@Test
	void eachJurisdictionIsOfferedItsOwnDocumentsGroundsFirst() {
		assertThat(RevocationGround.of("FJ", BaseAction.REVOKE)).containsExactly(RevocationGround.FJ_RECTIFICATION_FAILED,
				RevocationGround.FJ_MAJOR_PUBLIC_OPINION, RevocationGround.FJ_WORK_SUSPENDED_OVER_A_YEAR,
				RevocationGround.OTHER_REVOCATION);
		assertThat(RevocationGround.of("FJ", BaseAction.CANCEL)).containsExactly(RevocationGround.FJ_CANCELLATION_REQUESTED);
		assertThat(RevocationGround.of("ZB", BaseAction.REVOKE)).containsExactly(RevocationGround.ZB_RECTIFICATION_FAILED,
				RevocationGround.ZB_MISCONDUCT, RevocationGround.OTHER_REVOCATION);
		// JL, SD and NAT6 say nothing of revocation: the authority names the provision it acts on
		assertThat(RevocationGround.of("JL", BaseAction.REVOKE)).containsExactly(RevocationGround.OTHER_REVOCATION);
		assertThat(RevocationGround.of("SD", BaseAction.CANCEL)).containsExactly(RevocationGround.CANCELLATION_REQUESTED);
		assertThat(RevocationGround.ZB_MISCONDUCT.basis()).isEqualTo("淄人社发〔2025〕5号 第二十四条");
		assertThat(RevocationGround.OTHER_REVOCATION.namesItsBasis()).isFalse();
	}
}
