package cn.cebase.evaluation;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.Instant;
import java.util.EnumSet;
import java.util.List;
import java.util.Set;
import java.util.function.Consumer;

import cn.cebase.shared.BusinessException;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;

/**
 * A member drawn is INVITED and accepts or declines once; a reserve WAITS until it is called in for
 * a member who declined or declared a conflict; only an accepted member declares its conflicts and
 * may chair. Every verb from every seat: allowed where the table says so, refused everywhere else
 * with nothing changed, and the event registered on success.
 */
class PanelMemberLifecycleTests {

	private static final Instant NOW = Instant.parse("2026-12-03T02:00:00Z");

	private static final List<Long> APPLICATIONS = List.of(101L, 102L);

	/** Where a member may stand: each status with the role it goes with. */
	enum Seat {
		INVITED, ACCEPTED, DECLINED, WAITING_RESERVE
	}

	enum Verb {
		ACCEPT, DECLINE, STAND_IN, DECLARE, DESIGNATE_CHAIR
	}

	private static PanelMember in(Seat seat) {
		return switch (seat) {
			case INVITED -> PanelMember.drawn(3, 5, 7, 1, APPLICATIONS);
			case ACCEPTED -> new PanelMember(3, 5, 7, 1, Panel.Role.MEMBER, Panel.Status.ACCEPTED, null, NOW.minusSeconds(60),
					false, APPLICATIONS.stream().map(PanelMember.Assignment::open).toList());
			case DECLINED -> new PanelMember(3, 5, 7, 1, Panel.Role.MEMBER, Panel.Status.DECLINED, "出差", NOW.minusSeconds(60),
					false, List.of());
			case WAITING_RESERVE -> PanelMember.reserve(3, 5, 7, 4);
		};
	}

	private static Set<Seat> allowedFrom(Verb verb) {
		return switch (verb) {
			case ACCEPT, DECLINE -> EnumSet.of(Seat.INVITED);
			case STAND_IN -> EnumSet.of(Seat.WAITING_RESERVE);
			case DECLARE, DESIGNATE_CHAIR -> EnumSet.of(Seat.ACCEPTED);
		};
	}

	private static void apply(PanelMember member, Verb verb) {
		switch (verb) {
			case ACCEPT -> member.accept(NOW);
			case DECLINE -> member.decline("另有评审任务", NOW);
			case STAND_IN -> member.standIn(List.of(102L));
			case DECLARE -> member.declare(101L, true, "曾在该单位任职", NOW);
			case DESIGNATE_CHAIR -> member.designateChair(9L);
		}
	}

	/** The refusal each verb gives from a seat it does not apply to. */
	private static Consumer<BusinessException> refusal(Verb verb, Seat from) {
		return ex -> {
			switch (verb) {
				case ACCEPT, DECLINE -> {
					assertThat(ex.kind()).isEqualTo(BusinessException.Kind.CONFLICT);
					assertThat(ex.messageKey()).isEqualTo("panel.notInvited");
				}
				case STAND_IN -> {
					assertThat(ex.kind()).isEqualTo(BusinessException.Kind.CONFLICT);
					assertThat(ex.messageKey()).isEqualTo("panel.notAWaitingReserve");
				}
				// a member without the application (declined, or a reserve not called in) finds nothing to declare on
				case DECLARE -> {
					if (from == Seat.INVITED) {
						assertThat(ex.kind()).isEqualTo(BusinessException.Kind.CONFLICT);
						assertThat(ex.messageKey()).isEqualTo("panel.acceptFirst");
					}
					else {
						assertThat(ex.kind()).isEqualTo(BusinessException.Kind.NOT_FOUND);
					}
				}
				case DESIGNATE_CHAIR -> {
					assertThat(ex.kind()).isEqualTo(BusinessException.Kind.INVALID);
					assertThat(ex.field()).isEqualTo("expertId");
					assertThat(ex.messageKey()).isEqualTo("panel.chair.notAccepted");
				}
			}
		};
	}

