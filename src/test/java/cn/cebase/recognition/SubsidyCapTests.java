package cn.cebase.recognition;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.Map;
import java.util.Set;

import cn.cebase.policy.Cited;
import cn.cebase.shared.BusinessException;
import org.junit.jupiter.api.Test;

/** The national subsidy of NAT6 三（四）: at most the profile's cap, only for applications in publicity. */
class SubsidyCapTests {

	@Test
	void aNationalSubsidyIsAtMostTheCapAndOnlyForApplicationsInPublicity() {
		Cited<Long> cap = Cited.of(5_000_000L, "人社厅函〔2016〕10号 三（四）");
		assertThat(Recognitions.checkSubsidies(cap, Set.of(1L, 2L), Map.of(1L, 5_000_000L))).containsEntry(1L, 5_000_000L);
		assertThatThrownBy(() -> Recognitions.checkSubsidies(cap, Set.of(1L, 2L), Map.of(1L, 5_000_001L, 3L, 10L)))
			.isInstanceOfSatisfying(BusinessException.class, ex -> assertThat(ex.details())
				.extracting(BusinessException::field, BusinessException::messageKey)
				.containsExactlyInAnyOrder(org.assertj.core.groups.Tuple.tuple("subsidies[1]", "recognition.subsidyOverCap"),
						org.assertj.core.groups.Tuple.tuple("subsidies[3]", "recognition.subsidyNotInPublicity")));
		// provincial and municipal bases get none
		assertThatThrownBy(() -> Recognitions.checkSubsidies(new Cited<>(null, null, "办法未规定"), Set.of(1L), Map.of(1L, 1L)))
			.isInstanceOfSatisfying(BusinessException.class,
					ex -> assertThat(ex.details().get(0).messageKey()).isEqualTo("recognition.noSubsidy"));
	}
}
