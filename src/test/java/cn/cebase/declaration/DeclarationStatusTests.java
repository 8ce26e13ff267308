package cn.cebase.declaration;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

/** DESIGN.md §2.3: the life of an application, and where the applicant may still edit it. */
class DeclarationStatusTests {

	@Test
	void theMainPathRunsFromDraftToRecognition() {
		DeclarationStatus[] path = { DeclarationStatus.DRAFT, DeclarationStatus.SUBMITTED, DeclarationStatus.IN_REVIEW,
				DeclarationStatus.RECOMMENDED, DeclarationStatus.ACCEPTED, DeclarationStatus.EXPERT_REVIEW,
				DeclarationStatus.SITE_INSPECTION, DeclarationStatus.PUBLICITY, DeclarationStatus.RECOGNIZED };
		for (int i = 0; i + 1 < path.length; i++) {
			assertThat(path[i].canBecome(path[i + 1])).as("%s → %s", path[i], path[i + 1]).isTrue();
		}
	}

	@Test
	void endsAreEnds() {
		for (DeclarationStatus end : new DeclarationStatus[] { DeclarationStatus.RECOGNIZED, DeclarationStatus.NOT_RECOGNIZED,
				DeclarationStatus.WITHDRAWN, DeclarationStatus.REJECTED, DeclarationStatus.INADMISSIBLE }) {
			for (DeclarationStatus next : DeclarationStatus.values()) {
				assertThat(end.canBecome(next)).as("%s → %s", end, next).isFalse();
			}
		}
	}

	@Test
	void withdrawalOnlyBeforeADecision() {
		assertThat(DeclarationStatus.SUBMITTED.canBecome(DeclarationStatus.WITHDRAWN)).isTrue();
		assertThat(DeclarationStatus.RECOMMENDED.canBecome(DeclarationStatus.WITHDRAWN)).isTrue();
		assertThat(DeclarationStatus.ACCEPTED.canBecome(DeclarationStatus.WITHDRAWN)).isFalse();
	}

	@Test
	void theApplicantEditsOnlyADraftOrAReturnedForm() {
		for (DeclarationStatus status : DeclarationStatus.values()) {
			assertThat(status.editableByApplicant()).as(status.name())
				.isEqualTo(status == DeclarationStatus.DRAFT || status == DeclarationStatus.RETURNED);
		}
	}
}