	@ParameterizedTest
	@EnumSource(Verb.class)
	void eachVerbActsOnlyFromTheSeatsItAppliesTo(Verb verb) {
		for (Seat from : Seat.values()) {
			PanelMember member = in(from);
			if (allowedFrom(verb).contains(from)) {
				apply(member, verb);
				assertThat(member.pendingEvents()).as(verb + " from " + from).singleElement();
			}
			else {
				assertThatThrownBy(() -> apply(member, verb)).as(verb + " from " + from)
					.isInstanceOfSatisfying(BusinessException.class, refusal(verb, from));
				assertUnchanged(member, from);
			}
		}
	}

	@Test
	void anInvitedMemberAccepts() {
		PanelMember member = in(Seat.INVITED);
		member.accept(NOW);
		assertThat(member.status()).isEqualTo(Panel.Status.ACCEPTED);
		assertThat(member.respondedAt()).isEqualTo(NOW);
		assertThat(member.assignments()).extracting(PanelMember.Assignment::declarationId).isEqualTo(APPLICATIONS);
		assertThat(member.pendingEvents()).containsExactly(new PanelMemberAccepted(3, 5, 7));
	}

	@Test
	void anInvitedMemberDeclinesWithAReasonAndGivesUpItsApplications() {
		PanelMember member = in(Seat.INVITED);
		List<Long> given = member.decline("  另有评审任务 ", NOW);
		assertThat(given).isEqualTo(APPLICATIONS);
		assertThat(member.status()).isEqualTo(Panel.Status.DECLINED);
		assertThat(member.reason()).isEqualTo("另有评审任务");
		assertThat(member.assignments()).isEmpty();
		assertThat(member.pendingEvents()).containsExactly(new PanelMemberDeclined(3, 5, 7, "另有评审任务"));
	}

	@Test
	void aDeclineWithoutAReasonOrWithTooLongAOneIsRefused() {
		for (String reason : new String[] { null, "  ", "理".repeat(PanelMember.MAX_REASON + 1) }) {
			PanelMember member = in(Seat.INVITED);
			assertThatThrownBy(() -> member.decline(reason, NOW)).isInstanceOfSatisfying(BusinessException.class, ex -> {
				assertThat(ex.kind()).isEqualTo(BusinessException.Kind.INVALID);
				assertThat(ex.field()).isEqualTo("reason");
			});
			assertUnchanged(member, Seat.INVITED);
		}
	}

	@Test
	void aWaitingReserveStandsInInvitedForTheApplicationsItIsGiven() {
		PanelMember reserve = in(Seat.WAITING_RESERVE);
		reserve.standIn(APPLICATIONS);
		assertThat(reserve.role()).isEqualTo(Panel.Role.MEMBER);
		assertThat(reserve.status()).isEqualTo(Panel.Status.INVITED);
		assertThat(reserve.waitingReserve()).isFalse();
		assertThat(reserve.assignments()).extracting(PanelMember.Assignment::declarationId).isEqualTo(APPLICATIONS);
		assertThat(reserve.pendingEvents()).containsExactly(new ReserveCalledIn(3, 5, 7, APPLICATIONS));
		// called in once: it then answers like any member drawn
		assertThatThrownBy(() -> reserve.standIn(List.of(103L))).isInstanceOfSatisfying(BusinessException.class,
				ex -> assertThat(ex.messageKey()).isEqualTo("panel.notAWaitingReserve"));
		reserve.accept(NOW);
		assertThat(reserve.status()).isEqualTo(Panel.Status.ACCEPTED);
	}

