package cn.cebase.institution;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.Instant;

import cn.cebase.shared.BusinessException;

import org.junit.jupiter.api.Test;

/** The institution's life (DESIGN.md §2.1): PENDING → ACTIVE | REJECTED; ACTIVE ⇄ SUSPENDED. */
class InstitutionTests {

	private static final Instant NOW = Instant.parse("2026-11-21T02:00:00Z");

	@Test
	void anApprovedInstitutionIsActive() {
		Institution institution = pending();
		institution.approve(NOW);
		assertThat(institution.status()).isEqualTo(InstitutionStatus.ACTIVE);
		assertThat(institution.decidedAt()).isEqualTo(NOW);
	}

	@Test
	void rejectionNeedsAReasonAndKeepsIt() {
		Institution institution = pending();
		assertThatThrownBy(() -> institution.reject("  ", NOW)).isInstanceOf(BusinessException.class)
			.extracting(e -> ((BusinessException) e).field())
			.isEqualTo("reason");
		institution.reject("材料不全", NOW);
		assertThat(institution.status()).isEqualTo(InstitutionStatus.REJECTED);
		assertThat(institution.decisionReason()).isEqualTo("材料不全");
	}

	@Test
	void aRejectedInstitutionCannotBeApprovedLater() {
		Institution institution = pending();
		institution.reject("材料不全", NOW);
		assertThatThrownBy(() -> institution.approve(NOW)).isInstanceOf(BusinessException.class)
			.extracting(e -> ((BusinessException) e).messageKey())
			.isEqualTo("institution.status.illegal");
	}

	@Test
	void anActiveInstitutionCanBeSuspendedAndReinstated() {
		Institution institution = pending();
		institution.approve(NOW);
		institution.suspend("违规办班", NOW);
		assertThat(institution.status()).isEqualTo(InstitutionStatus.SUSPENDED);
		institution.reinstate(NOW);
		assertThat(institution.status()).isEqualTo(InstitutionStatus.ACTIVE);
		assertThat(institution.decisionReason()).isNull();
	}

	@Test
	void aPendingInstitutionCannotBeSuspended() {
		assertThatThrownBy(() -> pending().suspend("原因", NOW)).isInstanceOf(BusinessException.class);
	}

	@Test
	void everyStatusAnswersEveryTransition() {
		for (InstitutionStatus from : InstitutionStatus.values()) {
			for (InstitutionStatus to : InstitutionStatus.values()) {
				boolean allowed = from.canBecome(to);
				boolean expected = switch (from) {
					case PENDING -> to == InstitutionStatus.ACTIVE || to == InstitutionStatus.REJECTED;
					case ACTIVE -> to == InstitutionStatus.SUSPENDED;
					case SUSPENDED -> to == InstitutionStatus.ACTIVE;
					case REJECTED -> false;
				};
				assertThat(allowed).as("%s → %s", from, to).isEqualTo(expected);
			}
		}
	}

	@Test
	void aFiledChangeReportsEachChangedFieldBeforeAndAfter() {
		Institution institution = pending();
		InstitutionProfile before = institution.profile();
		var changes = institution.change(new InstitutionProfile("新名称", before.type(), before.regionCode(), "新地址",
				before.legalRepresentative(), before.contactName(), before.contactPhone(), before.contactEmail()));
		assertThat(changes).containsOnlyKeys("name", "address");
		assertThat(changes.get("name")).containsExactly("旧名称", "新名称");
		assertThat(institution.name()).isEqualTo("新名称");
	}

	private static Institution pending() {
		return Institution.register("91350100M000100Y43", new InstitutionProfile("旧名称", InstitutionType.UNIVERSITY,
				"350102", "旧地址", "张三", "李四", "0591-1234567", null), 500L, 400L, "/2/3/500/", NOW);
	}
}