	@Test
	void anAcceptedMemberDeclaresEachApplicationOnce() {
		PanelMember member = in(Seat.ACCEPTED);
		member.declare(101L, false, "  ", NOW);
		member.declare(102L, true, " 近三年在该单位兼职 ", NOW);
		assertThat(member.assignments()).containsExactly(new PanelMember.Assignment(101L, false, null, NOW),
				new PanelMember.Assignment(102L, true, "近三年在该单位兼职", NOW));
		assertThat(member.pendingEvents()).containsExactly(new ConflictDeclared(3, 5, 7, 101L, false, null),
				new ConflictDeclared(3, 5, 7, 102L, true, "近三年在该单位兼职"));

		assertThatThrownBy(() -> member.declare(101L, true, "改主意", NOW)).isInstanceOfSatisfying(BusinessException.class,
				ex -> {
					assertThat(ex.kind()).isEqualTo(BusinessException.Kind.CONFLICT);
					assertThat(ex.messageKey()).isEqualTo("panel.alreadyDeclared");
				});
		assertThat(member.assignments().get(0).conflict()).isFalse();
		assertThatThrownBy(() -> member.declare(999L, false, null, NOW)).isInstanceOfSatisfying(BusinessException.class,
				ex -> assertThat(ex.kind()).isEqualTo(BusinessException.Kind.NOT_FOUND));
	}

	@Test
	void aDeclarationMustSayWhetherAndAConflictWhy() {
		PanelMember member = in(Seat.ACCEPTED);
		assertThatThrownBy(() -> member.declare(101L, null, null, NOW)).isInstanceOfSatisfying(BusinessException.class,
				ex -> assertThat(ex.field()).isEqualTo("conflict"));
		assertThatThrownBy(() -> member.declare(101L, true, " ", NOW)).isInstanceOfSatisfying(BusinessException.class,
				ex -> {
					assertThat(ex.field()).isEqualTo("reason");
					assertThat(ex.messageKey()).isEqualTo("panel.reasonRequired");
				});
		assertUnchanged(member, Seat.ACCEPTED);
	}

	@Test
	void anAcceptedMemberIsDesignatedChairOnce() {
		PanelMember member = in(Seat.ACCEPTED);
		member.designateChair(null);
		assertThat(member.chair()).isTrue();
		assertThat(member.chairDesignated()).isTrue();
		assertThat(member.pendingEvents()).containsExactly(new PanelChairDesignated(3, 5, 7, null));

		PanelMember chair = new PanelMember(3, 5, 7, 1, Panel.Role.MEMBER, Panel.Status.ACCEPTED, null, NOW, true, List.of());
		chair.designateChair(7L);
		assertThat(chair.pendingEvents()).isEmpty();
		assertThat(chair.chairDesignated()).isFalse();
	}

	@Test
	void theStatusTableEndsInAcceptedOrDeclined() {
		assertThat(Panel.Status.WAITING.canBecome(Panel.Status.INVITED)).isTrue();
		assertThat(Panel.Status.WAITING.canBecome(Panel.Status.ACCEPTED)).isFalse();
		assertThat(Panel.Status.INVITED.canBecome(Panel.Status.ACCEPTED)).isTrue();
		assertThat(Panel.Status.INVITED.canBecome(Panel.Status.DECLINED)).isTrue();
		assertThat(Panel.Status.INVITED.canBecome(Panel.Status.WAITING)).isFalse();
		for (Panel.Status end : EnumSet.of(Panel.Status.ACCEPTED, Panel.Status.DECLINED)) {
			for (Panel.Status next : Panel.Status.values()) {
				assertThat(end.canBecome(next)).as(end + " → " + next).isFalse();
			}
		}
	}

	private static void assertUnchanged(PanelMember member, Seat seat) {
		PanelMember fresh = in(seat);
		assertThat(member.role()).isEqualTo(fresh.role());
		assertThat(member.status()).isEqualTo(fresh.status());
		assertThat(member.reason()).isEqualTo(fresh.reason());
		assertThat(member.respondedAt()).isEqualTo(fresh.respondedAt());
		assertThat(member.chair()).isEqualTo(fresh.chair());
		assertThat(member.assignments()).isEqualTo(fresh.assignments());
		assertThat(member.pendingEvents()).isEmpty();
	}
}
